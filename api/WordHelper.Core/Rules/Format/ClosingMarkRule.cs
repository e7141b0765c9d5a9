using System.Text.RegularExpressions;

namespace WordHelper.Core.Rules.Format;

/// <summary>
/// The mark "./." that closes a document's content (NĐ 30/2020, Phụ lục III, every form), mistyped: ".//.", "../.",
/// "/.", "./", ". /.". Only the last paragraph before Nơi nhận or the signature is read; a missing mark is not this
/// rule's business.
/// </summary>
public sealed partial class ClosingMarkRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-FMT-009"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var header = context.Header;
        // Without Nơi nhận or a signature the end of the content is not known.
        if (!header.LooksAdministrative || header.RecipientsLabel is null && header.Signature.Count == 0) return;
        var last = context.Body.LastOrDefault(p => p.Cell is null && !p.IsBlank);
        if (last is null) return;
        var text = last.Text.TrimEnd();
        if (Mistyped().Match(text) is not { Success: true } m) return;
        var mark = context.Pack.Formulas.ClosingMark;
        var fix = last.List is null ? new TextFix(last.Index, m.Index, m.Length, mark) : null;
        sink.Report("VB-FMT-009", last, m.Value, suggestion: mark, fix: fix, args: [("mark", m.Value), ("expected", mark)]);
    }

    // Each alternative is one slip of the keyboard; "…/." and "...../." close a form's dotted leader and are right.
    [GeneratedRegex(@"(?:\./{2,}\.|(?<![.…])\.\./\.|\.\s+/\s*\.|\./\s+\.|(?<=[\p{L}\p{N})”""])/\.|(?<![./])\./)$", RegexOptions.CultureInvariant)]
    private static partial Regex Mistyped();
}
