using System.Text.RegularExpressions;
using WordHelper.Core.Documents;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Consistency;

/// <summary>
/// Percentages that contradict the figures they are computed from. In the text, "17.019/17.525 trường hợp, đạt tỷ lệ
/// 97,17%" must give 17.019 ÷ 17.525 to the decimals written (VB-CON-015), and a fraction written upside down
/// ("552.693/513.672 hồ sơ (đạt 92,94%)") is named so. In a table, a row of unit "%" whose label is a share ("Tỷ lệ …")
/// cannot hold more than 100 (VB-CON-016): the figure is a count put in the wrong row or unit.
/// </summary>
public sealed partial class PercentageRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-CON-015", "VB-CON-016"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        foreach (var p in context.TextParagraphs)
        {
            if (p.IsBlank || p.Text.IndexOf('%') < 0) continue;
            foreach (Match m in FractionAndPercent().Matches(p.Text))
                if (!context.IsQuoted(p, m.Index)) Judge(p, m, sink);
        }
        foreach (var row in context.Paragraphs.Where(p => p.Cell is not null && !p.IsBlank).GroupBy(p => (p.Cell!.Table, p.Cell.Row)))
            JudgeShareRow(row.ToList(), sink);
    }

    static void Judge(DraftParagraph p, Match m, FindingSink sink)
    {
        if (VietnameseNumber.Parse(m.Groups["a"].Value) is not { } a || VietnameseNumber.Parse(m.Groups["b"].Value) is not { } b
            || VietnameseNumber.Parse(m.Groups["p"].Value) is not { } given) return;
        var (part, whole) = (a.Value, b.Value);
        var mid = m.Groups["mid"].Value;
        // "quý 2/2025", "năm học 2024/2025": a period, not a fraction; and the percentage must be said to be the fraction's.
        if (whole == 0 || part == 0 || whole is >= 1900 and <= 2100 || DatePrefix().IsMatch(p.Text.AsSpan(0, m.Index)) || OtherMeasure().IsMatch(mid)) return;
        if (!mid.TrimEnd().EndsWith('(') && !ItsValue().IsMatch(mid)) return;
        var (written, percent, decimals) = (given.Written, given.Value, given.Decimals);
        var slack = 0.5 * Math.Pow(10, -decimals) + 0.005;
        var computed = 100.0 * part / whole;
        if (Math.Abs(computed - percent) <= slack) return;
        var inverted = Math.Abs(100.0 * whole / part - percent) <= slack;
        var problem = inverted
            ? $"{m.Groups["a"].Value} lớn hơn {m.Groups["b"].Value}, tử số và mẫu số bị đảo (tỷ lệ {written}% là {m.Groups["b"].Value}/{m.Groups["a"].Value})"
            : $"{m.Groups["a"].Value}/{m.Groups["b"].Value} là {VietnameseNumber.Write(computed, decimals)}%, không phải {written}%";
        sink.Report("VB-CON-015", p, m.Value, suggestion: inverted ? null : VietnameseNumber.Write(computed, decimals) + "%", args: ("problem", problem));
    }

    /// <summary>A row whose label opens with "Tỷ lệ", whose unit cell is "%", and whose figure exceeds 100.</summary>
    static void JudgeShareRow(IReadOnlyList<DraftParagraph> row, FindingSink sink)
    {
        var unit = row.FirstOrDefault(c => c.Text.Trim() == "%");
        var label = row.FirstOrDefault(c => ShareLabel().IsMatch(c.Text));
        if (unit is null || label is null) return;
        // The first figure after the unit is the share itself; later columns may compare it with a plan ("TH/KH").
        var first = row.Where(c => c.Cell!.Column > unit.Cell!.Column).Select(c => (Cell: c, Figure: VietnameseNumber.Parse(c.Text))).FirstOrDefault(c => c.Figure is not null);
        if (first.Figure is { Value: > 100 } share)
            sink.Report("VB-CON-016", first.Cell, share.Written, args: [("value", share.Written), ("label", Shorten(label.Text.Trim()))]);
    }

    static string Shorten(string label) => label.Length <= 80 ? label : label[..77].TrimEnd() + "…";

    // "17.019/17.525 trường hợp, đạt tỷ lệ 97,17%": a count over a count, a few words, a percentage; no other figure between.
    [GeneratedRegex(@"(?<![\d/.,])(?<a>\d{1,3}(?:\.\d{3}){1,4}|\d{1,15})/(?<b>\d{1,3}(?:\.\d{3}){1,4}|\d{1,15})(?![\d/])(?<mid>[^%\d;.:]{0,60}?)(?<p>\d{1,3}(?:,\d{1,2})?)\s?%", RegexOptions.CultureInvariant)]
    private static partial Regex FractionAndPercent();

    // "ngày 20/5 đạt 95%": a day and month, not a fraction.
    [GeneratedRegex(@"(?:ngày|tháng|đến|từ)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DatePrefix();

    // The percentage is a target or a change, not the fraction's value.
    [GeneratedRegex(@"chỉ tiêu|mục tiêu|tối thiểu|tối đa|kế hoạch|so với|tăng|giảm|bình quân|trên|dưới|vượt", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OtherMeasure();

    // "…, đạt tỷ lệ 97,17%", "…, bằng 95%": words that give the fraction's value.
    [GeneratedRegex(@"\b(?:đạt|tỷ lệ|bằng)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ItsValue();

    [GeneratedRegex(@"^\s*Tỷ lệ\s", RegexOptions.CultureInvariant)]
    private static partial Regex ShareLabel();
}
