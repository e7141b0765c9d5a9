using WordHelper.Core.Addressing;

namespace WordHelper.Api.Recipients;

/// <summary>
/// Microsoft 365's directory with the tenant's local list beside it: places outside the organisation live in the
/// latter. Local entries without an address (the seeded units) add nothing a message could be sent to, and would
/// hide the directory's own entry of the same name, so they are left out.
/// </summary>
public sealed class CombinedDirectory(LocalDirectory local, GraphDirectory graph) : IDirectory
{
    public async Task<IReadOnlyList<Addressee>> FindAsync(AddresseeQuery query, CancellationToken cancellationToken = default)
    {
        var inGraph = graph.FindAsync(query, cancellationToken);
        var inList = local.FindAsync(query, cancellationToken);
        return [.. await inGraph, .. (await inList).Where(a => a.Mail is not null)];
    }
}
