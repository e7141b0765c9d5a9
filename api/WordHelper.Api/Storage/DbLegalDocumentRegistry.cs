using Microsoft.EntityFrameworkCore;
using WordHelper.Core.Registry;

namespace WordHelper.Api.Storage;

/// <summary>
/// The checker's registry, read from the database: the registry the API serves is the one drafts are checked against.
/// A tenant reads the shared documents and its own, its own entry of a number before the shared one.
/// </summary>
public sealed class DbLegalDocumentRegistry(WordHelperDb db, RegistryCache cache) : ILegalDocumentRegistry
{
    public LegalDocument? FindByNumber(string number) =>
        cache.GetOrLoad(db.Tenant, SeedRegistry.NumberKey(number), key =>
            db.Documents.AsNoTracking().Where(d => d.NumberKey == key).OrderByDescending(d => d.Tenant).FirstOrDefault() is { } row
                ? RegistryMapping.ToDocument(row) : null);
}
