using Microsoft.EntityFrameworkCore;
using WordHelper.Api.Clauses;
using WordHelper.Api.Storage;
using WordHelper.Core.Addressing;
using WordHelper.Core.RulePack;

namespace WordHelper.Api.Recipients;

/// <summary>
/// The tenant's own list of recipients, in the database: the embedded default directory, and, beside Microsoft 365,
/// the places its directory does not hold (another province's departments, a ministry). Seeded on first use with the
/// units the rule pack knows, without addresses, for the office to complete.
/// </summary>
public sealed class LocalDirectory(WordHelperDb db, SeededTenants seeded, TimeProvider clock) : IDirectory
{
    readonly Lock _reading = new();
    Task<IReadOnlyList<Addressee>>? _addressees;

    /// <summary>Every entry is a candidate; the list is read once for all the lookups of a request (which come at once).</summary>
    public Task<IReadOnlyList<Addressee>> FindAsync(AddresseeQuery query, CancellationToken cancellationToken = default)
    {
        lock (_reading) return _addressees ??= ReadAddresseesAsync(cancellationToken);
    }

    async Task<IReadOnlyList<Addressee>> ReadAddresseesAsync(CancellationToken cancel) =>
        (await ListAsync(cancel)).Select(r => new Addressee(r.Name, r.Mail, r.Kind, Aliases(r))).ToList();

    public async Task<IReadOnlyList<DirectoryRow>> ListAsync(CancellationToken cancel)
    {
        await EnsureSeededAsync(cancel);
        return await db.Directory.AsNoTracking().OrderBy(r => r.Name).ToListAsync(cancel);
    }

    public Task<DirectoryRow?> FindAsync(string id, CancellationToken cancel) =>
        FieldLimits.IsId(id) ? db.Directory.FirstOrDefaultAsync(r => r.Id == id, cancel) : Task.FromResult<DirectoryRow?>(null);

    public async Task<DirectoryRow> CreateAsync(DirectoryEntryInput input, CancellationToken cancel)
    {
        await EnsureSeededAsync(cancel);
        var row = new DirectoryRow { Tenant = db.Tenant, Id = Guid.NewGuid().ToString("N"), Name = input.Name! };
        Apply(row, input);
        db.Directory.Add(row);
        await db.SaveChangesAsync(cancel);
        return row;
    }

    public async Task UpdateAsync(DirectoryRow row, DirectoryEntryInput input, CancellationToken cancel)
    {
        Apply(row, input);
        await db.SaveChangesAsync(cancel);
    }

    public async Task DeleteAsync(DirectoryRow row, CancellationToken cancel)
    {
        db.Directory.Remove(row);
        await db.SaveChangesAsync(cancel);
    }

    public static IReadOnlyList<string> Aliases(DirectoryRow row) => row.Aliases.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    void Apply(DirectoryRow row, DirectoryEntryInput input)
    {
        row.Name = input.Name!;
        row.Mail = input.Mail;
        row.Kind = input.Kind!;
        row.Aliases = string.Join(";", input.Aliases ?? []);
        row.UpdatedAt = clock.GetUtcNow();
    }

    async Task EnsureSeededAsync(CancellationToken cancel)
    {
        if (seeded.Contains(db.Tenant, SeededTenants.Directory)) return;
        if (!await db.Directory.AnyAsync(cancel))
        {
            var now = clock.GetUtcNow();
            // Stable ids ("unit-3"): a second instance seeding at the same moment collides on the key instead of doubling the list.
            db.Directory.AddRange(RulePackData.Default.Aliases.Where(g => g.Unit && g.Names.Count > 0).Select((g, i) => new DirectoryRow
            {
                Tenant = db.Tenant, Id = $"unit-{i + 1}", Name = g.Names[0], Kind = "unit",
                Aliases = string.Join(";", g.Names.Skip(1).Where(n => !n.Contains(';')).Distinct()), UpdatedAt = now,
            }));
            try { await db.SaveChangesAsync(cancel); }
            catch (DbUpdateException) { db.ChangeTracker.Clear(); }
        }
        seeded.Add(db.Tenant, SeededTenants.Directory);
    }
}
