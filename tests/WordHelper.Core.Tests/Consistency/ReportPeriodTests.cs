using WordHelper.Core.Tests.Rules;
using WordHelper.Testing;

namespace WordHelper.Core.Tests.Consistency;

/// <summary>VB-CON-005: the period a report's opening and result headings give must be the one its title names.</summary>
public class ReportPeriodTests
{
    static DocxBuilder Report(string title, string dateLine = "Lâm Đồng, ngày 05 tháng 10 năm 2025", params string[] body)
    {
        var b = DocxBuilder.Create()
            .Paragraph("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG")
            .Paragraph("Số:      /BC-UBND")
            .Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
            .Paragraph("Độc lập - Tự do - Hạnh phúc")
            .Paragraph(dateLine)
            .Paragraph("BÁO CÁO");
        foreach (var line in title.Split('\n')) b.Paragraph(line);
        b.Lines(body);
        b.Paragraph("Nơi nhận:").Paragraph("- Như trên;").Paragraph("TM. ỦY BAN NHÂN DÂN").Paragraph("CHỦ TỊCH");
        return b;
    }

    static IReadOnlyList<WordHelper.Core.Rules.Finding> Check(DocxBuilder b) => RuleRun.Findings("VB-CON-005", b.Read().Document);

    [Theory]
    [InlineData("Ủy ban nhân dân tỉnh báo cáo kết quả thực hiện nhiệm vụ quý II/2025 như sau:", "quý II/2025")]
    [InlineData("Ủy ban nhân dân tỉnh báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2025 như sau:", "6 tháng đầu năm 2025")]
    [InlineData("Ủy ban nhân dân tỉnh báo cáo tình hình thực hiện nhiệm vụ quý 2 năm 2025 như sau:", "quý 2 năm 2025")]
    public void An_opening_that_reports_on_another_period_than_the_title_is_found(string opening, string written)
    {
        var f = Assert.Single(Check(Report("Kết quả công tác quý III/2025", body: [opening, "I. KẾT QUẢ ĐẠT ĐƯỢC", "Các chỉ tiêu đều đạt."])));
        Assert.Equal(written, f.Excerpt);
        Assert.Contains("quý III/2025", f.Message);
    }

    [Fact]
    public void A_result_heading_of_another_period_is_found_once_with_the_opening_that_repeats_it()
    {
        var findings = Check(Report("Kết quả công tác Quý III năm 2025", body:
        [
            "Ủy ban nhân dân tỉnh báo cáo kết quả quý II/2025 như sau:",
            "I. KẾT QUẢ THỰC HIỆN QUÝ II/2025",
            "Các chỉ tiêu đều đạt.",
            "II. NHIỆM VỤ QUÝ IV/2025",
        ]));
        Assert.Equal("quý II/2025", Assert.Single(findings).Excerpt);
    }

    [Theory]
    [InlineData("Kết quả công tác tháng 9/2025", "Sở báo cáo kết quả công tác tháng 8/2025 như sau:")]
    [InlineData("Kết quả công tác năm 2025", "Sở báo cáo kết quả công tác năm 2024 như sau:")]
    [InlineData("Tổng kết công tác giai đoạn 2021 - 2025", "Sở báo cáo tổng kết công tác giai đoạn 2016 – 2020 như sau:")]
    [InlineData("Kết quả công tác 6 tháng cuối năm 2025", "Sở báo cáo kết quả công tác 6 tháng đầu năm 2025 như sau:")]
    public void Months_years_halves_and_phases_are_compared(string title, string opening) =>
        Assert.Single(Check(Report(title, "Lâm Đồng, ngày 20 tháng 12 năm 2025", opening, "I. KẾT QUẢ ĐẠT ĐƯỢC")));

    [Theory]
    // The same quarter written another way.
    [InlineData("Kết quả công tác quý III/2025", "Ủy ban nhân dân tỉnh báo cáo kết quả thực hiện nhiệm vụ quý 3 năm 2025 như sau:")]
    // The next phase and the comparison are other periods on purpose.
    [InlineData("Kết quả công tác quý III/2025 và nhiệm vụ quý IV/2025", "Ủy ban nhân dân tỉnh báo cáo kết quả quý III/2025 và phương hướng, nhiệm vụ quý IV/2025 như sau:")]
    [InlineData("Kết quả công tác quý III/2025", "Ủy ban nhân dân tỉnh báo cáo kết quả quý III/2025, tăng 5% so với quý II/2025, như sau:")]
    [InlineData("Kết quả công tác quý III/2025", "Ủy ban nhân dân tỉnh báo cáo kết quả quý III/2025, số vụ việc tăng 5% so với kết quả quý II, như sau:")]
    // A period nested in the title's: a year's report that gives its first nine months.
    [InlineData("Kết quả công tác năm 2025", "Ủy ban nhân dân tỉnh báo cáo kết quả thực hiện 9 tháng đầu năm 2025 và ước thực hiện cả năm như sau:")]
    // The period of a cited document is that document's.
    [InlineData("Kết quả công tác quý III/2025", "Thực hiện Kế hoạch số 12/KH-UBND ngày 10/01/2025 của Ủy ban nhân dân tỉnh về báo cáo kết quả quý II/2025, Sở báo cáo kết quả quý III/2025 như sau:")]
    public void The_same_period_the_next_phase_comparisons_and_cited_documents_are_left_alone(string title, string opening) =>
        Assert.Empty(Check(Report(title, body: [opening, "I. KẾT QUẢ THỰC HIỆN QUÝ 3", "II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV/2025", "Xây dựng kế hoạch năm 2026."])));

    [Fact]
    public void A_title_carried_on_a_second_line_keeps_the_next_phase_apart() =>
        Assert.Empty(Check(Report("Công tác cải cách hành chính quý I năm 2026 và\nphương hướng, nhiệm vụ quý II năm 2026", "Lâm Đồng, ngày 20 tháng 3 năm 2026",
            "Ủy ban nhân dân tỉnh báo cáo kết quả thực hiện công tác cải cách hành chính quý I năm 2026 và phương hướng, nhiệm vụ quý II năm 2026 như sau:",
            "I. KẾT QUẢ THỰC HIỆN")));

    [Fact]
    public void Other_kinds_of_document_are_not_checked()
    {
        var b = DocxBuilder.Create().Paragraph("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG").Paragraph("Số:      /KH-UBND")
            .Paragraph("Lâm Đồng, ngày 05 tháng 10 năm 2025").Paragraph("KẾ HOẠCH").Paragraph("Kiểm tra công tác quý IV/2025")
            .Paragraph("Căn cứ kết quả kiểm tra quý III/2025, Ủy ban nhân dân tỉnh ban hành kế hoạch như sau:");
        Assert.Empty(Check(b));
    }

    [Fact]
    public void A_weekly_report_whose_result_heading_names_another_week_is_found_and_its_next_week_is_not()
    {
        var finding = Assert.Single(Check(Report("Công tác tuần 02 tháng 6 năm 2026", "Phù Mỹ Bắc, ngày 25 tháng 6 năm 2026",
            "I. TÌNH HÌNH HOẠT ĐỘNG TUẦN 04 THÁNG 6", "Hoàn thiện báo cáo.", "II. PHƯƠNG HƯỚNG, NHIỆM VỤ TUẦN 05 THÁNG 6", "Tiếp tục cập nhật hồ sơ.")));
        Assert.Equal("TUẦN 04", finding.Excerpt);
        Assert.Contains("\"tuần 02\"", finding.Message);
        Assert.Empty(Check(Report("Công tác tuần 04 tháng 6 năm 2026", "Phù Mỹ Bắc, ngày 25 tháng 6 năm 2026",
            "I. TÌNH HÌNH HOẠT ĐỘNG TUẦN 04 THÁNG 6", "Hoàn thiện báo cáo.", "II. PHƯƠNG HƯỚNG, NHIỆM VỤ TUẦN 05 THÁNG 6", "Tiếp tục cập nhật hồ sơ.")));
    }
}
