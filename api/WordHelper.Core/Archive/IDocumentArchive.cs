namespace WordHelper.Core.Archive;

/// <summary>
/// Where earlier documents are kept: the organisation's OneDrive and SharePoint, or a folder. The roll-forward starts
/// from what it finds; Core does not know which.
/// </summary>
public interface IDocumentArchive
{
    /// <summary>Documents whose title or name hold the words, of the type and year when given, most recent first.</summary>
    Task<IReadOnlyList<ArchivedDocument>> SearchAsync(ArchiveQuery query, CancellationToken cancellationToken = default);

    /// <summary>The document's .docx bytes, or null when the archive has no such document.</summary>
    Task<Stream?> OpenAsync(string id, CancellationToken cancellationToken = default);
}

/// <param name="Words">Words of the title ("tuyên truyền pháp luật").</param>
/// <param name="DocType">A type's abbreviation or name ("KH", "Kế hoạch"), or null.</param>
/// <param name="Year">The year the document was made for, or null.</param>
public sealed record ArchiveQuery(string Words, string? DocType = null, int? Year = null);

/// <param name="Id">What <see cref="IDocumentArchive.OpenAsync"/> takes.</param>
/// <param name="Path">Where the document lives, as its owner would find it (a folder path or a web address).</param>
/// <param name="Kind">Its type as printed ("KẾ HOẠCH"), <paramref name="Number"/> its number ("12/KH-UBND") and
/// <paramref name="Date"/> its date (ISO, blank parts left out), when the archive read its header.</param>
public sealed record ArchivedDocument(string Id, string Title, string Path, DateTimeOffset? Modified, long? Size,
    string? Kind = null, string? Number = null, string? Date = null);
