namespace WordHelper.Core.Text;

/// <summary>
/// The stretches of a paragraph inside quotation marks (“…”, "…", «…»): quoted text is someone else's words, a name
/// or a title, and the spelling rules leave it as written.
/// </summary>
public sealed class QuotedSpans
{
    readonly List<(int Start, int End)> _spans = [];

    /// <param name="openAtStart">
    /// The paragraph continues a quotation opened with “ in a paragraph above (an article reproduced over several
    /// paragraphs): it is quoted up to the closing ”.
    /// </param>
    public QuotedSpans(string text, bool openAtStart = false)
    {
        int? open = openAtStart ? 0 : null;
        char close = openAtStart ? '”' : '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (open is null)
            {
                if (c is '“' or '"' or '«') { open = i; close = c switch { '“' => '”', '«' => '»', _ => '"' }; }
            }
            else if (c == close || close == '”' && c == '"' && !openAtStart)
            {
                _spans.Add((open.Value, i + 1));
                open = null;
                openAtStart = false;
            }
        }
        // An opening mark never closed quotes the rest of the paragraph.
        if (open is { } o)
        {
            _spans.Add((o, text.Length));
            EndsOpen = close == '”';
        }
    }

    /// <summary>A “ is still open at the paragraph's end: the quotation may go on in the paragraphs below.</summary>
    public bool EndsOpen { get; }

    /// <summary>True when a curly quotation closes in this paragraph (with no opening mark of its own before it).</summary>
    public static bool Closes(string text) => text.IndexOf('”') is var at and >= 0 && text.IndexOf('“') is var first && (first < 0 || first > at);

    public bool Contains(int index)
    {
        // Asked for nearly every word of a draft: a plain loop, no closure.
        foreach (var (start, end) in _spans) if (index >= start && index < end) return true;
        return false;
    }

    /// <summary>
    /// The quoted stretch holding <paramref name="index"/> when it opens and closes within the paragraph, marks
    /// included; null for text not quoted or quoted over several paragraphs.
    /// </summary>
    public (int Start, int End)? SpanWithin(int index, string text)
    {
        foreach (var (start, end) in _spans)
            if (index >= start && index < end)
                return IsQuoteMark(text[start]) && IsQuoteMark(text[end - 1]) && end - start > 1 ? (start, end) : null;
        return null;
    }

    static bool IsQuoteMark(char c) => c is '“' or '”' or '"' or '«' or '»';

    /// <summary>True when the whole stretch from <paramref name="start"/> of <paramref name="length"/> characters is quoted.</summary>
    public bool Covers(int start, int length)
    {
        foreach (var s in _spans) if (start >= s.Start && start + Math.Max(length, 1) <= s.End) return true;
        return false;
    }
}
