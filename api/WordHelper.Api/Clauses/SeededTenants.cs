using System.Collections.Concurrent;

namespace WordHelper.Api.Clauses;

/// <summary>
/// The tenants whose seed data this process knows to be stored: each tenant's standard sections and local directory
/// are seeded once, on first use.
/// </summary>
public sealed class SeededTenants
{
    public const string Clauses = "clauses";
    public const string Directory = "directory";

    readonly ConcurrentDictionary<(string Part, string Tenant), byte> _tenants = new();

    public bool Contains(string tenant, string part = Clauses) => _tenants.ContainsKey((part, tenant));

    public void Add(string tenant, string part = Clauses) => _tenants.TryAdd((part, tenant), 0);
}
