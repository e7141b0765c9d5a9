using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WordHelper.Api.Storage;
using WordHelper.Api.Tests.Identity;

namespace WordHelper.Api.Tests.Graph;

/// <summary>On PostgreSQL the users' Graph tokens are cached in the database, where every instance of the service finds them.</summary>
public sealed class SharedTokenCacheTests
{
    sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => Now;
    }

    [PostgresFact]
    public async Task Two_instances_on_one_database_exchange_the_users_token_once()
    {
        using var m365 = new FakeMicrosoft365();
        foreach (var path in new[] { "/v1.0/users", "/v1.0/groups", "/v1.0/contacts" })
            m365.Routes.Given(Request.Create().WithPath(path).UsingGet()).RespondWith(FakeMicrosoft365.Json(new { value = Array.Empty<object>() }));
        var database = TestDatabase.Postgres();
        await using var first = Microsoft365Service.Start(m365, database);
        var token = m365.Mint(new FakeEntra.Token());
        Assert.Equal(HttpStatusCode.OK, (await first.Client(token).GetAsync("/api/directory/lookup?name=Sở Y tế")).StatusCode);

        // A second instance: its own process memory, the same database.
        await using var second = Microsoft365Service.Start(m365, database.Shared());
        Assert.Equal(HttpStatusCode.OK, (await second.Client(token).GetAsync("/api/directory/lookup?name=Sở Tài chính")).StatusCode);
        Assert.Equal(1, m365.TokenExchanges);

        await using var db = await first.Factory.Services.GetRequiredService<IDbContextFactory<WordHelperDb>>().CreateDbContextAsync();
        Assert.True(await db.TokenCache.CountAsync() > 0);
    }

    [PostgresFact]
    public async Task Entries_expire_absolutely_or_when_left_unread()
    {
        await using var database = TestDatabase.Postgres();
        await using var service = database.Service();
        var clock = new Clock();
        var cache = new DbDistributedCache(service.Services.GetRequiredService<IDbContextFactory<WordHelperDb>>(), clock);

        await cache.SetAsync("absolute", [1, 2, 3], new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1) });
        await cache.SetAsync("sliding", [4], new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(1) });
        Assert.Equal([1, 2, 3], await cache.GetAsync("absolute"));

        clock.Now += TimeSpan.FromSeconds(50);
        Assert.Equal([4], await cache.GetAsync("sliding")); // read: a minute more
        clock.Now += TimeSpan.FromSeconds(50);
        Assert.Null(await cache.GetAsync("absolute"));
        Assert.Equal([4], await cache.GetAsync("sliding"));
        clock.Now += TimeSpan.FromMinutes(2);
        Assert.Null(await cache.GetAsync("sliding"));

        await cache.SetAsync("removed", [5], new DistributedCacheEntryOptions());
        await cache.RemoveAsync("removed");
        Assert.Null(await cache.GetAsync("removed"));
    }
}
