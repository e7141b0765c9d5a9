using Microsoft.EntityFrameworkCore;
using WordHelper.Core.Registry;

namespace WordHelper.Api.Storage;

/// <summary>
/// The checker's registry, read from the database: the registry the API serves is the one drafts are checked against.
/// A tenant reads the shared documents and its own, its own document of a number and year before the shared one.
/// What only the shipped central data can tell (numbers listed without facts, whole series, changes by later
/// documents) comes from it directly: the database holds the same documents.
/// </summary>
public sealed class DbLegalDocumentRegistry(WordHelperDb db, RegistryCache cache) : ILegalDocumentRegistry
{
    static ILegalDocumentRegistry Central => CentralRegistry.Default;

    public IReadOnlyList<LegalDocument> FindAll(string number) =>
        cache.GetOrLoad(db.Tenant, DocumentNumber.Key(number), key =>
            db.Documents.AsNoTracking().Where(d => d.NumberKey == key).ToList()
                .GroupBy(d => d.Year)
                .Select(g => g.OrderByDescending(d => d.Tenant != Tenants.Shared).First())
                .OrderByDescending(d => d.Tenant != Tenants.Shared).ThenByDescending(d => d.Year)
                .Select(RegistryMapping.ToDocument).ToList());

    public bool IsListed(string number) => FindAll(number).Count > 0 || Central.IsListed(number);

    public bool CoversSeries(string number, string type) => Central.CoversSeries(number, type);

    public IReadOnlyList<LegalDocument> Nearest(string number, DateOnly? date, string? summary) => Central.Nearest(number, date, summary);

    public IReadOnlyList<Amendment> AmendmentsOf(LegalDocument document) => Central.AmendmentsOf(document);
}
