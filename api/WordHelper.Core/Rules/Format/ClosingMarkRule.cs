using System.Text.RegularExpressions;
using WordHelper.Core.Documents;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Format;

/// <summary>
/// The mark "./." that closes a document's content (NĐ 30/2020, Phụ lục III, every form), mistyped: ".//.", "../.",
/// "/.", "./", ". /.". The last paragraph before Nơi nhận or the signature is read, and the file's last when a text
/// sent with the document follows the signature; a missing mark is not this rule's business.
/// </summary>
public sealed partial class ClosingMarkRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-FMT-009"];

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
            if (Mistyped().Match(text) is not { Success: true } m || context.IsQuoted(p, m.Index) || WebAddress.Is(lastRun)) continue;
            var fix = p.List is null ? new TextFix(p.Index, m.Index, m.Length, mark) : null;
            sink.Report("VB-FMT-009", p, m.Value, suggestion: mark, fix: fix, args: [("mark", m.Value), ("expected", mark)]);
        }
    }

    // Each alternative is one slip of the keyboard; "…/." and "...../." close a form's dotted leader and are right.
    [GeneratedRegex(@"(?:\./{2,}\.|(?<![.…])\.\./\.|\.\s+/\s*\.|\./\s+\.|(?<=[\p{L}\p{N})”""])/\.|(?<![./])\./)$", RegexOptions.CultureInvariant)]
    private static partial Regex Mistyped();
}
