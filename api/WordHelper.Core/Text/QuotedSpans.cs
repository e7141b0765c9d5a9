namespace WordHelper.Core.Text;

/// <summary>
/// The stretches of a paragraph inside quotation marks (“…”, "…", «…»): quoted text is someone else's words, a name
/// or a title, and the spelling rules leave it as written.
/// </summary>
public sealed class QuotedSpans
{
    readonly List<(int Start, int End)> _spans = [];

    public QuotedSpans(string text)
    {
        int? open = null;
        char close = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (open is null)
            {
                if (c is '“' or '"' or '«') { open = i; close = c switch { '“' => '”', '«' => '»', _ => '"' }; }
            }
            else if (c == close || close == '”' && c == '"')
            {
                _spans.Add((open.Value, i + 1));
                open = null;
            }
        }
        // An opening mark never closed quotes the rest of the paragraph.
        if (open is { } o) _spans.Add((o, text.Length));
    }

    public bool Contains(int index) => _spans.Any(s => index >= s.Start && index < s.End);
}
