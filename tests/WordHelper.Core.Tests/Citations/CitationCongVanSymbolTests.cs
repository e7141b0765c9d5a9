namespace WordHelper.Core.Tests.Citations;

/// <summary>VB-CIT-020: a typed document cited with a công văn's symbol.</summary>
public class CitationCongVanSymbolTests
{
    [Theory]
    [InlineData("Thực hiện Kế hoạch số 6159/UBND-NC ngày 29/10/2025 của UBND tỉnh.", true)]
    [InlineData("Thực hiện Công văn số 6159/UBND-NC ngày 29/10/2025 của UBND tỉnh.", false)]
    [InlineData("Thực hiện Kế hoạch số 12/BTC-HT ngày 05/3/2025 của Ban Tổ chức Hội thi.", false)] // BTC may be an event's Ban Tổ chức
    public void A_typed_document_with_a_công_văn_symbol_is_reported(string line, bool reported) =>
        Assert.Equal(reported, CitationCheck.Run(line).Of("VB-CIT-020").Any());
}
