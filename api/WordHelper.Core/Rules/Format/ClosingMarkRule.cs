using System.Text.RegularExpressions;
using WordHelper.Core.Documents;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Format;

/// <summary>
/// The mark "./." that closes a document's content (NĐ 30/2020, Phụ lục III, every form), mistyped: ".//.", "../.",
/// "/.", "./", ". /.". The last paragraph before Nơi nhận or the signature is read, and the file's last when a text
/// sent with the document follows the signature. A content that ends with no mark at all is told apart (VB-FMT-022): its
/// last paragraph, a sentence, ends with a full stop or a word ("… triển khai thực hiện."). Party documents, laid out by
/// their own rules, are not judged on a missing mark.
/// </summary>
public sealed partial class ClosingMarkRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-FMT-009", "VB-FMT-022"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var header = context.Header;
        // Without Nơi nhận or a signature the end of the content is not known.
        if (!header.LooksAdministrative || header.RecipientsLabel is null && header.Signature.Count == 0) return;
        var mark = context.Pack.Formulas.ClosingMark;
        // The content's last paragraph, and the file's when a report or appendix sent with it follows the signature.
        var last = context.Body.LastOrDefault(p => p.IsProse);
        var end = context.Paragraphs.Skip(header.BodyEnd).LastOrDefault(p => p.IsProse);
        foreach (var p in new[] { last, end }.OfType<DraftParagraph>().Distinct())
        {
            var text = p.Text.TrimEnd();
            // A web address that ends with a slash, then the sentence's stop: "https://cchc.lamdong.gov.vn/.".
            var lastRun = text[(text.LastIndexOfAny([' ', '\t', '\u00A0']) + 1)..];
            if (Mistyped().Match(text) is not { Success: true } m)
            {
                if (p == last && !header.IsPartySystem) Missing(context, sink, p, text, mark);
                continue;
            }
            if (context.IsQuoted(p, m.Index) || WebAddress.Is(lastRun)) continue;
            var fix = p.List is null ? new TextFix(p.Index, m.Index, m.Length, mark) : null;
            sink.Report("VB-FMT-009", p, m.Value, suggestion: mark, fix: fix, args: [("mark", m.Value), ("expected", mark)]);
        }
    }

    /// <summary>The content's last sentence ends with a full stop or a word and no "./.": the mark is added after its last word.</summary>
    static void Missing(CheckContext context, FindingSink sink, DraftParagraph p, string text, string mark)
    {
        if (text.Length == 0 || text.EndsWith(mark, StringComparison.Ordinal) || VietnameseText.IsUpperText(text)) return;
        var end = text.EndsWith('.') && !text.EndsWith("..", StringComparison.Ordinal) ? text.Length - 1 : text.Length;
        if (end == 0 || !char.IsLetterOrDigit(text[end - 1]) && text[end - 1] is not (')' or '”' or '"')) return;
        if (context.IsQuoted(p, end - 1)) return;
        var fix = p.List is null ? new TextFix(p.Index, end, text.Length - end, mark) : null;
        var excerpt = Words.Around(text, Math.Max(0, end - 1), text.Length);
        sink.Report("VB-FMT-022", p, excerpt, suggestion: text[..end] + mark, fix: fix, args: [("expected", mark)]);
    }

    // Each alternative is one slip of the keyboard; "…/." and "...../." close a form's dotted leader and are right.
    [GeneratedRegex(@"(?:\./{2,}\.|(?<![.…])\.\./\.|\.\s+/\s*\.|\./\s+\.|(?<=[\p{L}\p{N})”""])/\.|(?<![./])\./)$", RegexOptions.CultureInvariant)]
    private static partial Regex Mistyped();
}
