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
        Registry = registry ?? new SeedRegistry(Pack);
        Rules = (rules ?? DiscoverRules()).ToList();
        Clock = clock ?? TimeProvider.System;
    }

    public RulePackData Pack { get; }
    public ILegalDocumentRegistry Registry { get; }
    public IReadOnlyList<IRule> Rules { get; }
    TimeProvider Clock { get; }

    public CheckResult Check(DraftDocument document)
    {
        var context = new CheckContext(document, Pack, Registry, DateOnly.FromDateTime(Clock.GetLocalNow().DateTime));
        var sink = new FindingSink(Pack.Rules);
        foreach (var rule in Rules) rule.Analyze(context, sink);
        var ordered = sink.Findings
            .OrderBy(f => f.Paragraph ?? -1)
            .ThenByDescending(f => f.Severity)
            .ThenBy(f => f.Rule, StringComparer.Ordinal)
            .ToList();
        return new CheckResult(context.Header, ordered);
    }

    static readonly Lazy<IReadOnlyList<IRule>> AllRules = new(() => FindRules().ToList());

    /// <summary>Every concrete rule class of this assembly: adding a rule is adding a class and its descriptors. Rules hold no state.</summary>
    public static IReadOnlyList<IRule> DiscoverRules() => AllRules.Value;

    static IEnumerable<IRule> FindRules() =>
        typeof(IRule).Assembly.GetTypes()
            .Where(t => typeof(IRule).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false } && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (IRule)Activator.CreateInstance(t)!);
}

public sealed record CheckResult(DocumentHeader Header, IReadOnlyList<Finding> Findings);
