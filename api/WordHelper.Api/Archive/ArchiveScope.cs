using Microsoft.EntityFrameworkCore;
using WordHelper.Api.Storage;

namespace WordHelper.Api.Archive;

/// <summary>The tenant's archive settings: where its earlier documents are searched.</summary>
public sealed class ArchiveScope(WordHelperDb db, TimeProvider clock)
{
    public async Task<string> GetAsync(CancellationToken cancel) =>
        (await db.ArchiveSettings.AsNoTracking().FirstOrDefaultAsync(cancel))?.Scope ?? "";

    public async Task SetAsync(string scope, CancellationToken cancel)
    {
        var row = await db.ArchiveSettings.FirstOrDefaultAsync(cancel);
        if (row is null) db.ArchiveSettings.Add(row = new ArchiveSettingsRow { Tenant = db.Tenant });
        row.Scope = scope;
        row.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancel);
    }
}
