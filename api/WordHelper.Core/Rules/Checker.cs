using WordHelper.Core.Addressing;
using WordHelper.Core.Documents;
using WordHelper.Core.Registry;
using WordHelper.Core.RulePack;

namespace WordHelper.Core.Rules;

/// <summary>Runs every rule of the pack over a document and returns the findings in document order.</summary>
public sealed class Checker
{
    public Checker(RulePackData? pack = null, ILegalDocumentRegistry? registry = null, IEnumerable<IRule>? rules = null, TimeProvider? clock = null)
    {
        Pack = pack ?? RulePackData.Default;
        Registry = registry ?? new LayeredRegistry(new SeedRegistry(Pack), CentralRegistry.Default);
        Rules = (rules ?? DiscoverRules()).ToList();
        Clock = clock ?? TimeProvider.System;
    }

    public RulePackData Pack { get; }
    public ILegalDocumentRegistry Registry { get; }
    public IReadOnlyList<IRule> Rules { get; }
    public TimeProvider Clock { get; }

    public CheckResult Check(DraftDocument document) => Run(NewContext(document));

    /// <summary>
    /// The check with the recipients looked up in <paramref name="directory"/> first: the report then lists who each
    /// entry resolved to, and the rules report entries that resolved to nothing or to several addressees.
    /// </summary>
    public async Task<CheckResult> CheckAsync(DraftDocument document, IDirectory? directory, CancellationToken cancellationToken = default)
    {
        var context = NewContext(document);
        if (directory is not null) context.Recipients = await new RecipientResolver(directory, Pack).ResolveAsync(context.Header, cancellationToken);
        return Run(context);
    }

    CheckContext NewContext(DraftDocument document) => new(document, Pack, Registry, DateOnly.FromDateTime(Clock.GetLocalNow().DateTime));

    CheckResult Run(CheckContext context)
    {
        var sink = new FindingSink(Pack.Rules, context.Document);
        // A speech, an agenda, a list, a form or a decree has none of an administrative document's parts to check.
        var parts = context.Header.Genre is null;
        // A Party or Youth Union document is drafted by their own rules, not NĐ 30's forms.
        var state = !context.Header.IsPartySystem;
        foreach (var rule in Rules)
            if ((parts || rule is not IDocumentPartsRule) && (state || rule is not IStateFormRule)) rule.Analyze(context, sink);
        var ordered = FindingOverlap.WithoutContainedCorrections(FindingOverlap.WithoutCoveredInformation(sink.Findings))
            .OrderBy(f => f.Paragraph ?? -1)
            .ThenByDescending(f => f.Severity)
            .ThenBy(f => f.Rule, StringComparer.Ordinal)
            .ToList();
        return new CheckResult(context.Header, ordered) { Recipients = context.Recipients, Citations = CitedDocuments(context), Document = context.Document };
    }

    /// <summary>Every citation of another document, in reading order, with what the registry says of it: the table of cited documents.</summary>
    static IReadOnlyList<Registry.CitationResolution> CitedDocuments(CheckContext context) =>
        CitationChecks.CitationScope.Cited(context).Where(c => !CitationChecks.CitationScope.IsSelf(context, c)).Select(context.Resolve).ToList();

    static readonly Lazy<IReadOnlyList<IRule>> AllRules = new(() => FindRules().ToList());

    /// <summary>Every concrete rule class of this assembly: adding a rule is adding a class and its descriptors. Rules hold no state.</summary>
    public static IReadOnlyList<IRule> DiscoverRules() => AllRules.Value;

    static IEnumerable<IRule> FindRules() =>
        typeof(IRule).Assembly.GetTypes()
            .Where(t => typeof(IRule).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false } && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (IRule)Activator.CreateInstance(t)!);
}

public sealed record CheckResult(DocumentHeader Header, IReadOnlyList<Finding> Findings)
{
    /// <summary>The recipients as a directory resolved them, when the check was made with one.</summary>
    public IReadOnlyList<ResolvedRecipient>? Recipients { get; init; }

    /// <summary>The citations of other documents, each with its registry resolution.</summary>
    public IReadOnlyList<Registry.CitationResolution> Citations { get; init; } = [];

    /// <summary>The document checked: where a citation's paragraph lies in a note, it says which.</summary>
    public DraftDocument? Document { get; init; }
}
