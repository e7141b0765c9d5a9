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
    public static readonly DocumentLimits Default = new(
        MaxDepth: 256,
        MaxParagraphs: 30_000,
        MaxTableCells: 30_000,
        MaxCharacters: 3_000_000,
        MaxElements: 1_500_000,
        MaxMarkupBytes: 64L * 1024 * 1024);
}
