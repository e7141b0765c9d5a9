using System.Text.RegularExpressions;
using WordHelper.Core.RulePack;

namespace WordHelper.Core.Rules.Format;

/// <summary>
/// Thousands grouped with commas, the English way: "187,200 đồng", "1,234,567". Vietnamese groups thousands with points
/// and keeps the comma for decimals, so a figure of comma-separated groups of three is taken as grouped only where it
/// cannot be a decimal: two groups or more, or one before a unit of money (an amount has no thousandths). Tables are
/// left to VB-FMT-017, which compares a column's figures with each other.
/// </summary>
public sealed class ThousandsCommaRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-FMT-026"];

    static readonly PerPack<Regex> Figure = new(pack => new Regex(
        @"(?<![\d.,])\d{1,3}(?:(?:,\d{3}){2,}|,\d{3}(?=\s?(?:" + string.Join("|", (pack.Format.MoneyUnits ?? []).OrderByDescending(u => u.Length).Select(Regex.Escape)) + @")(?![\p{L}\d])))(?![\d]|[.,]\d)",
        RegexOptions.CultureInvariant));

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var figure = Figure.For(context.Pack);
        var found = new ByWriting<string>();
        foreach (var p in context.TextParagraphs)
        {
            if (p.IsBlank || p.Cell is not null || !p.Text.Contains(',')) continue;
            foreach (Match m in figure.Matches(p.Text))
                if (!context.IsQuoted(p, m.Index)) found.Add(m.Value, p, m.Value.Replace(',', '.'));
        }
        foreach (var (written, paragraph, right, where) in found.Each(context))
            sink.Report("VB-FMT-026", paragraph, written, right, args: [("written", written), ("right", right), ("where", where)]);
    }
}
