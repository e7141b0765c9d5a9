using WordHelper.Core.Documents;
using WordHelper.Core.Tests.Rules;

namespace WordHelper.Core.Tests.Format;

/// <summary>VB-FMT-020: a line announcing a list ends with a colon.</summary>
public class ListLeadRuleTests
{
    static DraftDocument Draft(params string[] lines) => DraftDocument.FromLines(["BÁO CÁO", "Tổng kết công tác năm 2025", .. lines]);

    [Theory]
    [InlineData("* Tổng số người nghiện: 1.974. Trong đó;", "- Số đang cai nghiện: 1.142.", "Trong đó;", "* Tổng số người nghiện: 1.974. Trong đó:")]
    [InlineData("4. Hình thức công khai bao gồm", "a) Niêm yết công khai tại trụ sở.", "bao gồm", "4. Hình thức công khai bao gồm:")]
    public void A_lead_without_its_colon_is_reported_and_repaired(string lead, string item, string excerpt, string repaired)
    {
        var document = Draft(lead, item);
        var finding = Assert.Single(RuleRun.Findings("VB-FMT-020", document));
        Assert.Equal(excerpt, finding.Excerpt);
        Assert.Equal(repaired, RuleRun.Fixed(document, finding));
    }

    [Theory]
    [InlineData("Kết quả cụ thể như sau:", "- Hoàn thành 12 nhiệm vụ.")] // already a colon
    [InlineData("Kinh phí do ngân sách tỉnh bảo đảm, trong đó.", "Các đơn vị chủ động bố trí.")] // no list follows
    public void A_right_lead_or_one_without_a_list_is_left_alone(string lead, string next) =>
        Assert.Empty(RuleRun.Findings("VB-FMT-020", Draft(lead, next)));
}
