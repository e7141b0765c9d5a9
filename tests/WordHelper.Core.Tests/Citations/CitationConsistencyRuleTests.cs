using WordHelper.Core.Rules;

namespace WordHelper.Core.Tests.Citations;

/// <summary>VB-CIT-005: one document cited twice with another date or issuer.</summary>
public class CitationConsistencyRuleTests
{
    [Fact]
    public void Another_date_in_the_same_year_is_an_error_on_the_later_mention()
    {
        var f = Assert.Single(CitationCheck.Run(
            "Thực hiện Kế hoạch số 806/KH-UBND ngày 09/01/2026 của UBND tỉnh.",
            "Sở đã triển khai theo Kế hoạch số 806/KH-UBND ngày 19/01/2026.").Of("VB-CIT-005"));

        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal(1, f.Paragraph);
        Assert.Equal("Kế hoạch số 806/KH-UBND ngày 19/01/2026", f.Excerpt);
        Assert.Contains("09/01/2026", f.Message);
    }

    [Fact]
    public void The_date_most_mentions_give_is_held_right_and_the_odd_one_reported()
    {
        var f = Assert.Single(CitationCheck.Run(
            "Thực hiện Kế hoạch số 806/KH-UBND ngày 09/01/2026 của UBND tỉnh.",
            "Sở đã triển khai theo Kế hoạch số 806/KH-UBND ngày 19/01/2026.",
            "Các xã báo cáo kết quả theo Kế hoạch số 806/KH-UBND ngày 19/01/2026.").Of("VB-CIT-005"));

        Assert.Equal(0, f.Paragraph);
        Assert.Contains("ngày 09/01/2026 khác với ngày 19/01/2026", f.Message);
    }

    [Fact]
    public void Another_year_is_only_a_warning_since_administrative_numbers_restart_each_year()
    {
        var f = Assert.Single(CitationCheck.Run(
            "Thực hiện Kế hoạch số 31/KH-UBND ngày 16/02/2022.",
            "Tiếp tục thực hiện Kế hoạch số 31/KH-UBND ngày 16/02/2023.").Of("VB-CIT-005"));

        Assert.Equal(Severity.Warning, f.Severity);
    }

    [Fact]
    public void Any_other_date_of_a_normative_number_is_an_error()
    {
        var f = Assert.Single(CitationCheck.Run(
            "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;",
            "Theo Nghị định số 30/2020/NĐ-CP ngày 05/3/2021, văn bản phải có số.").Of("VB-CIT-005"));

        Assert.Equal(Severity.Error, f.Severity);
    }

    [Fact]
    public void The_same_date_with_another_issuer_is_a_warning()
    {
        var f = Assert.Single(CitationCheck.Run(
            "Thực hiện Công văn số 12/UBND-VX ngày 05/3/2023 của UBND tỉnh.",
            "Theo Công văn số 12/UBND-VX ngày 05/3/2023 của Sở Y tế.").Of("VB-CIT-005"));

        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Contains("Sở Y tế", f.Message);
    }

    [Theory]
    [InlineData("Thực hiện Quyết định số 15/QĐ-UBND ngày 05/01/2024 của UBND tỉnh.", "Theo Quyết định số 15/QĐ-UBND ngày 20/01/2024 của UBND xã Tân Hà.")]
    [InlineData("Thực hiện Quyết định số 1791/QĐ-TTg ngày 15/9/2016 của Thủ tướng Chính phủ.", "Theo Quyết định số 1791/QĐ-TTg, hằng năm tổ chức kỷ niệm.")]
    [InlineData("Thực hiện Quyết định số 1791/QĐ-TTg ngày 15/9/2016 của Thủ tướng Chính phủ.", "Theo Quyết định số 1791/QĐ-TTg ngày 15 tháng 9 năm 2016 của TTg Chính phủ.")]
    [InlineData("Thực hiện Kế hoạch số 22-KH/TU ngày 14/01/2026 của Tỉnh ủy.", "Theo Kế hoạch số 22-KH/TU ngày 15/01/2026.")]
    [InlineData("Theo Kết luận số 25/KL-ĐKT ngày 12/6/2025 của Đoàn kiểm tra LN 500.", "Kết luận số 25/KL-ĐKT, ngày 12/6/2025 của Đoàn Kiểm tra liên ngành 500-UBND tỉnh.")]
    [InlineData("Thực hiện Công văn số 12/UBND-VX ngày 05/3/2023 của UBND tỉnh.", "Theo Công văn số 12/UBND-VX ngày 05/3/2023 của Ủy ban nhân dân tỉnh Lạng Sơn.")]
    public void Consistent_mentions_and_other_issuers_documents_pass(string first, string second)
    {
        Assert.Empty(CitationCheck.Run(first, second).Of("VB-CIT-005"));
    }
}
