using WordHelper.Core.Documents;
using WordHelper.Core.Registry;
using WordHelper.Core.Rules;
using WordHelper.Core.Tests.Rules;

namespace WordHelper.Core.Tests.Citations;

/// <summary>Runs the checker on plain lines and keeps the citation findings.</summary>
static class CitationCheck
{
    public static readonly DateOnly Today = new(2026, 11, 22);

    public static IReadOnlyList<Finding> Run(params string[] lines) => Run(Today, null, lines);

    public static IReadOnlyList<Finding> Run(DateOnly today, ILegalDocumentRegistry? registry, params string[] lines) =>
        new Checker(registry: registry, clock: new FixedClock(today)).Check(DraftDocument.FromLines(lines)).Findings
            .Where(f => f.Category == RuleCategory.Citation).ToList();

    public static IReadOnlyList<Finding> Of(this IReadOnlyList<Finding> findings, string rule) => findings.Where(f => f.Rule == rule).ToList();
}

/// <summary>A registry that knows only the documents given.</summary>
sealed class ListRegistry(params LegalDocument[] documents) : ILegalDocumentRegistry
{
    public IReadOnlyList<LegalDocument> FindAll(string number) =>
        documents.Where(d => DocumentNumber.Key(d.Number) == DocumentNumber.Key(number)).ToList();
}
