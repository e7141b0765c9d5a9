namespace WordHelper.Core.Addressing;

/// <summary>
/// Where recipients are looked up: the organisation's Microsoft 365 directory, or the service's local list. It returns
/// candidates for a query; <see cref="AddresseeMatcher"/> decides which of them the entry means. A check asks for
/// several entries at once.
/// </summary>
public interface IDirectory
{
    Task<IReadOnlyList<Addressee>> FindAsync(AddresseeQuery query, CancellationToken cancellationToken = default);
}
