using System.Text.RegularExpressions;
using WordHelper.Core.Documents;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Format;

/// <summary>
/// A line that announces a list and ends with another mark than a colon: "Tổng số người nghiện: 1.974. Trong đó;" then
/// "- Số đang cai nghiện: …". The words that announce a list are formulas.json's; only a line followed by a list item
/// ("-", "+", "*", "a)", "1.") is judged, and a line already ending with a colon is right.
/// </summary>
public sealed partial class ListLeadRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-FMT-020"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var leads = context.Pack.Formulas.ListLeads ?? [];
        if (leads.Count == 0) return;
        var paragraphs = context.Paragraphs;
        for (var i = 0; i + 1 < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            if (p.IsBlank || !StartsListItem(paragraphs[i + 1])) continue;
            var text = p.Text.TrimEnd();
            var core = text.Length > 0 && text[^1] is ';' or '.' or ',' ? text[..^1].TrimEnd() : text;
            if (core.Length == 0 || !char.IsLetter(core[^1])) continue;
            var lead = leads.FirstOrDefault(l => core.EndsWith(l, StringComparison.OrdinalIgnoreCase) && (core.Length == l.Length || !char.IsLetter(core[^(l.Length + 1)])));
            if (lead is null) continue;
            var at = core.Length - lead.Length;
            var written = text[at..];
            var right = core[at..] + ":";
            sink.Report("VB-FMT-020", p, written, right, fix: new TextFix(p.Index, at, written.Length, right), args: [("written", written), ("right", right)]);
        }
    }

    static bool StartsListItem(DraftParagraph next) => next.List is not null || ListItem().IsMatch(next.Text);

    [GeneratedRegex(@"^\s*([-+*•–]|\p{Ll}\)|\d+[.)])\s")]
    private static partial Regex ListItem();
}
