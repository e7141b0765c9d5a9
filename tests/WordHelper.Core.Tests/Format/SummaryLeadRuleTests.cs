using WordHelper.Core.Rules;
using WordHelper.Core.Tests.Rules;

namespace WordHelper.Core.Tests.Format;

/// <summary>VB-FMT-030: a công văn's summary opens with "V/v" and a space.</summary>
public class SummaryLeadRuleTests
{
    static string[] Letter(string summary) =>
        ["ỦY BAN NHÂN DÂN", "XÃ HÒA AN", "Số: 45/UBND-VP", "Hòa An, ngày 10 tháng 3 năm 2026", summary, "Kính gửi: Sở Tài chính.", "Nội dung công văn./."];

    [Theory]
    [InlineData("V/V đề nghị hỗ trợ kinh phí", "V/V", "V/v đề nghị hỗ trợ kinh phí")]
    [InlineData("v/v đề nghị hỗ trợ kinh phí", "v/v", "V/v đề nghị hỗ trợ kinh phí")]
    [InlineData("V/v: đề nghị hỗ trợ kinh phí", "V/v:", "V/v đề nghị hỗ trợ kinh phí")]
    public void A_mistyped_lead_is_found_and_repaired(string summary, string written, string repaired)
    {
        var lines = Letter(summary);
        var document = WordHelper.Core.Documents.DraftDocument.FromLines(lines);
        var finding = Assert.Single(RuleRun.Findings("VB-FMT-030", document));
        Assert.Equal(written, finding.Excerpt);
        Assert.Equal(repaired, RuleRun.Fixed(document, finding));
    }

    [Fact]
    public void The_right_lead_passes() => Assert.Empty(RuleRun.Findings("VB-FMT-030", Letter("V/v đề nghị hỗ trợ kinh phí")));
}
