using WordHelper.Core.Documents;
using WordHelper.Core.Tests.Rules;
using WordHelper.Testing;

namespace WordHelper.Core.Tests.Format;

/// <summary>VB-FMT-023: Quốc hiệu misspelt, read in the header table as drafters lay it out.</summary>
public class NationalTitleRuleTests
{
    static DraftDocument Notice(string nationalTitle) =>
        DocxBuilder.Create()
            .Table(["SỞ CÔNG THƯƠNG", nationalTitle], ["Số: 12/TB-SCT", "Lào Cai, ngày 04 tháng 4 năm 2026"])
            .Paragraph("THÔNG BÁO").Paragraph("Kết quả kiểm tra việc chấp hành pháp luật về vật liệu nổ công nghiệp")
            .Paragraph("Sở Công Thương thông báo kết quả kiểm tra như sau./.")
            .Read().Document;

    [Theory]
    [InlineData("CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", "\"HÕA\"")]
    [InlineData("CỘNG HÒA XÃ HÔI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", "\"HÔI\"")]
    [InlineData("Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc", "\"Cộng\"")]
    public void A_misspelt_national_title_is_an_error_and_is_rewritten(string cell, string word)
    {
        var doc = Notice(cell);
        var f = Assert.Single(RuleRun.Findings("VB-FMT-023", doc));
        Assert.Contains(word, f.Message);
        Assert.StartsWith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", RuleRun.Fixed(doc, f));
    }

    [Theory]
    [InlineData("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc")]
    [InlineData("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc")] // the old tone placement
    public void The_national_title_written_right_is_left_alone(string cell) =>
        Assert.Empty(RuleRun.Findings("VB-FMT-023", Notice(cell)));
}
