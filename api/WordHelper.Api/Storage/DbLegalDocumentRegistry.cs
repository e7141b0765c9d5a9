using Microsoft.EntityFrameworkCore;
using WordHelper.Core.Registry;

namespace WordHelper.Api.Storage;

/// <summary>The checker's registry, read from the database: the registry the API serves is the one drafts are checked against.</summary>
/// <remarks>Scoped to a request: a draft cites the same document many times, and it is looked up once.</remarks>
public sealed class DbLegalDocumentRegistry(WordHelperDb db) : ILegalDocumentRegistry
{
    readonly Dictionary<string, LegalDocument?> _seen = new(StringComparer.Ordinal);

    public LegalDocument? FindByNumber(string number)
    {
        var key = SeedRegistry.NumberKey(number);
        if (_seen.TryGetValue(key, out var known)) return known;
        var row = db.Documents.AsNoTracking().FirstOrDefault(d => d.NumberKey == key);
        return _seen[key] = row is null ? null : RegistryMapping.ToDocument(row);
    }
}
