using System.Text.RegularExpressions;

namespace WordHelper.Core.Rules.CitationChecks;

/// <summary>
/// A colon after "số" where a document is cited in running text: "Quyết định số: 337/QĐ-SGDĐT". The colon belongs to
/// the "Số:" line of a document's own header; a citation reads "Quyết định số 337/QĐ-SGDĐT". Each citation written so
/// is reported once, with a fix; quoted text is left as written.
/// </summary>
public sealed partial class NumberColonRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-CIT-025"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in CitationScope.Of(context))
        {
            if (c.Number is null || Colon().Match(c.Text) is not { Success: true } m || context.IsQuoted(c)) continue;
            var p = context.Paragraph(c.Paragraph);
            var lead = c.Text[..(m.Index + m.Length)] + c.Number;
            if (!reported.Add(c.NumberClean!)) continue;
            var fix = p.List is null ? new TextFix(p.Index, c.Start + m.Index, m.Length, " ") : null;
            sink.Report("VB-CIT-025", p, lead, suggestion: c.Text[..m.Index] + " " + c.Number, fix: fix, args: ("text", lead));
        }
    }

    /// <summary>The colon after "số" and before the number, with the spaces round it.</summary>
    [GeneratedRegex(@"(?<=\bs[ốố])\s*:\s*(?=\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Colon();
}
