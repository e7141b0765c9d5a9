using WordHelper.Core.Documents;
using WordHelper.Core.RulePack;

namespace WordHelper.Core.Tests.Rules.Format;

/// <summary>The type a symbol names, read after the year of a normative number, against the type name printed below it.</summary>
public class NumberLineTypeTests
{
    [Theory]
    [InlineData("45/KH-SYT", "Kế hoạch")]
    [InlineData("12/2025/NQ-HĐND", "Nghị quyết")]
    [InlineData("30/2020/QĐ-UBND", "Quyết định")]
    public void The_symbol_names_its_type_after_the_year(string number, string type) =>
        Assert.Equal(type, HeaderRecognizer.TypeFromSymbol(number, RulePackData.Default)?.Name);

    static DraftDocument Decision(string number) =>
        DraftDocument.FromLines(["ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", $"Số: {number}", "QUYẾT ĐỊNH", "Ban hành Quy định quản lý chợ"]);

    [Fact]
    public void A_decision_numbered_as_a_resolution_is_told_the_wrong_type_not_a_missing_one()
    {
        var document = Decision("12/2025/NQ-UBND");
        var wrongType = Assert.Single(RuleRun.Findings("VB-FMT-002", document));
        Assert.Equal("12/2025/QĐ-UBND", wrongType.Suggestion);
        Assert.Empty(RuleRun.Findings("VB-FMT-013", document));
    }

    [Fact]
    public void A_normative_decision_numbered_as_one_is_left_alone()
    {
        var document = Decision("12/2025/QĐ-UBND");
        Assert.Empty(RuleRun.Findings("VB-FMT-002", document));
        Assert.Empty(RuleRun.Findings("VB-FMT-013", document));
    }
}
