using System.Text.RegularExpressions;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Consistency;

/// <summary>"từ ngày 25/3/2023 đến ngày 15/3/2023": a period that ends before it starts.</summary>
public sealed partial class DateRangeRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-CON-004"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        foreach (var p in context.Body)
        {
            foreach (Match m in RangePattern().Matches(p.Text))
            {
                var dates = DateExpressions.Find(m.Value).ToList();
                if (dates.Count != 2 || !dates[0].Date.IsValid || !dates[1].Date.IsValid) continue;
                if (!dates[0].Date.IsCertainlyAfter(dates[1].Date)) continue;
                sink.Report("VB-CON-004", p, m.Value, args: [("from", dates[0].Text), ("to", dates[1].Text)]);
            }
        }
    }

    [GeneratedRegex(@"từ\s+(ngày\s+)?\d{1,2}\s?[/.\-]\s?\d{1,2}\s?[/.\-]\s?\d{4}\s*(đến|tới|-|–)\s*(hết\s+)?(ngày\s+)?\d{1,2}\s?[/.\-]\s?\d{1,2}\s?[/.\-]\s?\d{4}", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RangePattern();
}
