namespace WordHelper.Core.Documents;

/// <summary>
/// What one document may hold before it is read into memory. Real drafts stay far below every figure (the deepest
/// markup among a hundred real Vietnamese and sample documents is 25 levels; a 20-page plan has 335 paragraphs);
/// the figures bound the memory and time a single check may take, whatever is uploaded.
/// </summary>
public sealed record DocumentLimits(
    int MaxDepth,
    int MaxParagraphs,
    int MaxTableCells,
    long MaxCharacters,
    long MaxElements,
    long MaxMarkupBytes)
{
    /// <summary>
    /// About 600 pages of text. Elements bound memory best: the SDK's tree takes some 300 bytes for each, and a real
    /// document has 20 to 110 elements a paragraph.
    /// </summary>
    public static readonly DocumentLimits Default = new(
        MaxDepth: 256,
        MaxParagraphs: 20_000,
        MaxTableCells: 20_000,
        MaxCharacters: 2_000_000,
        MaxElements: 500_000,
        MaxMarkupBytes: 32L * 1024 * 1024);
}

/// <summary>What the scan of a document counted, before its tree is built: what reading it will cost.</summary>
public sealed record MarkupSize(long Elements, int Paragraphs, long Characters, long Bytes);

/// <summary>
/// A host's say in when a document is checked: called with its size after the scan and before the tree is built, it
/// may wait for memory to free, refuse with a <see cref="DocumentReadException"/>, or let the check go on at once
/// (null). What it returns is held through the check and then disposed.
/// </summary>
public delegate IDisposable? ReadAdmission(MarkupSize size);
