using WordHelper.Core.Citations;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.CitationChecks;

/// <summary>
/// The issuer and subject a citation gives, read from its paragraph: the parser stops a citation where it can no longer
/// tell a name from what follows ("… của Bộ Văn hóa, Thể thao và Du lịch quy định về …"), so the registry rules read on.
/// </summary>
static partial class CitedWords
{
    /// <summary>Words that start the next clause rather than a summary.</summary>
    static readonly HashSet<string> NotASummary = ["va", "thi", "nay", "do", "da", "dang", "se", "tai", "cua", "theo", "trong"];

    /// <summary>The paragraph's text from the citation's issuer on, up to the end of its clause.</summary>
    public static string IssuerOnwards(CheckContext context, Citation c, string issuer)
    {
        var text = context.Paragraph(c.Paragraph).Text;
        var at = text.IndexOf(issuer, c.Start, StringComparison.Ordinal);
        return at < 0 ? issuer : Clause(text, at);
    }

    /// <summary>The issuer named after the citation as "… do Bộ Tài chính ban hành", or null.</summary>
    public static string? IssuedBy(CheckContext context, Citation c)
    {
        var text = context.Paragraph(c.Paragraph).Text;
        var m = IssuedByPattern().Match(text, c.Start + c.Length);
        if (!m.Success) return null;
        // "do Sở Y tế tham mưu ban hành" names who prepared it, not who issued it.
        var key = " " + VietnameseText.Key(m.Groups["issuer"].Value) + " ";
        return context.Pack.SymbolIssuers.DraftingWords.Any(w => key.Contains(" " + VietnameseText.Key(w) + " ", StringComparison.Ordinal)) ? null : m.Groups["issuer"].Value;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\G\s*,?\s+do\s+(?<issuer>\p{Lu}[^,;.()“”""]{1,100}?)\s+ban\s+hành(?![\p{L}])")]
    private static partial System.Text.RegularExpressions.Regex IssuedByPattern();

    /// <summary>
    /// The subject the citation gives: its summary ("… về công tác văn thư"), the name of a law cited by name, or the
    /// words that follow it in the same clause ("… của Thủ tướng Chính phủ phê duyệt Đề án …"); null when it gives none.
    /// </summary>
    public static string? Subject(CheckContext context, Citation c, string knownIssuer)
    {
        if (c.Summary is { Length: > 0 } summary) return summary;
        if (c.Name is { Length: > 0 } name) return name;
        var text = context.Paragraph(c.Paragraph).Text;
        var end = c.Start + c.Length;
        // "… của Bộ Văn hóa, Thể thao và Du lịch quy định …": read on past the issuer's whole name.
        if (c.Issuer is { Length: > 0 } issuer && text.IndexOf(issuer, c.Start, StringComparison.Ordinal) is var at and >= 0)
        {
            var tail = new FoldedText(text[at..]);
            var issuerKey = VietnameseText.Key(knownIssuer);
            if (issuerKey.Length > 0 && tail.Key.StartsWith(" " + issuerKey + " ", StringComparison.Ordinal))
            {
                var (s, l) = tail.OriginalSpan(1, issuerKey.Length);
                end = Math.Max(end, at + s + l);
            }
        }
        if (end >= text.Length || text[end] != ' ') return null;
        var rest = Clause(text, end).Trim();
        var first = VietnameseText.Key(rest).Split(' ', 2)[0];
        return rest.Length == 0 || !char.IsLetter(rest[0]) || NotASummary.Contains(first) ? null : rest;
    }

    /// <summary>From <paramref name="start"/> to the end of the clause: a semicolon, a full stop that ends a sentence, or the next citation's "số".</summary>
    static string Clause(string text, int start)
    {
        var end = text.Length;
        for (var i = start; i < text.Length; i++)
            if (text[i] == ';' || (text[i] == '.' && (i + 1 == text.Length || text[i + 1] == ' ')))
            {
                end = i;
                break;
            }
        return text[start..end];
    }
}
