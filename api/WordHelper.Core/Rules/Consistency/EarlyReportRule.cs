using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Consistency;

/// <summary>
/// A report that closes its period ("Báo cáo tổng kết công tác năm 2025", "Kết quả … quý III/2025") dated before half
/// of that period has passed: such a report is written once most of it is over, so the date line has most likely kept
/// the year or month of an earlier draft ("ngày 05 tháng 3 năm 2025" on the 2025 year's report). A warning: a report of a
/// period of a month or of an event ("Kết quả Tháng hành động … năm 2026") is not judged, and one dated before the
/// period begins is VB-CON-006's.
/// </summary>
public sealed class EarlyReportRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-CON-025"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var h = context.Header;
        if (!ReportPeriods.IsReport(context) || h.Date is not { IsValid: true, Month: { } month } date || h.DateLine is null) return;
        var title = ReportPeriods.OfTitle(context);
        if (title.Count == 0 || !ClosesPeriod(context)) return;
        var (first, last) = title.Select(t => t.Period.Span(null)!.Value).Aggregate((a, b) => (Math.Min(a.First, b.First), Math.Max(a.Last, b.Last)));
        var length = last - first + 1;
        var dated = date.Year * 12 + month - 1;
        if (length < 3 || dated < first || dated >= first + length / 2) return;
        sink.Report("VB-CON-025", h.DateLine, h.DateLine.Text,
            args: [("date", $"tháng {month} năm {date.Year}"), ("period", title[0].Period.Text)]);
    }

    /// <summary>The title says the report closes its period ("tổng kết", "kết quả"), and no event is what its period dates ("Tháng hành động", periods.json).</summary>
    static bool ClosesPeriod(CheckContext context)
    {
        var title = new FoldedText(string.Join(" ", ReportPeriods.TitleLines(context).Select(p => p.Text)));
        var periods = context.Pack.Periods;
        return (periods.TitleClosesPeriod ?? []).Select(VietnameseText.Key).Any(title.Contains)
            && !(periods.TitleEvents ?? []).Select(VietnameseText.Key).Any(title.Contains);
    }
}
