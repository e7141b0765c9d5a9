using Microsoft.EntityFrameworkCore;
using WordHelper.Core.Registry;

namespace WordHelper.Api.Storage;

/// <summary>The checker's registry, read from the database: the registry the API serves is the one drafts are checked against.</summary>
public sealed class DbLegalDocumentRegistry(WordHelperDb db, RegistryCache cache) : ILegalDocumentRegistry
{
    public LegalDocument? FindByNumber(string number) =>
        cache.GetOrLoad(SeedRegistry.NumberKey(number), key =>
            db.Documents.AsNoTracking().FirstOrDefault(d => d.NumberKey == key) is { } row ? RegistryMapping.ToDocument(row) : null);
}
