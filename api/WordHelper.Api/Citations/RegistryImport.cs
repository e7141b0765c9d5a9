using Microsoft.EntityFrameworkCore;
using WordHelper.Api.Storage;
using WordHelper.Core.Registry;

namespace WordHelper.Api.Citations;

/// <summary>
/// Applies checked import rows (<see cref="ImportRows"/>) to the registry in one transaction: an entry whose number is
/// known replaces the stored one and keeps its id; the others are added. All land, or none.
/// </summary>
public sealed class RegistryImport(WordHelperDb db, RegistryCache cache)
{
    /// <summary>Rows compared with the stored ones a slice at a time: one query a slice, not one a row.</summary>
    const int Slice = 500;

    public async Task<ImportResult> SaveAsync(IReadOnlyList<ImportRow> rows, CancellationToken cancel)
    {
        var incoming = rows.Select(r => (Row: r, Document: RegistryMapping.ToRow(SeedRegistry.ToDocument(r.Entry)))).ToList();
        var existing = new Dictionary<string, RegistryDocument>(StringComparer.Ordinal);
        foreach (var slice in incoming.Chunk(Slice))
        {
            var keys = slice.Select(r => r.Document.NumberKey).ToList();
            var ids = slice.Select(r => r.Document.Id).ToList();
            foreach (var d in await db.Documents.Where(d => keys.Contains(d.NumberKey) || ids.Contains(d.Id)).ToListAsync(cancel))
            {
                existing[d.NumberKey] = d;
                existing.TryAdd("id:" + d.Id, d);
            }
        }

        // A number written differently (QĐ and QD) whose id is another stored document's would overwrite it.
        var clashes = incoming
            .Where(r => !existing.ContainsKey(r.Document.NumberKey) && existing.TryGetValue("id:" + r.Document.Id, out _))
            .Select(r => r.Row.Error($"số, ký hiệu {r.Document.Number} trùng mã với văn bản {existing["id:" + r.Document.Id].Number} đã có trong sổ đăng ký."))
            .ToList();
        if (clashes.Count > 0) throw new ImportInvalidException(clashes);

        int added = 0, updated = 0;
        foreach (var (_, row) in incoming)
        {
            if (existing.TryGetValue(row.NumberKey, out var stored))
            {
                row.Id = stored.Id; // the id stays what it was: links to it keep working
                db.Entry(stored).CurrentValues.SetValues(row);
                updated++;
            }
            else
            {
                db.Documents.Add(row);
                added++;
            }
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
}
