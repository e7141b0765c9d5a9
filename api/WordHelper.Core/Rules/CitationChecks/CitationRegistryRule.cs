using WordHelper.Core.Registry;

namespace WordHelper.Core.Rules.CitationChecks;

/// <summary>
/// What the registry knows of a cited document: expired or replaced (VB-CIT-007, naming the replacement), unknown
/// (VB-CIT-008, for information), or dated otherwise than the registry says (VB-CIT-009).
/// </summary>
public sealed class CitationRegistryRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-CIT-007", "VB-CIT-008", "VB-CIT-009"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in CitationScope.Of(context))
        {
            if (c.NumberClean is not { Length: > 0 } number || c.Serial is null || c.SymbolParts.Count == 0 || c.IsParty || CitationScope.IsSelf(context, c)) continue;
            var p = context.Paragraphs[c.Paragraph];
            var known = context.Registry.FindByNumber(number);
            var first = seen.Add(SeedRegistry.NumberKey(number));
            if (known is null)
            {
                if (first) sink.Report("VB-CIT-008", p, c.Number!, args: ("number", number));
                continue;
            }
            if (first && known.Status != LegalStatus.InForce)
            {
                var replaced = known.ReplacedBy is { } r ? $"; được thay thế bởi văn bản số {r}" : "";
                sink.Report("VB-CIT-007", p, c.Text, suggestion: known.ReplacedBy,
                    args: [("number", number), ("status", known.Status == LegalStatus.Expired ? "đã hết hiệu lực" : "đã bị thay thế"), ("replacement", replaced)]);
            }
            if (known.Date is { } kd && c.Date is { IsComplete: true, IsValid: true } d && d.ToDateOnly() != kd)
                sink.Report("VB-CIT-009", p, c.Text, suggestion: $"ngày {kd.Day:00}/{kd.Month:00}/{kd.Year}",
                    args: [("number", number), ("date", c.DateText!), ("expected", $"{kd.Day:00}/{kd.Month:00}/{kd.Year}")]);
        }
    }
}
