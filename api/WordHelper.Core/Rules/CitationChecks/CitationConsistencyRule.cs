using WordHelper.Core.Citations;

namespace WordHelper.Core.Rules.CitationChecks;

/// <summary>
/// One document cited twice must be cited alike (VB-CIT-005). A different date is an error when both dates fall in the
/// same year or the number carries its year (a legal normative number names one document only); across years it is a
/// warning, since administrative numbers restart each year; the date most mentions give is the one the others are held
/// to. The same number with another issuer and another date is another document, not a slip. The same date with another
/// issuer is a warning, told once for each other issuer (a head and the body they head are two issuers,
/// <see cref="CitedIssuers"/>). A symbol written later with its groups in another order, a group dropped or changed is a
/// warning naming both forms (<see cref="SymbolVariants"/>). Two summaries of two subjects under one number, date and
/// issuer are two documents given one number (<see cref="SummaryConflicts"/>).
/// </summary>
public sealed class CitationConsistencyRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-CIT-005"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var issuers = CitedIssuers.For(context.Pack);
        var groups = context.NumberedCitations
            .GroupBy(c => Registry.DocumentNumber.Key(c.NumberClean!));
        foreach (var g in groups)
        {
            // A tie goes to the date written first.
            var dated = g.Where(c => c.Date is { IsValid: true }).GroupBy(c => c.Date!.Value)
                .OrderByDescending(same => same.Count()).Select(same => same.First()).FirstOrDefault();
            // The issuer most citations name is the reference; a tie goes to the one named first.
            var withIssuer = MostNamed(g, issuers);
            var toldIssuers = new List<string>();
            foreach (var c in g)
            {
                var p = context.Paragraph(c.Paragraph);
                var otherIssuer = c.Issuer is { } issuer && withIssuer is not null && withIssuer != c && issuers.Different(issuer, withIssuer.Issuer!);
                if (dated is not null && c != dated && c.Date is { IsValid: true } d && dated.Date is { } f && d.CompareTo(f) != 0)
                {
                    if (otherIssuer && c.NumberYear is null) continue;
                    var certain = d.Year == f.Year || c.NumberYear is not null;
                    sink.Report("VB-CIT-005", p, CitationScope.Lead(c), severity: certain ? Severity.Error : Severity.Warning,
                        args: [("what", CitationScope.Name(c)), ("problem", $"ngày {c.DateText} khác với ngày {dated.DateText} ghi ở đoạn {dated.Paragraph + 1}")]);
                }
                else if (otherIssuer && !toldIssuers.Any(t => !issuers.Different(t, c.Issuer!)))
                {
                    toldIssuers.Add(c.Issuer!);
                    sink.Report("VB-CIT-005", p, c.Text, severity: Severity.Warning,
                        args: [("what", CitationScope.Name(c)), ("problem", IssuerProblem(issuers, c.Issuer!, withIssuer!))]);
                }
            }
            foreach (var (first, later, firstSummary, laterSummary) in SummaryConflicts.Of(context, g, issuers))
                sink.Report("VB-CIT-005", context.Paragraph(later.Paragraph), CitationScope.Lead(later), severity: Severity.Warning,
                    args: [("what", CitationScope.Name(later)), ("problem",
                        $"trùng số, ký hiệu và ngày với văn bản ghi ở đoạn {first.Paragraph + 1} nhưng trích yếu khác hẳn: ở đây là " +
                        $"\"{SummaryConflicts.Short(laterSummary)}\", ở đoạn {first.Paragraph + 1} là \"{SummaryConflicts.Short(firstSummary)}\"; " +
                        "hai văn bản khác nhau không thể cùng số, ký hiệu, kiểm tra lại số, ký hiệu của một trong hai văn bản")]);
        }
        foreach (var (first, later, dateToo) in SymbolVariants.Of(context.NumberedCitations, issuers, KnownAbbreviations.For(context.Pack)))
            sink.Report("VB-CIT-005", context.Paragraph(later.Paragraph), later.Number!, suggestion: dateToo ? null : first.NumberClean, severity: Severity.Warning,
                args: [("what", CitationScope.Name(later)), ("problem", dateToo
                    ? $"số, ký hiệu \"{later.NumberClean}\" ngày {later.DateText} khác với \"{first.NumberClean}\" ngày {first.DateText} ghi ở đoạn {first.Paragraph + 1}; " +
                      "có lẽ là một văn bản, kiểm tra lại số, ký hiệu và ngày ban hành để ghi thống nhất"
                    : $"số, ký hiệu ghi \"{later.NumberClean}\", khác với \"{first.NumberClean}\" ghi ở đoạn {first.Paragraph + 1}")]);
    }

    /// <summary>The first citation of the issuer most citations of one document name (names that may be one issuer go together).</summary>
    static Citation? MostNamed(IEnumerable<Citation> citations, CitedIssuers issuers)
    {
        var same = new List<List<Citation>>();
        foreach (var c in citations.Where(c => c.Issuer is not null))
        {
            if (same.FirstOrDefault(k => !issuers.Different(k[0].Issuer!, c.Issuer!)) is { } home) home.Add(c);
            else same.Add([c]);
        }
        return same.OrderByDescending(k => k.Count).Select(k => k[0]).FirstOrDefault();
    }

    /// <summary>"Chủ tịch UBND tỉnh" against "UBND tỉnh" says why a head and the body they head are not one issuer.</summary>
    static string IssuerProblem(CitedIssuers issuers, string issuer, Citation other)
    {
        var problem = $"cơ quan ban hành \"{issuer}\" khác với \"{other.Issuer}\" ghi ở đoạn {other.Paragraph + 1}";
        return (issuers.TitleOf(issuer) is null) != (issuers.TitleOf(other.Issuer!) is null)
            ? problem + " (người đứng đầu và tập thể cơ quan là hai chủ thể ban hành khác nhau); ghi thống nhất theo văn bản gốc"
            : problem;
    }
}
