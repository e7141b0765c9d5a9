using WordHelper.Core.Tests.Rules;

namespace WordHelper.Core.Tests.Structure;

/// <summary>VB-STR-014: a decision whose articles never say when it takes effect.</summary>
public class EffectClauseRuleTests
{
    static string[] Decision(params string[] articles) =>
        ["SỞ NỘI VỤ", "Số: 12/QĐ-SNV", "Hà Giang, ngày 10 tháng 3 năm 2026", "QUYẾT ĐỊNH", "Về việc bổ nhiệm Phó Giám đốc Sở Nội vụ",
         "GIÁM ĐỐC SỞ NỘI VỤ", "Căn cứ Luật Cán bộ, công chức ngày 24 tháng 6 năm 2025;", "QUYẾT ĐỊNH:", .. articles,
         "Nơi nhận:", "- Như Điều 3;", "- Lưu: VT.", "GIÁM ĐỐC", "Nguyễn Văn An"];

    [Fact]
    public void A_decision_without_its_effect_is_told_once_at_its_last_article()
    {
        var finding = Assert.Single(RuleRun.Findings("VB-STR-014", Decision("Điều 1. Bổ nhiệm bà Phạm Thị Lâm.",
            "Điều 2. Bà Phạm Thị Lâm được hưởng phụ cấp chức vụ.", "Điều 3. Chánh Văn phòng Sở và bà Phạm Thị Lâm thi hành Quyết định này./.")));
        Assert.StartsWith("Điều 3.", finding.Excerpt);
    }

    [Theory]
    [InlineData("Điều 2. Quyết định này có hiệu lực kể từ ngày ký.")]
    [InlineData("Điều 2. Quyết định có hiệu lực thi hành từ ngày 01/4/2026.")]
    public void A_decision_that_says_when_it_takes_effect_passes(string effect) =>
        Assert.Empty(RuleRun.Findings("VB-STR-014", Decision("Điều 1. Bổ nhiệm bà Phạm Thị Lâm.", effect, "Điều 3. Chánh Văn phòng Sở thi hành Quyết định này./.")));

    [Fact]
    public void A_plan_is_no_decision() =>
        Assert.Empty(RuleRun.Findings("VB-STR-014", ["SỞ NỘI VỤ", "Số: 12/KH-SNV", "KẾ HOẠCH", "Tuyển dụng công chức", "Điều 1. Nội dung.", "Điều 2. Tổ chức thực hiện./."]));
}
