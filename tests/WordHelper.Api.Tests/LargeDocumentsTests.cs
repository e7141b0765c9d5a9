using Microsoft.Extensions.Configuration;
using WordHelper.Api.Limits;
using WordHelper.Core.Documents;

namespace WordHelper.Api.Tests;

/// <summary>Large documents are read one at a time; small ones never wait; a large one that waits too long is told to come back.</summary>
public sealed class LargeDocumentsTests
{
    static LargeDocuments Gate(double queueSeconds) =>
        new(new ConfigurationBuilder().AddInMemoryCollection([new("Limits:QueueSeconds", queueSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture))]).Build());

    static readonly MarkupSize Plan = new(Elements: 15_000, Paragraphs: 335, Characters: 60_000, Bytes: 900_000);
    static readonly MarkupSize Appendix = new(Elements: 450_000, Paragraphs: 3_000, Characters: 900_000, Bytes: 20_000_000);
    static readonly MarkupSize LongText = new(Elements: 60_000, Paragraphs: 19_000, Characters: 1_900_000, Bytes: 8_000_000);

    [Fact]
    public void Small_documents_never_wait()
    {
        using var gate = Gate(0.1);
        using var large = gate.Admit(Appendix);
        Assert.Null(gate.Admit(Plan));
    }

    [Fact]
    public void A_second_large_document_waits_then_hears_it_is_busy_and_goes_once_the_first_is_done()
    {
        using var gate = Gate(0.2);
        var first = gate.Admit(Appendix);
        Assert.NotNull(first);
        var busy = Assert.Throws<DocumentReadException>(() => gate.Admit(LongText));
        Assert.Equal(ReadFailure.Busy, busy.Reason);
        Assert.Contains("thử lại sau", busy.Message);

        first!.Dispose();
        first.Dispose(); // twice is once
        using var second = gate.Admit(LongText);
        Assert.NotNull(second);
        Assert.Throws<DocumentReadException>(() => gate.Admit(Appendix));
    }
}
