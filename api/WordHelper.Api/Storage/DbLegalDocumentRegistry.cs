using Microsoft.EntityFrameworkCore;
using WordHelper.Core.Registry;

namespace WordHelper.Api.Storage;

/// <summary>The checker's registry, read from the database: the registry the API serves is the one drafts are checked against.</summary>
public sealed class DbLegalDocumentRegistry(WordHelperDb db) : ILegalDocumentRegistry
{
    public LegalDocument? FindByNumber(string number)
    {
        var key = SeedRegistry.NumberKey(number);
        var row = db.Documents.AsNoTracking().FirstOrDefault(d => d.NumberKey == key);
        return row is null ? null : RegistryMapping.ToDocument(row);
    }
}
