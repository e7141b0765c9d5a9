namespace WordHelper.Core.Rules.CitationChecks;

/// <summary>A cited date must exist (VB-CIT-003) and must not come after the draft that cites it (VB-CIT-004).</summary>
public sealed class CitationDateRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-CIT-003", "VB-CIT-004"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var draft = context.EffectiveDate;
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
