namespace WordHelper.Core.Rules.Consistency;

/// <summary>
/// A report dated before the period it reports on has begun ("Báo cáo … năm 2025" dated in 2024, "quý III/2025" dated
/// in June 2025): the date or the period is wrong. A report made before its period ends is usual and not flagged.
/// </summary>
public sealed class ReportDateRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-CON-006"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var h = context.Header;
        if (!ReportPeriods.IsReport(context) || h.Date is not { IsValid: true } date || h.DateLine is null) return;
        var title = ReportPeriods.OfTitle(context);
        if (title.Count == 0) return;
        var first = title.Select(t => t.Period.Span(null)!.Value.First).Min();
        var (startYear, startMonth) = (first / 12, first % 12 + 1);
        var before = date.Month is { } month ? date.Year * 12 + month - 1 < first : date.Year < startYear;
        if (!before) return;
        var written = date.Month is { } m ? $"tháng {m} năm {date.Year}" : $"năm {date.Year}";
        sink.Report("VB-CON-006", h.DateLine, h.DateLine.Text,
            args: [("date", written), ("period", title[0].Period.Text), ("start", $"{startMonth:D2}/{startYear}")]);
    }
}
