using WordHelper.Core.Documents;

namespace WordHelper.Core.Rules;

/// <summary>Where one slip written in several places stands, told in its single finding.</summary>
static class Places
{
    /// <summary>" (gặp ở các đoạn 3, 17)" when there are several, counted as the reader counts paragraphs (a note's at its reference); "" otherwise.</summary>
    public static string Listed(CheckContext context, IEnumerable<DraftParagraph> paragraphs)
    {
        var numbers = paragraphs.Select(p => (context.Document.NoteAt(p.Index)?.ReferenceParagraph ?? p.Index) + 1).Distinct().ToList();
        return numbers.Count > 1 ? $" (gặp ở các đoạn {string.Join(", ", numbers)})" : "";
    }
}
