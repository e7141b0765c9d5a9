using WordHelper.Core.Rules;

namespace WordHelper.Core.Tests.Citations;

/// <summary>
/// The citation labels of the corpus (tests/assets/corpus/labels.json), checked on the paragraphs that carry them,
/// copied here as lines: p-s002's malformed symbol, and p-c001, clean, whose citations give no error.
/// </summary>
public class CitationCorpusTests
{
    [Fact]
    public void P_s002_malformed_symbol_is_found()
    {
        var findings = CitationCheck.Run(
            "Theo đề nghị của Sở Lao động - Thương binh và Xã hội tại công văn số 817/SLĐT BXH-BTXH&GN ngày 14/3/2024 về việc tổ chức các hoạt động kỷ niệm Ngày Công tác xã hội Việt Nam 25/3/2024; Ủy ban nhân dân huyện báo cáo kết quả tổ chức các hoạt động kỷ niệm Ngày Công tác xã hội Việt Nam 25/3/2024, trên địa bàn huyện như sau:");

        Assert.Contains(findings, f => f.Severity == Severity.Error && f.Excerpt.Contains("817/SLĐT BXH", StringComparison.Ordinal));
    }

    [Fact]
    public void P_c001_citations_give_no_error()
    {
        var findings = CitationCheck.Run(
            "UBND TỈNH LẠNG SƠN",
            "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
            "Số: 45/KH-SLĐTBXH",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Lạng Sơn, ngày 10 tháng 3 năm 2023",
            "KẾ HOẠCH",
            "Tổ chức các hoạt động kỷ niệm “Ngày Công tác xã hội Việt Nam” lần thứ 7 năm 2023 trên địa bàn tỉnh Lạng Sơn",
            "Thực hiện Công văn số 593/LĐTBXH-BTXH ngày 24/02/2023 của Bộ Lao động - Thương binh và Xã hội, về việc tổ chức hoạt động kỷ niệm “Ngày Công tác xã hội Việt Nam” lần thứ 7 năm 2023; Công văn số 814/VP-KGVX ngày 01/3/2023 của Văn phòng UBND tỉnh về việc tổ chức hoạt động kỷ niệm “Ngày Công tác xã hội Việt Nam” lần thứ 7 năm 2023.",
            "- Tổ chức phổ biến tuyên truyền Quyết định số 112/QĐ-TTg ngày 22/01/2021 của Thủ tướng Chính phủ ban hành Chương trình phát triển công tác xã hội giai đoạn 2021 -2030 và Quyết định số 1791/QĐ-TTg ngày 15/9/2016 của Thủ tướng Chính phủ về Ngày Công tác xã hội, trong đó nhấn mạnh tầm quan trọng và ý nghĩa nhân văn của nghề công tác xã hội.",
            "c) Thời gian thực hiện: Từ ngày 15/3/2023 đến ngày 25/3/2023.");

        Assert.DoesNotContain(findings, f => f.Severity == Severity.Error);
        Assert.EndsWith(": 593/LĐTBXH-BTXH, 814/VP-KGVX.", Assert.Single(findings.Of("VB-CIT-008")).Message);
    }
}
