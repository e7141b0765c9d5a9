using WordHelper.Core.Registry.Import;
using Microsoft.EntityFrameworkCore;
using WordHelper.Api.Storage;
using WordHelper.Core.Registry;

namespace WordHelper.Api.Citations;

/// <summary>
/// Applies checked import rows (<see cref="ImportRows"/>) to the registry of the importing tenant, in one transaction:
/// an entry whose number the tenant's registry already shows (its own, or a shared one it then stands in for) is
/// updated, keeping its id; the others are added. All land, or none. The shared documents are never changed.
/// </summary>
public sealed class RegistryImport(WordHelperDb db, RegistryCache cache)
{
    /// <summary>Rows compared with the stored ones a slice at a time: one query a slice, not one a row.</summary>
    const int Slice = 500;

    public async Task<ImportResult> SaveAsync(IReadOnlyList<ImportRow> rows, CancellationToken cancel)
    {
        var tenant = db.Tenant;
        var incoming = rows.Select(r => (Row: r, Document: Own(RegistryMapping.ToRow(SeedRegistry.ToDocument(r.Entry)), tenant))).ToList();
        var own = new Dictionary<(string, int), RegistryDocument>();
        var ownIds = new Dictionary<string, RegistryDocument>(StringComparer.Ordinal);
        var shown = new HashSet<(string, int)>();
        var sharedIds = new Dictionary<(string, int), string>();
        foreach (var slice in incoming.Chunk(Slice))
        {
            var keys = slice.Select(r => r.Document.NumberKey).ToList();
            var ids = slice.Select(r => r.Document.Id).ToList();
            foreach (var d in await db.Documents.Where(d => keys.Contains(d.NumberKey) || ids.Contains(d.Id)).ToListAsync(cancel))
            {
                if (d.Tenant != tenant)
                {
                    if (keys.Contains(d.NumberKey)) shown.Add((d.NumberKey, d.Year));
                    sharedIds[(d.NumberKey, d.Year)] = d.Id;
                    continue;
                }
                own[(d.NumberKey, d.Year)] = d;
                ownIds.TryAdd(d.Id, d);
                shown.Add((d.NumberKey, d.Year));
            }
        }

        // The tenant's entry of a shared document stands in for it under the same id: links to it keep working.
        foreach (var (_, row) in incoming)
            if (sharedIds.TryGetValue((row.NumberKey, row.Year), out var sharedId)) row.Id = sharedId;

        // A number written differently (QĐ and QD) whose id is another of the tenant's documents would overwrite it.
        var clashes = incoming
            .Where(r => !own.ContainsKey((r.Document.NumberKey, r.Document.Year)) && ownIds.ContainsKey(r.Document.Id))
            .Select(r => r.Row.Error($"số, ký hiệu {r.Document.Number} trùng mã với văn bản {ownIds[r.Document.Id].Number} đã có trong sổ đăng ký."))
            .ToList();
        if (clashes.Count > 0) throw new ImportInvalidException(clashes);

        int added = 0, updated = 0;
        foreach (var (_, row) in incoming)
        {
            if (own.TryGetValue((row.NumberKey, row.Year), out var stored))
            {
                row.Id = stored.Id; // the id stays what it was: links to it keep working
                db.Entry(stored).CurrentValues.SetValues(row);
            }
            else db.Documents.Add(row);
            if (shown.Contains((row.NumberKey, row.Year))) updated++;
            else added++;
        }
        await using (var transaction = await db.Database.BeginTransactionAsync(cancel))
        {
            try
            {
                await db.SaveChangesAsync(cancel);
                await transaction.CommitAsync(cancel);
            }
            finally { db.ChangeTracker.Clear(); }
        }
        cache.Clear();
        return new ImportResult(added, updated);
    }

    /// <summary>The tenant's copy; a number without its year ("15/KH-UBND") has one document a year, each with its own id.</summary>
    static RegistryDocument Own(RegistryDocument document, string tenant)
    {
        document.Tenant = tenant;
        if (DocumentNumber.Year(document.Number) is null && document.Year != 0) document.Id += "-" + document.Year;
        return document;
    }
}
