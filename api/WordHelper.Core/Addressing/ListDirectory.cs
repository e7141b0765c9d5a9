namespace WordHelper.Core.Addressing;

/// <summary>A directory held in memory (the local directory once read, and the rules' examples): every entry is a candidate.</summary>
public sealed class ListDirectory(IEnumerable<Addressee> entries) : IDirectory
{
    readonly IReadOnlyList<Addressee> _entries = entries.ToList();

    public Task<IReadOnlyList<Addressee>> FindAsync(AddresseeQuery query, CancellationToken cancellationToken = default) => Task.FromResult(_entries);
}
