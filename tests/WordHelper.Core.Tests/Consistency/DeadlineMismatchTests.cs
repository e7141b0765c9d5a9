using WordHelper.Core.Tests.Rules;
using WordHelper.Testing;

namespace WordHelper.Core.Tests.Consistency;

/// <summary>VB-CON-008: a task's deadline in the text and in the table of tasks (appendix or body) must be the same date.</summary>
public class DeadlineMismatchTests
{
    static readonly string[] Header = ["TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời gian hoàn thành"];

    static DocxBuilder Plan(string task, params string[][] rows)
    {
        var b = DocxBuilder.Create()
            .Paragraph("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG")
            .Paragraph("Số:      /KH-UBND")
            .Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
            .Paragraph("Độc lập - Tự do - Hạnh phúc")
            .Paragraph("Lâm Đồng, ngày 20 tháng 9 năm 2025")
            .Paragraph("KẾ HOẠCH")
            .Paragraph("Kiểm tra công tác cải cách hành chính năm 2025")
            .Paragraph("I. NHIỆM VỤ")
            .Paragraph(task)
            .Paragraph("- Các sở, ngành tổ chức tự kiểm tra tại đơn vị mình.")
            .Paragraph("Nơi nhận:").Paragraph("- Như trên;").Paragraph("TM. ỦY BAN NHÂN DÂN").Paragraph("CHỦ TỊCH").Paragraph("Nguyễn Văn A")
            .Paragraph("Phụ lục").Paragraph("DANH MỤC NHIỆM VỤ");
        return b.Table([Header, .. rows]);
    }

    static IReadOnlyList<WordHelper.Core.Rules.Finding> Check(DocxBuilder b) => RuleRun.Findings("VB-CON-008", b.Read().Document);

    const string Task = "- Sở Nội vụ xây dựng báo cáo tự đánh giá chỉ số cải cách hành chính năm 2025 của tỉnh, hoàn thành trước ngày 15/10/2025.";

    [Fact]
    public void A_task_whose_appendix_row_gives_another_deadline_is_found_once()
    {
        var f = Assert.Single(Check(Plan(Task,
            ["1", "Xây dựng báo cáo tự đánh giá chỉ số cải cách hành chính năm 2025", "Sở Nội vụ", "Trước 30/10/2025"],
            ["2", "Tổ chức hội nghị tập huấn nghiệp vụ kiểm soát thủ tục hành chính", "Văn phòng UBND tỉnh", "Trước 15/11/2025"])));
        Assert.Equal("15/10/2025", f.Excerpt);
        Assert.Contains("30/10/2025", f.Message);
        Assert.Contains("tự đánh giá chỉ số", f.Message);
    }

    [Fact]
    public void The_same_deadline_in_the_appendix_is_left_alone() =>
        Assert.Empty(Check(Plan(Task,
            ["1", "Xây dựng báo cáo tự đánh giá chỉ số cải cách hành chính năm 2025", "Sở Nội vụ", "Trước ngày 15/10/2025"])));

    [Fact]
    public void Another_task_with_few_words_in_common_is_not_matched() =>
        Assert.Empty(Check(Plan(Task,
            ["1", "Tổ chức hội nghị tập huấn nghiệp vụ kiểm soát thủ tục hành chính", "Văn phòng UBND tỉnh", "Trước 30/10/2025"])));

    [Fact]
    public void Dates_in_a_column_that_is_no_deadline_are_left_alone() =>
        Assert.Empty(Check(Plan(Task,
            ["1", "Xây dựng báo cáo tự đánh giá chỉ số cải cách hành chính năm 2025", "Sở Nội vụ", "Tháng 10/2025"])
            .Table(["TT", "Văn bản", "Ngày ban hành"], ["1", "Xây dựng báo cáo tự đánh giá chỉ số cải cách hành chính năm 2025", "30/10/2025"])));

    [Fact]
    public void A_date_that_is_no_deadline_in_the_text_is_left_alone() =>
        Assert.Empty(Check(Plan("- Ngày 15/10/2025, Sở Nội vụ đã xây dựng báo cáo tự đánh giá chỉ số cải cách hành chính năm 2025 của tỉnh.",
            ["1", "Xây dựng báo cáo tự đánh giá chỉ số cải cách hành chính năm 2025", "Sở Nội vụ", "Trước 30/10/2025"])));

    [Fact]
    public void A_table_in_the_body_counts_like_an_appendix()
    {
        var b = DocxBuilder.Create()
            .Paragraph("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG").Paragraph("Số:      /KH-UBND")
            .Paragraph("Lâm Đồng, ngày 20 tháng 9 năm 2025").Paragraph("KẾ HOẠCH").Paragraph("Kiểm tra công tác cải cách hành chính năm 2025")
            .Paragraph("Sở Nội vụ tổng hợp kết quả kiểm tra cải cách hành chính các xã, báo cáo Ủy ban nhân dân tỉnh chậm nhất ngày 20/12/2025.")
            .Table(["Nội dung", "Thời hạn"], ["Tổng hợp kết quả kiểm tra cải cách hành chính các xã", "25/12/2025"])
            .Paragraph("Nơi nhận:").Paragraph("- Như trên;");
        Assert.Single(Check(b));
    }
}
