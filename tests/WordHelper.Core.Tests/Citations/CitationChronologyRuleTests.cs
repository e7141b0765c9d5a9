namespace WordHelper.Core.Tests.Citations;

/// <summary>VB-CIT-021: a cited document said to carry out one issued after it.</summary>
public class CitationChronologyRuleTests
{
    [Fact]
    public void A_document_carrying_out_a_later_one_is_reported_at_the_first()
    {
        var f = Assert.Single(CitationCheck.Run(
            "Tỉnh ủy ban hành Kế hoạch số 166-KH/TU ngày 24/4/2025 về triển khai thực hiện Kế hoạch số 292/KH-BCA-V01 ngày 20/5/2025 của Bộ Công an.").Of("VB-CIT-021"));

        Assert.Equal("Kế hoạch số 166-KH/TU ngày 24/4/2025", f.Excerpt);
        Assert.Contains("20/5/2025", f.Message);
    }

    [Theory]
    [InlineData("Kế hoạch số 166-KH/TU ngày 24/6/2025 về triển khai thực hiện Kế hoạch số 292/KH-BCA-V01 ngày 20/5/2025.")] // in order
    [InlineData("Căn cứ Quyết định số 12/QĐ-UBND ngày 05/3/2025 về thực hiện; Kế hoạch số 20/KH-UBND ngày 10/4/2025.")] // another clause
    [InlineData("Kế hoạch số 166/KH-UBND ngày 24/4/2025 và Kế hoạch số 292/KH-UBND ngày 20/5/2025 của UBND tỉnh.")] // no carrying out
    [InlineData("Căn cứ Kế hoạch số 45/KH-UBND ngày 10/3/2025 của UBND tỉnh, thực hiện Công văn số 120/SNV-CCHC ngày 15/3/2025.")] // another clause
    public void Documents_in_order_or_not_linked_are_left_alone(string line) =>
        Assert.Empty(CitationCheck.Run(line).Of("VB-CIT-021"));
}
