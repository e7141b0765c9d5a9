namespace WordHelper.Core.Rules.CitationChecks;

/// <summary>A cited date must exist (VB-CIT-003) and must not come after the draft that cites it (VB-CIT-004).</summary>
public sealed class CitationDateRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-CIT-003", "VB-CIT-004"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        // Only the draft's own date, or today: a title's year ("báo cáo năm 2023") says nothing of when the draft is signed.
        var draft = context.Header.Date is { IsValid: true } own ? own : Documents.DraftDate.From(context.Today);
        foreach (var c in CitationScope.Of(context))
        {
            if (c.Date is not { } date || c.DateText is null) continue;
            var p = context.Paragraph(c.Paragraph);
            var what = CitationScope.Name(c);
            if (!date.IsValid)
                sink.Report("VB-CIT-003", p, CitationScope.Lead(c), args: [("date", c.DateText), ("what", what)]);
            else if (date.IsCertainlyAfter(draft) && !CitationScope.IsSelf(context, c))
                sink.Report("VB-CIT-004", p, CitationScope.Lead(c),
                    args: [("date", c.DateText), ("what", what), ("draft", context.Header.Date is { } d ? AsWritten(d) : "ngày kiểm tra")]);
        }
    }

    /// <summary>The draft's date as a drafter writes it: "10/3/2023", or "tháng 3 năm 2023" with the day still blank.</summary>
    static string AsWritten(Documents.DraftDate d) =>
        d.ToDateOnly() is { } full ? Citations.CitationFormatter.ShortDate(full)
        : d.Month is { } m ? $"tháng {m} năm {d.Year}" : $"năm {d.Year}";
}
