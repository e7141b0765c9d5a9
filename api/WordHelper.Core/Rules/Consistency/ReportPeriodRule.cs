namespace WordHelper.Core.Rules.Consistency;

/// <summary>
/// A report whose title covers one period and whose opening or result headings report on another ("Báo cáo kết quả
/// quý III/2025" that opens with "kết quả quý II/2025"): left over from the last report. Only periods that share no
/// month count: a year's report may well give its first nine months.
/// </summary>
public sealed class ReportPeriodRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-CON-005"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        if (!ReportPeriods.IsReport(context)) return;
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
}
