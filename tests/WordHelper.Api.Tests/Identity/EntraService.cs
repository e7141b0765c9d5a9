using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace WordHelper.Api.Tests.Identity;

/// <summary>The service configured for Microsoft Entra ID, against <see cref="FakeEntra"/>, on a database of its own (SQLite unless given).</summary>
public sealed class EntraService : IAsyncDisposable
{
    readonly TestDatabase _database;
    public WebApplicationFactory<Program> Factory { get; }

    /// <param name="tenant">AzureAd:TenantId: one tenant's id, or "organizations" with <paramref name="allowedTenants"/>.</param>
    public EntraService(FakeEntra entra, string tenant = FakeEntra.TenantA, string[]? allowedTenants = null, string[]? editorGroups = null,
        TestDatabase? database = null, Action<Microsoft.AspNetCore.Hosting.IWebHostBuilder>? configure = null)
    {
        _database = database ?? TestDatabase.Sqlite();
        Factory = _database.Service(b =>
        {
            b.UseSetting("AzureAd:Instance", entra.Instance);
            b.UseSetting("AzureAd:TenantId", tenant);
            b.UseSetting("AzureAd:ClientId", FakeEntra.ClientId);
            foreach (var (t, i) in (allowedTenants ?? []).Select((t, i) => (t, i))) b.UseSetting($"AzureAd:AllowedTenants:{i}", t);
            foreach (var (g, i) in (editorGroups ?? []).Select((g, i) => (g, i))) b.UseSetting($"Auth:EditorGroups:{i}", g);
            // The fake authority is plain HTTP on loopback.
            b.UseSetting("AzureAd:RequireHttpsMetadata", "false");
            configure?.Invoke(b);
        });
    }

    public HttpClient Client(string? token = null)
    {
        var client = Factory.CreateClient();
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await _database.DisposeAsync();
    }
}
