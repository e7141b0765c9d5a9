using System.Text.RegularExpressions;
using WordHelper.Core.Documents;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Consistency;

/// <summary>
/// An invitation, a plan or a programme whose every "Thời gian:" falls before the day it is dated: it announces what has
/// already happened, so the date line or the time is mistyped ("Lễ khai giảng … ngày 05/9/2025" in a plan dated
/// 10/9/2025). A plan that is partly under way (a time that runs past its date) is usual and left alone.
/// </summary>
public sealed partial class PastEventRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-CON-026"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var h = context.Header;
        if (h.Type?.Abbr is not ("GM" or "KH" or "CTr") || h.Date is not { IsComplete: true, IsValid: true } dated || h.DateLine is null) return;
        (DraftParagraph Paragraph, DateMention Date)? first = null;
        foreach (var p in context.Body)
        {
            if (!TimeLine().IsMatch(p.DisplayText)) continue;
            foreach (var d in DateExpressions.Find(p.Text))
            {
                if (!d.Date.IsValid || context.IsQuoted(p, d.Start)) continue;
                if (!dated.IsCertainlyAfter(d.Date)) return; // the time is the day itself or later
                first ??= (p, d);
            }
        }
        if (first is not { } past) return;
        sink.Report("VB-CON-026", past.Paragraph, past.Date.Text,
            args: [("when", past.Date.Text), ("date", dated.ToShortVietnamese())]);
    }

    /// <summary>"Thời gian: …", "- Thời gian tổ chức: …", "1. Thời gian: …": the line that says when the event is.</summary>
    [GeneratedRegex(@"^\s*([-–+•*]|\d{1,2}[.)]|[a-zđ][.)])?\s*Thời\s+gian\b[^:]{0,30}:", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TimeLine();
}
