using WordHelper.Core.Tests.Rules;

namespace WordHelper.Core.Tests.Consistency;

/// <summary>VB-CON-028: an amount in figures and in words that differ.</summary>
public class AmountInWordsRuleTests
{
    static string[] Submission(string line) => ["TỜ TRÌNH", "Về việc hỗ trợ kinh phí", line];

    [Fact]
    public void Figures_and_words_that_differ_are_an_error_naming_both()
    {
        var finding = Assert.Single(RuleRun.Findings("VB-CON-028", Submission("Đề nghị hỗ trợ 50.000.000 đồng (Năm mươi lăm triệu đồng).")));
        Assert.Equal(WordHelper.Core.Rules.Severity.Error, finding.Severity);
        Assert.Contains("(55.000.000)", finding.Message);
    }

    [Theory]
    [InlineData("Đề nghị hỗ trợ 55.000.000 đồng (Bằng chữ: Năm mươi lăm triệu đồng chẵn).")]
    [InlineData("Tổng kinh phí: 1.205.000đ (một triệu hai trăm linh năm nghìn đồng).")]
    [InlineData("Hỗ trợ 2.500.000 đồng (theo Quyết định của UBND tỉnh).")] // a bracket that is no amount
    public void Matching_amounts_and_other_brackets_pass(string line) =>
        Assert.Empty(RuleRun.Findings("VB-CON-028", Submission(line)));
}
