using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.CitationChecks;

/// <summary>
/// One document cited twice must be cited alike. A different date is an error when both dates fall in the same
/// year, or when the number carries its year (administrative numbers restart each year, so two years may mean two
/// documents: a warning). A different issuer is a warning.
/// </summary>
public sealed class CitationConsistencyRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-CIT-005"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var groups = CitationScope.Of(context)
            .Where(c => c.NumberClean is { Length: > 0 } && c.Serial is not null && c.SymbolParts.Count > 0 && !CitationScope.IsSelf(context, c))
            .GroupBy(c => Registry.SeedRegistry.NumberKey(c.NumberClean!));
        foreach (var g in groups)
        {
            var first = g.FirstOrDefault(c => c.Date is { IsValid: true });
            foreach (var c in g)
            {
                if (first is null || c == first) continue;
                var p = context.Paragraphs[c.Paragraph];
                if (c.Date is { IsValid: true } d && first.Date is { } f && d.CompareTo(f) != 0)
                {
                    var sameYear = d.Year == f.Year || c.NumberYear is not null;
                    sink.Report("VB-CIT-005", p, c.Text, severity: sameYear ? Severity.Error : Severity.Warning,
                        args: [("number", c.NumberClean!), ("problem", $"ngày {c.DateText} khác với ngày {first.DateText} đã ghi ở đoạn {first.Paragraph + 1}")]);
                }
                else if (c.Issuer is { } issuer && g.FirstOrDefault(x => x.Issuer is not null) is { } withIssuer && withIssuer != c
                    && DifferentIssuers(issuer, withIssuer.Issuer!))
                    sink.Report("VB-CIT-005", p, c.Text, severity: Severity.Warning,
                        args: [("number", c.NumberClean!), ("problem", $"cơ quan ban hành \"{issuer}\" khác với \"{withIssuer.Issuer}\" đã ghi ở đoạn {withIssuer.Paragraph + 1}")]);
            }
        }
    }

    /// <summary>Issuers differ when neither name contains the other once abbreviations are spelled out.</summary>
    static bool DifferentIssuers(string a, string b)
    {
        var names = Recipients.AgencyNames.Default;
        var x = names.Canonicalize(a).Trim();
        var y = names.Canonicalize(b).Trim();
        return !x.Contains(y, StringComparison.Ordinal) && !y.Contains(x, StringComparison.Ordinal) && VietnameseText.Key(a) != VietnameseText.Key(b);
    }
}
