using System.Text.RegularExpressions;
using WordHelper.Core.Documents;
using WordHelper.Core.RulePack;
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

    static readonly PerPack<Regex> Leads = new(pack => new Regex(
        @"(?<![\p{L}])(" + string.Join("|", (pack.Formulas.ListLeads ?? []).OrderByDescending(l => l.Length).Select(Regex.Escape)) + @")\s*([;.,]?)\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    public void Analyze(CheckContext context, FindingSink sink)
    {
        if (context.Pack.Formulas.ListLeads is not { Count: > 0 }) return;
        var leads = Leads.For(context.Pack);
        var paragraphs = context.Paragraphs;
        for (var i = 0; i + 1 < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            if (p.IsBlank || p.Text.TrimEnd().EndsWith(':')) continue;
            if (leads.Match(p.Text) is not { Success: true } m || !StartsListItem(paragraphs[i + 1])) continue;
            var lead = m.Groups[1].Value;
            sink.Report("VB-FMT-020", p, m.Value.Trim(), lead + ":", fix: new TextFix(p.Index, m.Groups[1].Index, m.Index + m.Length - m.Groups[1].Index, lead + ":"),
                args: [("written", m.Value.Trim()), ("right", lead + ":")]);
        }
    }

    static bool StartsListItem(DraftParagraph next) => next.List is not null || ListItem().IsMatch(next.Text);

    [GeneratedRegex(@"^\s*([-+*•–]|\p{Ll}\)|\d+[.)])\s")]
    private static partial Regex ListItem();
}
