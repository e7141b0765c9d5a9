using WordHelper.Core.Documents;
using WordHelper.Core.Tests.Rules;
using WordHelper.Testing;

namespace WordHelper.Core.Tests.Format;

/// <summary>VB-FMT-025: the issuing body's own name abbreviated; the body above it may shorten common phrases.</summary>
public class IssuerNameRuleTests
{
    static DraftDocument Letter(string parent, string issuer) =>
        DocxBuilder.Create()
            .Table([parent, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], [issuer, "Độc lập - Tự do - Hạnh phúc"], ["Số: 12/QLCN", "Lào Cai, ngày 19 tháng 6 năm 2026"])
            .Paragraph("V/v tham gia ý kiến hồ sơ đề xuất đầu tư").Paragraph("Kính gửi: Phòng Kế hoạch - Tổng hợp.")
            .Paragraph("Phòng tham gia ý kiến như sau./.")
            .Read().Document;

    [Theory]
    [InlineData("SỞ CÔNG THƯƠNG", "PHÒNG QLCN", "\"QLCN\"")]
    [InlineData("UBND HUYỆN BẢO THẮNG", "UBND XÃ PHONG HẢI", "\"UBND\" (Ủy ban nhân dân)")]
    public void An_abbreviated_issuer_name_is_reported(string parent, string issuer, string listed)
    {
        var f = Assert.Single(RuleRun.Findings("VB-FMT-025", Letter(parent, issuer)));
        Assert.Equal(issuer, f.Excerpt);
        Assert.Contains(listed, f.Message);
    }

    [Theory]
    [InlineData("UBND TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG")]
    [InlineData("SỞ GIÁO DỤC VÀ ĐÀO TẠO ĐỒNG THÁP", "TRƯỜNG THPT CAO LÃNH 2")] // a kind of school is part of the name it signs with
    public void The_body_above_may_be_abbreviated_and_the_issuer_in_full_is_right(string parent, string issuer) =>
        Assert.Empty(RuleRun.Findings("VB-FMT-025", Letter(parent, issuer)));
}
