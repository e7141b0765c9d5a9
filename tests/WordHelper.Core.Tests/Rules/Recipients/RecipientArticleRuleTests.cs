using WordHelper.Core.Documents;
using WordHelper.Core.Rules;

namespace WordHelper.Core.Tests.Rules.Recipients;

/// <summary>VB-REC-013: "Như Điều N" in the Nơi nhận must name an article of the decision.</summary>
public class RecipientArticleRuleTests
{
    static DraftDocument Decision(params string[] articles) => DraftDocument.FromLines([
        "ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "Số:     /QĐ-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Lâm Đồng, ngày     tháng 3 năm 2026", "QUYẾT ĐỊNH", "Về việc cho phép sáp nhập hội", "QUYẾT ĐỊNH:", .. articles,
        "Nơi nhận:", "- Như Điều 4;", "- Lưu: VT, NC.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn A"]);

    [Fact]
    public void An_executing_paragraph_left_without_its_article_number_is_an_error()
    {
        var f = Assert.Single(RuleRun.Findings("VB-REC-013", Decision("Điều 1. Cho phép sáp nhập Hiệp hội.", "Điều 2. Hiệp hội nộp hồ sơ trong 30 ngày.",
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.", "Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ chịu trách nhiệm thi hành Quyết định này./.")));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal("- Như Điều 4;", f.Excerpt);
        Assert.Contains("Điều 3", f.Message);
    }

    [Fact]
    public void The_article_named_is_there() =>
        Assert.Empty(RuleRun.Findings("VB-REC-013", Decision("Điều 1. Cho phép sáp nhập Hiệp hội.", "Điều 2. Hiệp hội nộp hồ sơ trong 30 ngày.",
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.", "Điều 4. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ chịu trách nhiệm thi hành Quyết định này./.")));

    [Fact]
    public void A_draft_without_articles_of_its_own_is_left_alone() =>
        Assert.Empty(RuleRun.Findings("VB-REC-013", Decision("Các đơn vị thực hiện theo Điều 4 của Quy chế./.")));
}
