using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Consistency;

/// <summary>
/// A date of the draft's own text that no calendar has: "31/4/2026", "30/02/2026", "15/13/2026". A cited document's
/// date is VB-CIT-003's and the date line VB-FMT-003's; here are the schedule, deadlines and events.
/// </summary>
public sealed class ImpossibleDateRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-CON-029"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        if (!context.IsVietnamese) return; // "07/22/2004" in an English text is July the 22nd
        var citations = context.Citations.ToLookup(c => c.Paragraph);
        foreach (var p in context.Body.Concat(context.Document.NoteParagraphs))
        {
            if (p.IsBlank || !VietnameseText.HasDigit(p.Text)) continue;
            foreach (var d in DateExpressions.Find(p.Text))
            {
                if (d.Date.IsValid || citations[p.Index].Any(c => d.Start >= c.Start && d.Start < c.Start + c.Length)) continue;
                var (year, month) = (d.Date.Year, d.Date.Month ?? 1);
                var reason = month is < 1 or > 12 ? "không có tháng " + month
                    : year is < 1900 or > 2200 ? "năm không hợp lý"
                    : $"tháng {month} năm {year} chỉ có {DateTime.DaysInMonth(year, month)} ngày";
                sink.Report("VB-CON-029", p, d.Text, args: [("date", d.Text), ("reason", reason)]);
            }
        }
    }
}
