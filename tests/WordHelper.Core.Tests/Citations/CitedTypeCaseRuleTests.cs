using WordHelper.Core.Documents;
using WordHelper.Core.Tests.Rules;

namespace WordHelper.Core.Tests.Citations;

/// <summary>VB-CIT-026: a type name with a capital past its first word ("Nghị Quyết"), once per writing.</summary>
public class CitedTypeCaseRuleTests
{
    static DraftDocument Draft(params string[] lines) => DraftDocument.FromLines(["KẾ HOẠCH", "Tổ chức hội nghị", .. lines]);

    [Fact]
    public void A_type_name_with_a_second_capital_is_found_once_and_repaired()
    {
        var document = Draft("Thực hiện Nghị Quyết số 12/NQ-HĐND ngày 10/01/2026 của HĐND xã.", "Quán triệt các Nghị Quyết của Trung ương.");
        var finding = Assert.Single(RuleRun.Findings("VB-CIT-026", document));
        Assert.Equal(("Nghị Quyết", "Nghị quyết"), (finding.Excerpt, finding.Suggestion));
        Assert.Equal("Thực hiện Nghị quyết số 12/NQ-HĐND ngày 10/01/2026 của HĐND xã.", RuleRun.Fixed(document, finding));
        Assert.Contains("gặp ở các đoạn 3, 4", finding.Message);
    }

    [Theory]
    [InlineData("Thực hiện Nghị quyết số 12/NQ-HĐND và Bộ luật Hình sự.")]
    [InlineData("CĂN CỨ NGHỊ QUYẾT SỐ 12/NQ-HĐND")]
    [InlineData("Làm việc tại huyện Văn Bàn với ông Trần Quyết Định.")] // a place, a person
    [InlineData("Theo Thông báo: “thực hiện Nghị Quyết của Đảng”.")]
    public void Right_names_capitals_places_persons_and_quotations_pass(string line) =>
        Assert.Empty(RuleRun.Findings("VB-CIT-026", Draft(line)));
}
