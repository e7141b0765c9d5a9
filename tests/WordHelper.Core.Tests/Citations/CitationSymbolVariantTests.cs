using WordHelper.Core.Rules;

namespace WordHelper.Core.Tests.Citations;

/// <summary>VB-CIT-005: one document cited again with its symbol's groups in another order or with a group dropped.</summary>
public class CitationSymbolVariantTests
{
    [Fact]
    public void A_group_dropped_later_is_one_finding_naming_both_forms()
    {
        var f = Assert.Single(CitationCheck.Run(
            "Thực hiện Kế hoạch số 123/KH-BCĐ-CA ngày 14/01/2026 của Ban Chỉ đạo.",
            "Theo Kế hoạch số 123/KH-BCĐ, các đơn vị báo cáo kết quả.",
            "Các đơn vị hoàn thành nhiệm vụ theo Kế hoạch số 123/KH-BCĐ trước ngày 30/6/2026.").Of("VB-CIT-005"));

        Assert.Equal(1, f.Paragraph);
        Assert.Equal("123/KH-BCĐ", f.Excerpt);
        Assert.Equal("123/KH-BCĐ-CA", f.Suggestion);
        Assert.Contains("\"123/KH-BCĐ\"", f.Message);
        Assert.Contains("\"123/KH-BCĐ-CA\"", f.Message);
    }

    [Fact]
    public void Groups_in_another_order_with_the_same_date_are_one_document()
    {
        var f = Assert.Single(CitationCheck.Run(
            "Thực hiện Kế hoạch số 45/KH-UBND ngày 05/3/2025 của UBND tỉnh.",
            "Theo Kế hoạch số 45/UBND-KH ngày 05/3/2025, các sở báo cáo kết quả.").Of("VB-CIT-005"));

        Assert.Equal("45/KH-UBND", f.Suggestion);
        Assert.Contains("\"45/UBND-KH\"", f.Message);
    }

    [Theory]
    // Another date: another document.
    [InlineData("Thực hiện Kế hoạch số 45/KH-UBND ngày 05/3/2025 của UBND tỉnh.", "Theo Kế hoạch số 45/UBND-KH ngày 07/3/2025, các sở báo cáo.")]
    // Undated, a công văn and a plan may share a number.
    [InlineData("Thực hiện Kế hoạch số 45/KH-UBND của UBND tỉnh.", "Theo Công văn số 45/UBND-KH, các sở báo cáo.")]
    [InlineData("Thực hiện Kế hoạch số 45/KH-UBND ngày 05/3/2025 của UBND tỉnh.", "Theo Công văn số 45/UBND-KH ngày 05/3/2025, các sở báo cáo.")]
    // Another type, or another issuer, after a group dropped.
    [InlineData("Thực hiện Kế hoạch số 123/KH-BCĐ-CA ngày 14/01/2026 của Ban Chỉ đạo.", "Theo Quyết định số 123/QĐ-BCĐ, các đơn vị báo cáo.")]
    [InlineData("Thực hiện Kế hoạch số 123/KH-BCĐ-CA ngày 14/01/2026 của Ban Chỉ đạo.", "Theo Kế hoạch số 123/KH-BCĐ ngày 20/01/2026, các đơn vị báo cáo.")]
    [InlineData("Thực hiện Kế hoạch số 123/KH-BCĐ-CA ngày 14/01/2026 của Ban Chỉ đạo.", "Theo Kế hoạch số 123/KH-UBND, các đơn vị báo cáo.")]
    [InlineData("Thực hiện Kế hoạch số 123/KH-BCĐ-CA ngày 14/01/2026 của Ban Chỉ đạo.", "Theo Kế hoạch số 123/KH-BCĐ-CA, các đơn vị báo cáo.")]
    // Two of a numbered series, issued the same day.
    [InlineData("Thực hiện Nghị quyết số 66.7/2025/NQ-CP ngày 15/11/2025 của Chính phủ.", "Theo Nghị quyết số 66.8/2025/CP-NQ ngày 15/11/2025, các bộ báo cáo.")]
    public void Citations_that_may_be_two_documents_are_quiet(string first, string second) =>
        Assert.Empty(CitationCheck.Run(first, second).Of("VB-CIT-005"));
}
