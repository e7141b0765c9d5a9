using WordHelper.Core.Citations;
using WordHelper.Core.Registry;

namespace WordHelper.Core.Rules.CitationChecks;

/// <summary>
/// A cited document against what the registry says of it: its date (VB-CIT-009), its issuer (VB-CIT-010, compared
/// through the agency aliases, a name of its time being right) and its subject (VB-CIT-011: a clearly different
/// subject, never a paraphrase). Each message names what the registry says and where that comes from.
/// </summary>
public sealed class CitationFactsRule : IRule
{
    /// <summary>At most this share of subject words in common, and the summary is another document's.</summary>
    const double OtherSubject = 0.25;

    public IReadOnlyList<string> RuleIds { get; } = ["VB-CIT-009", "VB-CIT-010", "VB-CIT-011"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var issuers = IssuerMatch.For(context.Pack);
        var reported = new HashSet<(LegalDocument, string)>();
        foreach (var (c, r) in RegistryScope.Of(context))
        {
            if (r.Document is not { } known) continue;
            var p = context.Paragraph(c.Paragraph);
            var what = CitationScope.Name(c);
            var source = RegistryScope.SourceName(known);
            if (known.Date is { } kd && c.Date is { IsComplete: true, IsValid: true } d && d.ToDateOnly() != kd && reported.Add((known, "date")))
                sink.Report("VB-CIT-009", p, CitationScope.Lead(c), suggestion: "ngày " + CitationFormatter.ShortDate(kd),
                    args: [("what", what), ("date", c.DateText!), ("expected", CitationFormatter.ShortDate(kd)), ("source", source)]);
            if (c.Issuer is { Length: > 0 } issuer && known.Issuer.Length > 0 && !issuers.Same(CitedWords.IssuerOnwards(context, c, issuer), known.Issuer) && reported.Add((known, "issuer")))
                sink.Report("VB-CIT-010", p, c.Text, suggestion: known.Issuer,
                    args: [("what", what), ("issuer", issuer), ("expected", known.Issuer), ("source", source)]);
            if (CitedWords.Subject(context, c, known.Issuer) is { } subject && context.Subjects.Overlap(subject, known.Summary) is <= OtherSubject && reported.Add((known, "summary")))
                sink.Report("VB-CIT-011", p, c.Text,
                    args: [("what", what), ("summary", subject), ("expected", known.Summary), ("source", source)]);
        }
    }
}
