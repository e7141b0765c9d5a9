using WordHelper.Core.Documents;
using WordHelper.Core.RulePack;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Numbering;

/// <summary>What a paragraph means for the numbering around it.</summary>
public enum ScopeMark
{
    /// <summary>An ordinary paragraph: its number, if any, counts.</summary>
    Counts,
    /// <summary>Numbering starts afresh here: an appendix, a new national title, the "QUYẾT ĐỊNH:" line before the articles.</summary>
    Afresh,
    /// <summary>Not read: inside a quotation, after "Nơi nhận:" until something starts afresh.</summary>
    Ignored,
    /// <summary>A number in a table cell: it may carry a sequence on across a layout table, but is never judged itself.</summary>
    InTable,
}

/// <summary>
/// Follows the paragraphs in order and tells where a numbering sequence begins and ends: appendices and each document
/// of a file of forms restart it, the recipients close it, and quoted text (an amended article, a cited clause)
/// is someone else's numbering.
/// </summary>
public sealed class NumberingScope(RulePackData pack)
{
    readonly HashSet<string> _docTypeKeys = pack.DocTypes.Select(t => VietnameseText.Key(t.Name))
        .Concat(pack.AttachedTexts.Types.Select(VietnameseText.Key)).Append("quyet nghi").ToHashSet();
    int _curlyDepth;
    bool _straightOpen;
    bool _closed;

    public ScopeMark Mark(DraftParagraph p)
    {
        var text = p.Text;
        var quoted = _curlyDepth > 0 || _straightOpen;
        // A stray inch mark in a table cell must not turn the rest of the draft into a quotation.
        if (p.Cell is null) TrackQuotes(text);

        if (StartsAfresh(p.DisplayText))
        {
            _curlyDepth = 0;
            _straightOpen = false;
            _closed = false;
            return ScopeMark.Afresh;
        }
        // A table of contents repeats the headings it lists: the headings are read where they stand.
        if (IsContentsEntry(p)) return ScopeMark.Ignored;
        if (IsRecipientsLabel(text))
        {
            _closed = true;
            _curlyDepth = 0;
            _straightOpen = false;
            return ScopeMark.Ignored;
        }
        return _closed || quoted ? ScopeMark.Ignored : ScopeMark.Counts;
    }

    /// <summary>Counts quotation marks so that paragraphs between an opening and its closing mark are seen as quoted.</summary>
    void TrackQuotes(string text)
    {
        foreach (var c in text)
        {
            if (c == '“') _curlyDepth++;
            else if (c == '”' && _curlyDepth > 0) _curlyDepth--;
            else if (c == '"') _straightOpen = !_straightOpen;
        }
    }

    /// <summary>
    /// An entry of a table of contents: Word's "TOC 1"… styles, or a line that ends with a tab and its page number
    /// ("4.1.2 Sổ tay⇥9").
    /// </summary>
    static bool IsContentsEntry(DraftParagraph p) =>
        p.StyleId is { } id && id.StartsWith("TOC", StringComparison.OrdinalIgnoreCase)
        || p.StyleName is { } name && name.StartsWith("toc ", StringComparison.OrdinalIgnoreCase)
        || PageNumberAtEnd(p.Text);

    static bool PageNumberAtEnd(string text)
    {
        var end = text.TrimEnd();
        var digits = end.Length;
        while (digits > 0 && char.IsAsciiDigit(end[digits - 1])) digits--;
        return digits < end.Length && end.Length - digits <= 3 && digits > 0 && end[digits - 1] == '\t';
    }

    static bool IsRecipientsLabel(string text) => text.Length < 20 && VietnameseText.Key(text) == "noi nhan";

    bool StartsAfresh(string text)
    {
        var trimmed = text.Trim().TrimEnd(':').Trim();
        if (trimmed.Length is 0 or > 80) return false;
        var key = VietnameseText.Key(trimmed);
        if (key.StartsWith("phu luc", StringComparison.Ordinal)) return true;
        if (key.StartsWith("cong hoa xa hoi chu nghia viet nam", StringComparison.Ordinal)) return true;
        if (!VietnameseText.IsUpperText(trimmed)) return false;
        return _docTypeKeys.Contains(key);
    }
}
