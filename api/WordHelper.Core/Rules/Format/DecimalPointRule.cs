using System.Text.RegularExpressions;
using WordHelper.Core.RulePack;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Format;

/// <summary>
/// A measured figure with a decimal point in running text: "đạt 16.5 điểm", "tăng 2.5%", "1.75 ha". Vietnamese writes the
/// decimal with a comma and groups thousands with points, so a point followed by one or two digits before a unit of
/// format.json is a decimal written the English way. A part number ("mục 2.1 điểm a") and a figure of dotted groups
/// ("1.2.3", "15.9.2025") are no figure of a measure. A table column of mixed figures is VB-FMT-017's.
/// </summary>
public sealed class DecimalPointRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-FMT-018"];

    sealed record Words(Regex Figure, HashSet<string> PartWords);

    static readonly PerPack<Words> Built = new(pack => new Words(
        new Regex(@"(?<![\d.,])(\d{1,3})\.(\d{1,2})(?![\d]|[.,]\d)\s?(" + string.Join("|", (pack.Format.MeasureUnits ?? []).OrderByDescending(u => u.Length).Select(Regex.Escape)) + @")(?![\p{L}\d])(?!\s+\p{L}\))",
            RegexOptions.CultureInvariant),
        (pack.Format.PartWords ?? []).Select(VietnameseText.Fold).ToHashSet(StringComparer.Ordinal)));

    public void Analyze(CheckContext context, FindingSink sink)
    {
        if (context.Pack.Format.MeasureUnits is not { Count: > 0 }) return;
        var (figure, partWords) = Built.For(context.Pack);
        var found = new ByWriting<string>();
        foreach (var p in context.TextParagraphs)
        {
            if (p.IsBlank || !HasDecimalPoint(p.Text)) continue;
            foreach (Match m in figure.Matches(p.Text))
            {
                if (AfterPartWord(p.Text, m.Index, partWords) || context.IsQuoted(p, m.Index)) continue;
                found.Add(m.Value, p, $"{m.Groups[1].Value},{m.Groups[2].Value}{m.Value[(m.Groups[2].Index + m.Groups[2].Length - m.Index)..]}");
            }
        }
        foreach (var (written, paragraph, right, where) in found.Each(context))
            sink.Report("VB-FMT-018", paragraph, written, right, args: [("written", written), ("right", right), ("where", where)]);
    }

    /// <summary>A digit, a point, a digit: the figures worth the search.</summary>
    static bool HasDecimalPoint(string text)
    {
        for (var at = text.IndexOf('.'); at > 0 && at + 1 < text.Length; at = text.IndexOf('.', at + 1))
            if (char.IsAsciiDigit(text[at - 1]) && char.IsAsciiDigit(text[at + 1])) return true;
        return false;
    }

    /// <summary>"mục 2.1", "tiêu chí 1.5": the figure numbers a part.</summary>
    static bool AfterPartWord(string text, int at, HashSet<string> partWords)
    {
        var before = VietnameseText.Fold(text[..at]).TrimEnd();
        return partWords.Any(w => before.EndsWith(w, StringComparison.Ordinal) && (before.Length == w.Length || !char.IsLetter(before[^(w.Length + 1)])));
    }
}
