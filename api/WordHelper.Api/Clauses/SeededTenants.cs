using System.Collections.Concurrent;

namespace WordHelper.Api.Clauses;

/// <summary>The tenants whose standard sections this process knows to be stored: each tenant's are seeded once, on first use.</summary>
public sealed class SeededTenants
{
    readonly ConcurrentDictionary<string, byte> _tenants = new(StringComparer.Ordinal);

    public bool Contains(string tenant) => _tenants.ContainsKey(tenant);

    public void Add(string tenant) => _tenants.TryAdd(tenant, 0);
}
