using System.Text.RegularExpressions;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Consistency;

/// <summary>
/// A report whose title covers one period and whose opening or result headings report on another ("Báo cáo kết quả
/// quý III/2025" that opens with "kết quả quý II/2025"): left over from the last report. Only periods that share no
/// month count: a year's report may well give its first nine months.
/// </summary>
public sealed partial class ReportPeriodRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-CON-005"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        if (!ReportPeriods.IsReport(context)) return;
        ReportWeeks(context, sink);
        var title = ReportPeriods.OfTitle(context);
        if (title.Count == 0) return;
        var reported = new List<PeriodAt>();
        foreach (var body in ReportPeriods.OfBody(context))
        {
            if (!title.All(t => body.Period.IsDisjointFrom(t.Period))) continue;
            // One finding per period written, not one per place it is written.
            var year = title[0].Period.Year;
            if (reported.Any(r => r.Period.Span(year) == body.Period.Span(year))) continue;
            reported.Add(body);
            sink.Report("VB-CON-005", body.Paragraph, body.Period.Text, suggestion: title[0].Period.Text,
                args: [("text", body.Period.Text), ("title", title[0].Period.Text)]);
        }
    }

    /// <summary>
    /// A weekly report whose title names one week and whose result heading another ("BÁO CÁO CÔNG TÁC TUẦN 02 THÁNG 6"
    /// over "I. TÌNH HÌNH HOẠT ĐỘNG TUẦN 04 THÁNG 6"); the heading of the next week's tasks names the next week rightly.
    /// </summary>
    static void ReportWeeks(CheckContext context, FindingSink sink)
    {
        var titleLines = ReportPeriods.TitleLines(context);
        if (titleLines.Select(l => Week().Match(l.Text)).FirstOrDefault(m => m.Success) is not { } titleWeek) return;
        var words = ReportPeriods.WordsOf(context.Pack);
        var titleIndexes = titleLines.Select(l => l.Index).ToHashSet();
        foreach (var p in context.Body.Where(p => !titleIndexes.Contains(p.Index) && ReportPeriods.IsHeading(p)))
        {
            if (Week().Match(p.Text) is not { Success: true } week || week.Groups["n"].Value.TrimStart('0') == titleWeek.Groups["n"].Value.TrimStart('0')) continue;
            var before = new FoldedText(p.Text[..week.Index]);
            if (words.Other.Concat(words.NextPhase).Any(before.Contains) || !words.OwnPeriodAfter.Any(before.Contains)) continue;
            sink.Report("VB-CON-005", p, week.Value, suggestion: titleWeek.Value, args: [("text", week.Value), ("title", titleWeek.Value)]);
            return;
        }
    }

    [GeneratedRegex(@"(?<![\p{L}])tuần\s+(thứ\s+)?(?<n>\d{1,2})(?!\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Week();
}
