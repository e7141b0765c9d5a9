using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using WordHelper.Api.Storage;

namespace WordHelper.Api.Tests;

/// <summary>
/// A database that fails under a save — midway through it, or because it has become read-only — leaves either the
/// whole save or nothing, and the service answers 503 in Vietnamese (never 500, never a false 412); on SQLite and
/// PostgreSQL alike.
/// </summary>
public sealed class StorageFailureTests
{
    [Fact]
    public Task Sqlite_a_save_that_fails_midway_leaves_nothing() => FailsMidway(TestDatabase.Sqlite(), f => f.FailStatementsContaining("INSERT INTO clause_search"));

    [PostgresFact]
    public Task Postgres_a_save_that_fails_at_commit_leaves_nothing() => FailsMidway(TestDatabase.Postgres(), f => f.FailCommits());

    [Fact]
    public Task Sqlite_a_read_only_database_is_503_and_health_says_so() => ReadOnly(TestDatabase.Sqlite());

    [PostgresFact]
    public Task Postgres_a_read_only_database_is_503_and_health_says_so() => ReadOnly(TestDatabase.Postgres());

    /// <summary>A write that holds the SQLite file's lock, as a long import does: /health says the database is busy, in time.</summary>
    [Fact]
    public async Task Sqlite_a_long_write_makes_health_degraded_not_slow()
    {
        await using var database = TestDatabase.Sqlite();
        await using var service = database.Service();
        var client = service.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);

        await using (var writer = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database.Environment["Database__Path"]}"))
        {
            await writer.OpenAsync();
            await using (var begin = writer.CreateCommand())
            {
                begin.CommandText = "BEGIN IMMEDIATE;";
                await begin.ExecuteNonQueryAsync();
            }
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var health = await client.GetAsync("/health");
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"/health took {watch.Elapsed}");
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            var report = JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("degraded", report.GetProperty("status").GetString());
            Assert.Contains("đang bận", report.GetProperty("checks").GetProperty("database").GetString());
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    static (WebApplicationFactory<Program> Service, HttpClient Client) Start(TestDatabase database, FailingDatabase failing)
    {
        var service = database.Service(b => b.ConfigureServices(s => s.AddSingleton<IInterceptor>(failing)));
        return (service, service.CreateClient());
    }

    static async Task<(int Clauses, int Versions, int SearchRows)> Counts(WebApplicationFactory<Program> service)
    {
        using var scope = service.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WordHelperDb>();
        var searchRows = db.Database.IsSqlite() ? await db.Database.SqlQueryRaw<int>("SELECT count(*) AS \"Value\" FROM clause_search").SingleAsync() : 0;
        return (await db.Clauses.CountAsync(), await db.ClauseVersions.CountAsync(), searchRows);
    }

    static async Task AssertUnavailable(HttpResponseMessage response, string detail)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Contains(detail, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
    }

    static async Task<List<string>> Titles(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<List<JsonElement>>("/api/clauses?q=" + Uri.EscapeDataString(query)))!.Select(c => c.GetProperty("title").GetString()!).ToList();

    static HttpRequestMessage Put(string id, int version, string title, string body) => new(HttpMethod.Put, $"/api/clauses/{id}")
    {
        Content = JsonContent.Create(new { title, docType = "KH", body }),
        Headers = { { "If-Match", $"\"{version}\"" } },
    };

    static async Task FailsMidway(TestDatabase database, Action<FailingDatabase> fail)
    {
        await using var owned = database;
        var failing = new FailingDatabase();
        var (service, client) = Start(database, failing);
        await using var running = service;
        var before = await Counts(service);

        fail(failing);
        await AssertUnavailable(await client.PostAsJsonAsync("/api/clauses", new { title = "Phòng chống thiên tai", docType = "KH", body = "Ứng phó bão lũ" }), "thử lại");
        Assert.Equal(before, await Counts(service));
        Assert.DoesNotContain("Phòng chống thiên tai", await Titles(client, "phong chong thien tai"));

        failing.Heal();
        var created = await client.PostAsJsonAsync("/api/clauses", new { title = "Phòng chống thiên tai", docType = "KH", body = "Ứng phó bão lũ" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var saved = await Counts(service);

        // An edit that fails keeps the version, the history and the search row it had; retried, it lands.
        fail(failing);
        await AssertUnavailable(await client.SendAsync(Put(id, 1, "Phòng chống lụt bão", "Ứng phó lụt bão")), "thử lại");
        Assert.Equal(saved, await Counts(service));
        Assert.Equal(1, (await client.GetFromJsonAsync<JsonElement>($"/api/clauses/{id}")).GetProperty("version").GetInt32());
        Assert.Contains("Phòng chống thiên tai", await Titles(client, "phong chong thien tai"));
        Assert.DoesNotContain("Phòng chống lụt bão", await Titles(client, "lut bao"));

        failing.Heal();
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Put(id, 1, "Phòng chống lụt bão", "Ứng phó lụt bão"))).StatusCode);
        Assert.Contains("Phòng chống lụt bão", await Titles(client, "lut bao"));
    }

    static async Task ReadOnly(TestDatabase database)
    {
        await using var owned = database;
        var failing = new FailingDatabase();
        var (service, client) = Start(database, failing);
        await using var running = service;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        var standard = await client.GetAsync("/api/clauses/kh-1");
        var version = int.Parse(standard.Headers.ETag!.Tag.Trim('"'));
        var before = await Counts(service);

        SetReadOnly(database, failing, on: true);
        await AssertUnavailable(await client.PostAsJsonAsync("/api/clauses", new { title = "Phòng chống thiên tai", docType = "KH", body = "Ứng phó bão lũ" }), "chỉ đọc");
        await AssertUnavailable(await client.SendAsync(Put("kh-1", version, "Mục đích", "Nội dung mới")), "chỉ đọc");
        await AssertUnavailable(await client.PostAsync("/api/citations/import", new StringContent(
            "type,number,date,issuer,summary,status\nQuyết định,5/QĐ-UBND,2024-01-05,UBND tỉnh,về việc,in-force\n", System.Text.Encoding.UTF8, "text/csv")), "chỉ đọc");
        var health = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Contains("chỉ đọc", JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        // Reading still works: drafters can search and check.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/clauses?q=tcth")).StatusCode);
        Assert.Equal(before, await Counts(service));

        SetReadOnly(database, failing, on: false);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Put("kh-1", version, "Mục đích", "Nội dung mới"))).StatusCode);
    }

    static void SetReadOnly(TestDatabase database, FailingDatabase failing, bool on)
    {
        if (database is TestDatabase.PostgresDatabase postgres)
        {
            postgres.Admin($"ALTER DATABASE {postgres.Name} SET default_transaction_read_only = {(on ? "on" : "off")}");
            NpgsqlConnection.ClearAllPools();
        }
        else if (on) failing.MakeReadOnly();
        else failing.Heal();
    }
}
