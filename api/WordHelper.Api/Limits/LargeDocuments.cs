using WordHelper.Core.Documents;

namespace WordHelper.Api.Limits;

/// <summary>
/// Large documents are read and checked one at a time: their trees and the garbage of their rules take a hundred
/// megabytes and more, where a 20-page plan takes a few. A large one waits up to the queue time for the one before it,
/// then is answered 503; small ones never wait here.
/// </summary>
public sealed class LargeDocuments(IConfiguration config) : IDisposable
{
    /// <summary>What makes a document large: ten times a long plan.</summary>
    const long LargeElements = 100_000;
    const int LargeParagraphs = 5_000;

    readonly OneAtATime _turn = new();
    readonly TimeSpan _wait = DocumentWork.QueueTime(config);

    public IDisposable? Admit(MarkupSize size)
    {
        if (size.Elements < LargeElements && size.Paragraphs < LargeParagraphs) return null;
        return _turn.TryEnter(_wait) ?? throw new DocumentReadException(
            $"Dịch vụ đang kiểm tra một văn bản lớn khác; vui lòng thử lại sau {DocumentWork.RetryAfter(config)} giây.", reason: ReadFailure.Busy);
    }

    public void Dispose() => _turn.Dispose();
}
