using WordHelper.Core.Citations;
using WordHelper.Core.Text;

namespace WordHelper.Core.Registry;

/// <summary>
/// Finds the document a citation names the way people cite: the number however spaced, with or without its leading
/// zeros; the type in words; the year from the number or else the date ("Quyết định số 1791/QĐ-TTg ngày 15/9/2016"
/// is the 1791/QĐ-TTg of 2016, not of 2021). Where the year does not decide, the summary may; otherwise the citation is
/// ambiguous and the registry says so rather than guess.
/// </summary>
public sealed class CitationResolver(ILegalDocumentRegistry registry, SubjectMatch subjects)
{
    /// <summary>How much of its subject a summary must share with a document of another year to be that document.</summary>
    const double SameSubject = 0.5;

    /// <param name="subject">
    /// What the citation says of its subject when it is more than its parsed summary (the words after its issuer), read
    /// only when the number alone does not decide.
    /// </param>
    public CitationResolution Resolve(Citation c, Func<string?>? subject = null)
    {
        string? Subject() => subject?.Invoke() ?? c.Summary;
        if (c.NumberClean is not { Length: > 0 } number || c.Serial is null) return CitationResolution.Unknown(c);
        var all = registry.FindAll(number);
        if (all.Count == 0)
            return registry.IsListed(number) ? new(c, ResolutionKind.Listed, null, []) : CitationResolution.Unknown(c);

        var ofType = c.TypeName is { } type ? all.Where(d => SameType(d.Type, type)).ToList() : [];
        var candidates = ofType.Count > 0 ? ofType : all;
        var year = c.NumberYear ?? (c.Date is { IsValid: true } date ? date.Year : null);

        // A number that carries its year names one document, whatever the date written beside it.
        if (c.NumberYear is not null && candidates.Count == 1) return Found(c, candidates[0]);
        var ofYear = year is null ? candidates : candidates.Where(d => d.Year is null || d.Year == year).ToList();
        if (ofYear.Count == 1) return Found(c, ofYear[0]);
        if (ofYear.Count > 1) return BySubject(Subject(), ofYear) is { } one ? Found(c, one) : new(c, ResolutionKind.Ambiguous, null, ofYear);
        // Another year's document is this one only when the summary says so (the date is then what is wrong).
        return BySubject(Subject(), candidates) is { } same ? Found(c, same) : CitationResolution.Unknown(c);
    }

    static CitationResolution Found(Citation c, LegalDocument d) => new(c, ResolutionKind.Found, d, []);

    LegalDocument? BySubject(string? subject, IReadOnlyList<LegalDocument> candidates)
    {
        var scored = candidates.Select(d => (Document: d, Overlap: subjects.Overlap(subject, d.Summary) ?? 0)).Where(s => s.Overlap >= SameSubject).ToList();
        if (scored.Count == 0) return null;
        var best = scored.MaxBy(s => s.Overlap);
        return scored.Count(s => s.Overlap == best.Overlap) == 1 ? best.Document : null;
    }

    static bool SameType(string known, string cited) => VietnameseText.Key(known) == VietnameseText.Key(cited);
}
