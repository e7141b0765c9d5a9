using Microsoft.Extensions.Caching.Memory;
using WordHelper.Core.Registry;

namespace WordHelper.Api.Storage;

/// <summary>
/// Registry documents by number, shared by the checks of this process: drafts cite the same few documents again and
/// again, and asking the database for each of them costs a check more than its rules do. An import through this
/// process clears the cache at once; entries expire after a minute, so that an import through another instance of
/// the service is seen soon after.
/// </summary>
public sealed class RegistryCache : IDisposable
{
    static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    readonly MemoryCache _documents = new(new MemoryCacheOptions { SizeLimit = 10_000 });

    /// <summary>The documents of a number key as a tenant sees them, from the cache or else from <paramref name="load"/> (a miss is kept too).</summary>
    public IReadOnlyList<LegalDocument> GetOrLoad(string tenant, string numberKey, Func<string, IReadOnlyList<LegalDocument>> load)
    {
        var key = (tenant, numberKey);
        if (_documents.TryGetValue(key, out IReadOnlyList<LegalDocument>? known)) return known!;
        var document = load(numberKey);
        _documents.Set(key, document, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });
        return document;
    }

    public void Clear() => _documents.Clear();

    public void Dispose() => _documents.Dispose();
}
