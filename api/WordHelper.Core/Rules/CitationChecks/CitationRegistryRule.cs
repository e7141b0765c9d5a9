using WordHelper.Core.Citations;
using WordHelper.Core.Registry;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.CitationChecks;

/// <summary>
/// What the registry knows of a cited document: expired or replaced (VB-CIT-007, naming the replacement), unknown
/// (VB-CIT-008, for information), or dated otherwise than the registry says (VB-CIT-009).
/// </summary>
public sealed class CitationRegistryRule : IRule
{
    // A sentence that says the document expires or is replaced ("… hết hiệu lực từ ngày …", "bãi bỏ Quyết định số …")
    // names it on purpose: no warning that it is no longer in force.
    static readonly string[] RepealWords = ["het hieu luc", "bai bo", "thay the", "bi thay the", "duoc thay the"];

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
            if (first && known.Status != LegalStatus.InForce && !StatesRepeal(context, p))
            {
                var by = known.ReplacedBy is { } r ? context.Registry.FindByNumber(r) is { } x ? $"{x.Type} số {x.Number}" : $"văn bản số {r}" : null;
                var status = by is null ? "đã hết hiệu lực"
                    : known.Status == LegalStatus.Replaced ? $"đã được thay thế bởi {by}" : $"đã hết hiệu lực; nay thực hiện theo {by}";
                sink.Report("VB-CIT-007", p, CitationScope.Lead(c), suggestion: by,
                    args: [("what", CitationScope.Name(c)), ("status", status)]);
            }
            if (known.Date is { } kd && c.Date is { IsComplete: true, IsValid: true } d && d.ToDateOnly() != kd)
                sink.Report("VB-CIT-009", p, CitationScope.Lead(c), suggestion: "ngày " + CitationFormatter.ShortDate(kd),
                    args: [("what", CitationScope.Name(c)), ("date", c.DateText!), ("expected", CitationFormatter.ShortDate(kd))]);
        }
    }

    static bool StatesRepeal(CheckContext context, Documents.DraftParagraph p)
    {
        var folded = context.Folded(p);
        return RepealWords.Any(w => folded.Contains(VietnameseText.Key(w)));
    }
}
