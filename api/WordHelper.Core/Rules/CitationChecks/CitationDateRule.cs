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
            var p = context.Paragraphs[c.Paragraph];
            var what = c.Number is { Length: > 0 } n ? $"{c.TypeName ?? c.ImpliedType} số {n}".Trim() : c.Name ?? c.Text;
            if (!date.IsValid)
                sink.Report("VB-CIT-003", p, c.Text, args: [("date", c.DateText), ("what", what)]);
            else if (date.IsCertainlyAfter(draft) && !CitationScope.IsSelf(context, c))
                sink.Report("VB-CIT-004", p, c.Text,
                    args: [("date", c.DateText), ("what", what), ("draft", context.Header.Date is { } d ? d.ToShortVietnamese() : "ngày kiểm tra")]);
        }
    }
}
