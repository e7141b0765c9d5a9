using WordHelper.Core.Registry;

namespace WordHelper.Core.Rules.CitationChecks;

/// <summary>
/// Citations the registry cannot confirm. A number of a kind whose every document the registry knows (a Nghị định, a
/// Luật, a Quyết định of the Thủ tướng with its year) and that it lacks does not exist (VB-CIT-012), with the real
/// documents it may have meant. The others are listed in one finding for information (VB-CIT-008), not one each.
/// </summary>
public sealed class CitationExistenceRule : IRule
{
    /// <summary>Enough of the list to know what it is about; the table of cited documents has them all.</summary>
    const int Listed = 12;

    public IReadOnlyList<string> RuleIds { get; } = ["VB-CIT-008", "VB-CIT-012"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var unknown = new List<(Documents.DraftParagraph Paragraph, string Number, Citations.Citation Citation)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (c, r) in RegistryScope.Of(context))
        {
            if (r.Kind is ResolutionKind.Found or ResolutionKind.Listed) continue;
            var number = c.NumberClean!;
            if (!seen.Add(DocumentNumber.Key(number))) continue;
            var p = context.Paragraph(c.Paragraph);
            var type = c.TypeName ?? c.ImpliedType;
            if (r.Kind == ResolutionKind.Unknown && type is not null && context.Registry.CoversSeries(number, type))
            {
                var nearest = context.Registry.Nearest(number, c.Date?.ToDateOnly(), c.Summary);
                var suggestion = nearest.Count > 0 ? "có phải " + string.Join(" hay ", nearest.Select(RegistryScope.DescribeWithSummary)) + "?" : null;
                sink.Report("VB-CIT-012", p, CitationScope.Lead(c), suggestion: suggestion,
                    args: [("what", CitationScope.Name(c)), ("kind", type), ("year", DocumentNumber.Year(number)?.ToString() ?? ""),
                        ("hint", suggestion is null ? "" : " " + char.ToUpperInvariant(suggestion[0]) + suggestion[1..])]);
            }
            else unknown.Add((p, r.Kind == ResolutionKind.Ambiguous ? $"{number} (nhiều văn bản cùng số)" : number, c));
        }
        if (unknown.Count == 0) return;
        var shown = string.Join(", ", unknown.Take(Listed).Select(u => u.Number)) + (unknown.Count > Listed ? $" và {unknown.Count - Listed} văn bản khác" : "");
        sink.Report("VB-CIT-008", unknown[0].Paragraph, unknown[0].Citation.Number!,
            args: [("count", unknown.Count.ToString()), ("numbers", shown)]);
    }
}
