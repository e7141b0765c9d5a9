namespace WordHelper.Core.Rules;

/// <summary>All rule descriptors by id.</summary>
public sealed class RuleCatalog(IReadOnlyList<RuleDescriptor> descriptors)
{
    readonly Dictionary<string, RuleDescriptor> _byId = descriptors.ToDictionary(d => d.Id, StringComparer.Ordinal);

    public IReadOnlyList<RuleDescriptor> All { get; } = descriptors.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();

    public RuleDescriptor this[string id] =>
        _byId.TryGetValue(id, out var d) ? d : throw new KeyNotFoundException($"No descriptor for rule {id} in the rule pack");

    public bool Contains(string id) => _byId.ContainsKey(id);
}
