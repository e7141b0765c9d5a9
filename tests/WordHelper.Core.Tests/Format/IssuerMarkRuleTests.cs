using WordHelper.Core.Documents;
using WordHelper.Core.Tests.Rules;
using WordHelper.Testing;

namespace WordHelper.Core.Tests.Format;

/// <summary>VB-FMT-021: a stray mark typed before the issuer's name at the top of the page.</summary>
public class IssuerMarkRuleTests
{
    /// <summary>A plan of a commune's Mặt trận, its header laid out in a two-column table as drafters do.</summary>
    static DraftDocument Plan(string parent, string issuer) =>
        DocxBuilder.Create()
            .Table([parent, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], [issuer, "Độc lập - Tự do - Hạnh phúc"], ["Số: 12/KH-MTTQ", "Lương Minh, ngày 05 tháng 12 năm 2025"])
            .Paragraph("KẾ HOẠCH").Paragraph("Tổ chức hội nghị hiệp thương lần thứ hai")
            .Paragraph("Ban Thường trực Ủy ban MTTQ Việt Nam xã xây dựng kế hoạch như sau./.")
            .Read().Document;

    [Theory]
    [InlineData("/ỦY BAN MTTQ VIỆT NAM", "XÃ LƯƠNG MINH", "/", "ỦY BAN MTTQ VIỆT NAM")]
    [InlineData("ỦY BAN MTTQ VIỆT NAM", ".XÃ LƯƠNG MINH", ".", "XÃ LƯƠNG MINH")]
    public void A_mark_before_the_issuer_is_reported_and_removed(string parent, string issuer, string mark, string repaired)
    {
        var doc = Plan(parent, issuer);
        var f = Assert.Single(RuleRun.Findings("VB-FMT-021", doc));
        Assert.Contains($"\"{mark}\"", f.Message);
        Assert.Equal(repaired, RuleRun.Fixed(doc, f));
    }

    [Theory]
    [InlineData("ỦY BAN MTTQ VIỆT NAM", "XÃ LƯƠNG MINH")]
    [InlineData("“ỦY BAN MTTQ VIỆT NAM”", "XÃ LƯƠNG MINH")] // a quotation mark is no slip of the hand
    public void An_issuer_written_as_it_is_is_left_alone(string parent, string issuer) =>
        Assert.Empty(RuleRun.Findings("VB-FMT-021", Plan(parent, issuer)));
}
