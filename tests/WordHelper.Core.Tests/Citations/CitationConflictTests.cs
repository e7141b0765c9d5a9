using WordHelper.Core.Rules;

namespace WordHelper.Core.Tests.Citations;

/// <summary>
/// VB-CIT-005: one number cited with a head in one place and the body in another, two summaries of two documents
/// under one number, a symbol with one group changed, and a group dropped together with a date one digit off.
/// </summary>
public class CitationConflictTests
{
    const string ByBody = "Thực hiện Quyết định số 787/QĐ-UBND ngày 21/8/2025 của UBND tỉnh về việc thí điểm các mô hình, sáng kiến cải cách hành chính.";
    const string ByHead = "Sở Nội vụ tổng kết thực hiện Quyết định số 787/QĐ-UBND ngày 21/8/2025 của Chủ tịch UBND tỉnh về việc thí điểm các mô hình, sáng kiến cải cách hành chính.";

    [Fact]
    public void A_head_and_the_body_they_head_are_two_issuers_told_once()
    {
        var f = Assert.Single(CitationCheck.Run(ByBody, ByHead,
            "Các xã tiếp tục thực hiện Quyết định số 787/QĐ-UBND ngày 21/8/2025 của Chủ tịch UBND tỉnh.").Of("VB-CIT-005"));

        // Two citations of three name the head: the one naming the body is told.
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Equal(0, f.Paragraph);
        Assert.Contains("cơ quan ban hành \"UBND tỉnh\"", f.Message);
        Assert.Contains("\"Chủ tịch UBND tỉnh\" ghi ở đoạn 2", f.Message);
    }

    [Fact]
    public void On_a_tie_the_issuer_named_first_is_the_reference()
    {
        var f = Assert.Single(CitationCheck.Run(ByBody, ByHead).Of("VB-CIT-005"));
        Assert.Equal(1, f.Paragraph);
        Assert.Contains("\"UBND tỉnh\" ghi ở đoạn 1", f.Message);
    }

    [Theory]
    [InlineData(ByHead, "Các xã tiếp tục thực hiện Quyết định số 787/QĐ-UBND ngày 21/8/2025 của Chủ tịch Ủy ban nhân dân tỉnh.")]
    [InlineData(ByBody, "Các xã tiếp tục thực hiện Quyết định số 787/QĐ-UBND ngày 21/8/2025 của Ủy ban nhân dân tỉnh Lâm Đồng.")]
    [InlineData("Thực hiện Quyết định số 1791/QĐ-TTg ngày 15/9/2016 của Thủ tướng Chính phủ.", "Theo Quyết định số 1791/QĐ-TTg ngày 15/9/2016 của TTg Chính phủ.")]
    public void The_same_issuer_written_short_passes(string first, string second) =>
        Assert.Empty(CitationCheck.Run(first, second).Of("VB-CIT-005"));

    const string Officials = "- Quyết định số 824/QĐ-UBND ngày 27/8/2025 của UBND tỉnh ủy quyền cho Giám đốc Sở Nội vụ, Chủ tịch Ủy ban nhân dân cấp xã thực hiện một số nhiệm vụ về sử dụng, quản lý cán bộ, công chức.";

    [Fact]
    public void Two_summaries_of_two_subjects_under_one_number_are_two_documents_given_one_number()
    {
        var f = Assert.Single(CitationCheck.Run(
            "- Quyết định số 824/QĐ-UBND ngày 27/8/2025 của UBND tỉnh ủy quyền cho Chủ tịch Ủy ban nhân dân cấp xã thực hiện một số nhiệm vụ về sử dụng, quản lý viên chức.",
            Officials).Of("VB-CIT-005"));

        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Equal(1, f.Paragraph);
        Assert.Contains("đoạn 1", f.Message);
        Assert.Contains("trích yếu khác hẳn", f.Message);
        Assert.Contains("quản lý cán bộ, công chức\", ở đoạn 1 là \"ủy quyền", f.Message);
    }

    [Theory]
    // Later mentions shorten the summary, or leave it out.
    [InlineData(Officials, "- Quyết định số 824/QĐ-UBND ngày 27/8/2025 của UBND tỉnh ủy quyền cho Giám đốc Sở Nội vụ thực hiện nhiệm vụ quản lý công chức.")]
    [InlineData(Officials, "- Quyết định số 824/QĐ-UBND ngày 27/8/2025 của UBND tỉnh.")]
    // A summary written with an abbreviation and a few words more or less.
    [InlineData("- Quyết định số 787/QĐ-UBND ngày 21/8/2025 của UBND tỉnh về việc thí điểm các mô hình, sáng kiến cải cách hành chính nhằm nâng cao sự hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước.",
        "Quyết định số 787/QĐ-UBND ngày 21/8/2025 của UBND tỉnh về thí điểm các mô hình, sáng kiến CCHC nhằm nâng cao sự hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước trên địa bàn tỉnh Lâm Đồng.")]
    // In running text a summary runs on into the sentence, and into the next citation.
    [InlineData("Thực hiện Nghị định số 126/2024/NĐ-CP ngày 08/10/2024 của Chính phủ quy định về tổ chức, hoạt động và quản lý hội và Công văn số 11902/BNV-TCPCP ngày 11/12/2025 của Bộ Nội vụ về việc báo cáo tình hình tổ chức, hoạt động và quản lý hội năm 2025;",
        "Đề nghị Bộ Nội vụ sớm trình Chính phủ sửa đổi, bổ sung Nghị định số 126/2024/NĐ-CP ngày 08/10/2024 của Chính phủ về tổ chức, hoạt động và quản lý hội cho phù hợp với tình hình sắp xếp, quản lý hội trong giai đoạn hiện nay.")]
    [InlineData("- Nghị định số 126/2024/NĐ-CP ngày 08/10/2024 của Chính phủ quy định về tổ chức, hoạt động và quản lý hội và Công văn số 11902/BNV-TCPCP ngày 11/12/2025 của Bộ Nội vụ về việc báo cáo tình hình tổ chức, hoạt động và quản lý hội năm 2025;",
        "- Nghị định số 126/2024/NĐ-CP ngày 08/10/2024 của Chính phủ quy định về tổ chức, hoạt động và quản lý hội.")]
    // Another issuer and another date: another document, whose summary is its own.
    [InlineData(Officials, "- Quyết định số 824/QĐ-UBND ngày 27/8/2024 của UBND huyện Lạc Dương về việc phê duyệt danh mục dự án đầu tư xây dựng trường học trên địa bàn các huyện miền núi.")]
    public void Shortened_or_reworded_summaries_pass(string first, string second) =>
        Assert.Empty(CitationCheck.Run(first, second).Of("VB-CIT-005"));

    [Fact]
    public void One_group_changed_with_the_same_date_and_issuer_is_one_finding_naming_both_forms()
    {
        var f = Assert.Single(CitationCheck.Run(
            "- Quyết định số 46/2025/QĐ-CTUBND ngày 17/12/2025 của Chủ tịch UBND tỉnh ban hành quy định phân cấp thẩm quyền quản lý tài sản công.",
            "Các văn bản đã ban hành: Quyết định số 46/2025/QĐ-UBND ngày 17/12/2025 của Chủ tịch UBND tỉnh;",
            "Tiếp tục thực hiện Quyết định số 46/2025/QĐ-UBND ngày 17/12/2025 của Chủ tịch UBND tỉnh.").Of("VB-CIT-005"));

        // The form written once, with a group no body is abbreviated to, is the slip, though written first.
        Assert.Equal(0, f.Paragraph);
        Assert.Equal("46/2025/QĐ-UBND", f.Suggestion);
        Assert.Contains("\"46/2025/QĐ-CTUBND\"", f.Message);
        Assert.Contains("\"46/2025/QĐ-UBND\" ghi ở đoạn 2", f.Message);
    }

    [Theory]
    // Another issuer, another date, no issuer or no type: maybe two documents.
    [InlineData("Thực hiện Quyết định số 46/QĐ-UBND ngày 17/12/2025 của UBND tỉnh.", "Theo Quyết định số 46/QĐ-SNV ngày 17/12/2025 của Sở Nội vụ.")]
    [InlineData("Thực hiện Quyết định số 46/QĐ-UBND ngày 17/12/2025 của UBND tỉnh.", "Theo Quyết định số 46/QĐ-SNV ngày 18/12/2025 của UBND tỉnh.")]
    [InlineData("Thực hiện Quyết định số 46/QĐ-UBND ngày 17/12/2025 của UBND tỉnh.", "Theo Quyết định số 46/QĐ-SNV ngày 17/12/2025, các xã báo cáo.")]
    [InlineData("Thực hiện Quyết định số 46/QĐ-UBND ngày 17/12/2025 của UBND tỉnh.", "Theo Kế hoạch số 46/KH-UBND ngày 17/12/2025 của UBND tỉnh.")]
    public void A_changed_group_that_may_be_another_document_passes(string first, string second) =>
        Assert.Empty(CitationCheck.Run(first, second).Of("VB-CIT-005"));

    [Fact]
    public void A_group_dropped_with_a_date_one_digit_off_is_told_once_with_both_symbols_and_dates()
    {
        var f = Assert.Single(CitationCheck.Run(
            "Tổ công tác ban hành Kế hoạch số 176/KH-TCTLN-PC04, ngày 08/10/2025 về kiểm tra, giám sát các hoạt động hợp pháp liên quan đến ma túy.",
            "Thực hiện Kế hoạch số 176/KH-TCTLN ngày 18/10/2025 của Tổ công tác liên ngành, Công an tỉnh đã kiểm tra.").Of("VB-CIT-005"));

        Assert.Equal(1, f.Paragraph);
        Assert.Null(f.Suggestion);
        Assert.Contains("\"176/KH-TCTLN\" ngày 18/10/2025", f.Message);
        Assert.Contains("\"176/KH-TCTLN-PC04\" ngày 08/10/2025 ghi ở đoạn 1", f.Message);
    }

    [Theory]
    // Dates more than a digit apart, or another type: two documents.
    [InlineData("Kế hoạch số 176/KH-TCTLN-PC04 ngày 08/10/2025 về kiểm tra.", "Thực hiện Kế hoạch số 176/KH-TCTLN ngày 20/10/2025, Công an tỉnh đã kiểm tra.")]
    [InlineData("Kế hoạch số 176/KH-TCTLN-PC04 ngày 08/10/2025 về kiểm tra.", "Thực hiện Công văn số 176/KH-TCTLN ngày 18/10/2025, Công an tỉnh đã kiểm tra.")]
    [InlineData("Kế hoạch số 176/KH-TCTLN-PC04 ngày 08/10/2025 về kiểm tra.", "Thực hiện Kế hoạch số 176/KH-UBND ngày 18/10/2025, Công an tỉnh đã kiểm tra.")]
    public void A_dropped_group_with_a_date_far_off_passes(string first, string second) =>
        Assert.Empty(CitationCheck.Run(first, second).Of("VB-CIT-005"));
}
