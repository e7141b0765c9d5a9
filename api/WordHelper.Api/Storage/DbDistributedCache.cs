using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Distributed;

namespace WordHelper.Api.Storage;

/// <summary>
/// The token cache shared by every instance of the service when they share a PostgreSQL database: MSAL's entries as
/// rows of token_cache, expired rows removed as new ones are written.
/// </summary>
public sealed class DbDistributedCache(IDbContextFactory<WordHelperDb> contexts, TimeProvider? clock = null) : IDistributedCache
{
    readonly TimeProvider _clock = clock ?? TimeProvider.System;
    /// <summary>How long an entry lives when MSAL names no expiry.</summary>
    static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(1);

    public byte[]? Get(string key) => GetAsync(key).GetAwaiter().GetResult();

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default)
    {
        await using var db = await contexts.CreateDbContextAsync(token);
        var row = await db.TokenCache.FindAsync([key], token);
        if (row is null) return null;
        var now = _clock.GetUtcNow();
        if (row.ExpiresAt <= now)
        {
            db.TokenCache.Remove(row);
            await db.SaveChangesAsync(token);
            return null;
        }
        if (row.SlidingSeconds is { } sliding)
        {
            row.ExpiresAt = now.AddSeconds(sliding);
            await db.SaveChangesAsync(token);
        }
        return row.Value;
    }

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => SetAsync(key, value, options).GetAwaiter().GetResult();

    public async Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        var now = _clock.GetUtcNow();
        var absolute = options.AbsoluteExpiration ?? (options.AbsoluteExpirationRelativeToNow is { } r ? now + r : null);
        var expires = options.SlidingExpiration is { } s ? Min(now + s, absolute) : absolute ?? now + DefaultLifetime;
        await using var db = await contexts.CreateDbContextAsync(token);
        var row = await db.TokenCache.FindAsync([key], token);
        if (row is null) db.TokenCache.Add(row = new TokenCacheRow { Id = key, Value = value });
        row.Value = value;
        row.ExpiresAt = expires;
        row.SlidingSeconds = options.SlidingExpiration is { } sliding ? (long)sliding.TotalSeconds : null;
        await db.SaveChangesAsync(token);
        await db.TokenCache.Where(x => x.ExpiresAt < now).ExecuteDeleteAsync(token);
    }

    public void Refresh(string key) => GetAsync(key).GetAwaiter().GetResult();

    public Task RefreshAsync(string key, CancellationToken token = default) => GetAsync(key, token);

    public void Remove(string key) => RemoveAsync(key).GetAwaiter().GetResult();

    public async Task RemoveAsync(string key, CancellationToken token = default)
    {
        await using var db = await contexts.CreateDbContextAsync(token);
        await db.TokenCache.Where(x => x.Id == key).ExecuteDeleteAsync(token);
    }

    static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset? b) => b is { } x && x < a ? x : a;
}
