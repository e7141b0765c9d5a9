using System.Text.RegularExpressions;

namespace WordHelper.Core.Text;

/// <summary>Web and e-mail addresses in a paragraph: text written as its owner wrote it, not to be judged or corrected.</summary>
public static partial class WebAddress
{
    /// <summary>A run of text without spaces that is an address: "@", "://", "www." or a domain ending such as ".gov.vn".</summary>
    public static bool Is(ReadOnlySpan<char> chunk) =>
        chunk.Contains('@') || chunk.Contains("://", StringComparison.Ordinal) || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
        || chunk.Contains('.') && DomainEnding().IsMatch(chunk);

    /// <summary>
    /// The text from <paramref name="start"/> to <paramref name="end"/> lies in an address: the run of text without
    /// spaces around it is one, or it touches an address's "." or "/" ("zalo.me/…", "facebook.com").
    /// </summary>
    public static bool Holds(string text, int start, int end)
    {
        var from = start;
        while (from > 0 && !char.IsWhiteSpace(text[from - 1])) from--;
        var to = end;
        while (to < text.Length && !char.IsWhiteSpace(text[to])) to++;
        if (Is(text.AsSpan(from, to - from))) return true;
        if (start > 0 && text[start - 1] is '.' or '/' or '@') return true;
        return end < text.Length && text[end] is '.' or '/' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1]);
    }

    [GeneratedRegex(@"\.(vn|com|net|org|gov|edu|info)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DomainEnding();
}
