using WordHelper.Core.Tests.Rules;
using WordHelper.Testing;

namespace WordHelper.Core.Tests.Consistency;

/// <summary>
/// VB-CON-006 (a report dated before its period begins), VB-CON-007 (a number's year that differs from the date line's),
/// and VB-CIT-004 on the cases these rules leave to it (a citation in a note, a date line with the day left blank).
/// </summary>
public class ReportDateTests
{
    static DocxBuilder Draft(string number, string dateLine, string kind, string title, params string[] body) =>
        DocxBuilder.Create()
            .Paragraph("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG")
            .Paragraph("Số: " + number)
            .Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
            .Paragraph("Độc lập - Tự do - Hạnh phúc")
            .Paragraph(dateLine)
            .Paragraph(kind)
            .Paragraph(title)
            .Lines(body);

    static IReadOnlyList<WordHelper.Core.Rules.Finding> Check(string rule, DocxBuilder b) => RuleRun.Findings(rule, b.Read().Document);

    [Theory]
    [InlineData("Lâm Đồng, ngày 20 tháng 12 năm 2024", "Kết quả công tác năm 2025")]
    [InlineData("Lâm Đồng, ngày 20 tháng 6 năm 2025", "Kết quả công tác quý III/2025")]
    [InlineData("Lâm Đồng, ngày      tháng 6 năm 2025", "Kết quả công tác quý III năm 2025")]
    [InlineData("Lâm Đồng, ngày      tháng      năm 2024", "Kết quả công tác 6 tháng cuối năm 2025")]
    public void A_report_dated_before_its_period_begins_is_found(string dateLine, string title)
    {
        var f = Assert.Single(Check("VB-CON-006", Draft("   /BC-UBND", dateLine, "BÁO CÁO", title, "Sở báo cáo như sau:")));
        Assert.Equal(dateLine, f.Excerpt);
    }

    [Theory]
    // A report made before its period ends is usual.
    [InlineData("Lâm Đồng, ngày 15 tháng 6 năm 2025", "BÁO CÁO", "Kết quả công tác 6 tháng đầu năm 2025")]
    [InlineData("Lâm Đồng, ngày 05 tháng 7 năm 2025", "BÁO CÁO", "Kết quả công tác quý III/2025")]
    [InlineData("Lâm Đồng, ngày      tháng 12 năm 2025", "BÁO CÁO", "Công tác cải cách hành chính năm 2025 và phương hướng, nhiệm vụ năm 2026")]
    // A report that looks ahead: a budget, a proposal for next year.
    [InlineData("Lâm Đồng, ngày 20 tháng 10 năm 2025", "BÁO CÁO", "Dự toán thu, chi ngân sách năm 2026")]
    [InlineData("Lâm Đồng, ngày 20 tháng 10 năm 2025", "BÁO CÁO", "Kết quả rà soát và đề xuất nhu cầu đào tạo năm 2026")]
    // A plan is dated before the period it plans.
    [InlineData("Lâm Đồng, ngày 20 tháng 12 năm 2025", "KẾ HOẠCH", "Cải cách hành chính năm 2026")]
    public void Reports_dated_within_their_period_and_plans_are_left_alone(string dateLine, string kind, string title) =>
        Assert.Empty(Check("VB-CON-006", Draft("   /BC-UBND", dateLine, kind, title, "Sở báo cáo như sau:")));

    [Fact]
    public void A_number_whose_year_differs_from_the_date_line_is_found_with_the_corrected_number()
    {
        var f = Assert.Single(Check("VB-CON-007", Draft("12/2025/QĐ-UBND", "Lâm Đồng, ngày 05 tháng 01 năm 2026", "QUYẾT ĐỊNH", "Quy định mức hỗ trợ")));
        Assert.Equal("12/2026/QĐ-UBND", f.Suggestion);
        Assert.Contains("2025", f.Message);
    }

    [Theory]
    [InlineData("12/2026/QĐ-UBND", "Lâm Đồng, ngày 05 tháng 01 năm 2026")]
    [InlineData("     /2026/QĐ-UBND", "Lâm Đồng, ngày      tháng 01 năm 2026")]
    // An administrative number carries no year.
    [InlineData("120/QĐ-UBND", "Lâm Đồng, ngày 05 tháng 01 năm 2026")]
    public void A_number_of_the_date_lines_year_or_without_one_is_left_alone(string number, string dateLine) =>
        Assert.Empty(Check("VB-CON-007", Draft(number, dateLine, "QUYẾT ĐỊNH", "Quy định mức hỗ trợ")));

    [Fact]
    public void A_citation_in_a_note_dated_after_a_date_line_with_a_blank_day_is_found_by_the_citation_rule()
    {
        var b = Draft("   /KH-UBND", "Lâm Đồng, ngày      tháng 3 năm 2024", "KẾ HOẠCH", "Kiểm tra công tác cải cách hành chính năm 2024")
            .Noted("Thực hiện chỉ đạo của Bộ Nội vụ", ["Công văn số 4625/BNV-CCHC ngày 02/7/2025 của Bộ Nội vụ."], ", Ủy ban nhân dân tỉnh ban hành Kế hoạch.");
        var f = Assert.Single(Check("VB-CIT-004", b));
        Assert.Contains("tháng 3 năm 2024", f.Message);
        Assert.NotNull(f.Note);
    }
}
