using WordHelper.Core.Registry;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.CitationChecks;

/// <summary>
/// The status of a cited document on the draft's date: replaced or expired (VB-CIT-007, naming the replacement), not
/// yet in force where it is cited as a legal basis (VB-CIT-013), amended in part by later documents (VB-CIT-014,
/// information), gone from the codification and so perhaps expired (VB-CIT-015, information, said as exactly that).
/// </summary>
public sealed class CitationStatusRule : IRule
{
    // A sentence that says the document expires or is replaced ("… hết hiệu lực từ ngày …", "bãi bỏ Quyết định số …")
    // names it on purpose: no warning that it is no longer in force.
    static readonly string[] RepealWords = ["het hieu luc", "bai bo", "thay the"];

    public IReadOnlyList<string> RuleIds { get; } = ["VB-CIT-007", "VB-CIT-013", "VB-CIT-014", "VB-CIT-015"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var day = RegistryScope.DraftDay(context);
        var cited = RegistryScope.Of(context).Where(x => x.Resolution.Document is not null).Select(x => x.Resolution.Document!.Number)
            .Select(DocumentNumber.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (c, known) in RegistryScope.FirstOfEach(context))
        {
            var p = context.Paragraph(c.Paragraph);
            var what = CitationScope.Name(c);
            var source = RegistryScope.SourceName(known);
            if (known.Status != LegalStatus.InForce && !StatesRepeal(context, p) && !ReplacedAfter(context, known, day))
            {
                var by = known.ReplacedBy is { } r ? context.Registry.FindByNumber(r) is { } x ? $"{x.Type} số {x.Number}" : $"văn bản số {r}" : null;
                var status = by is null ? "đã hết hiệu lực"
                    : known.Status == LegalStatus.Replaced ? $"đã được thay thế bởi {by}" : $"đã hết hiệu lực; nay thực hiện theo {by}";
                sink.Report("VB-CIT-007", p, CitationScope.Lead(c), suggestion: by,
                    args: [("what", what), ("status", status), ("source", source)]);
            }
            else if (known.StatusNote is { } note && known.Status == LegalStatus.InForce)
                sink.Report("VB-CIT-015", p, CitationScope.Lead(c), args: [("what", what), ("note", note), ("source", source)]);

            if (known.EffectiveFrom is { } from && from > day && IsLegalBasis(context, p))
                sink.Report("VB-CIT-013", p, CitationScope.Lead(c),
                    args: [("what", what), ("from", Citations.CitationFormatter.ShortDate(from)), ("source", source)]);

            // Changes in force by the draft's date that the draft does not cite itself.
            var changes = context.Registry.AmendmentsOf(known)
                .Where(a => a.EffectiveFrom is not { } e || e <= day)
                .Where(a => !cited.Contains(DocumentNumber.Key(a.ByNumber)))
                .GroupBy(a => DocumentNumber.Key(a.ByNumber))
                .Select(g => $"{g.First().ByType} số {g.First().ByNumber} ({string.Join(", ", g.Select(a => a.Relation).Distinct())})")
                .ToList();
            if (changes.Count > 0)
                sink.Report("VB-CIT-014", p, CitationScope.Lead(c), args: [("what", what), ("changes", string.Join("; ", changes)), ("source", source)]);
        }
    }

    /// <summary>A replacement issued after the draft's date did not yet replace anything on that date.</summary>
    static bool ReplacedAfter(CheckContext context, LegalDocument known, DateOnly day) =>
        known.ReplacedBy is { } r && context.Registry.FindByNumber(r) is { } by && (by.EffectiveFrom ?? by.Date) is { } since && since > day;

    static bool StatesRepeal(CheckContext context, Documents.DraftParagraph p)
    {
        var folded = context.Folded(p);
        return RepealWords.Any(folded.Contains);
    }

    /// <summary>"Căn cứ …": the draft rests on the cited document, which must then be in force.</summary>
    static bool IsLegalBasis(CheckContext context, Documents.DraftParagraph p) =>
        context.Folded(p).Key.TrimStart().StartsWith("can cu ", StringComparison.Ordinal);
}
