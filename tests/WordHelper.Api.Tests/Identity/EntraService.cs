using System.Net.Http.Headers;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace WordHelper.Api.Tests.Identity;

/// <summary>The service configured for Microsoft Entra ID, against <see cref="FakeEntra"/>, on a SQLite database of its own.</summary>
public sealed class EntraService : IAsyncDisposable
{
    readonly string _folder = Path.Combine(Path.GetTempPath(), "wordhelper-entra-" + Guid.NewGuid().ToString("N"));
    public WebApplicationFactory<Program> Factory { get; }

    /// <param name="tenant">AzureAd:TenantId: one tenant's id, or "organizations" with <paramref name="allowedTenants"/>.</param>
    public EntraService(FakeEntra entra, string tenant = FakeEntra.TenantA, string[]? allowedTenants = null, string[]? editorGroups = null)
    {
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Testing");
            b.UseSetting("Database:Path", Path.Combine(_folder, "w.db"));
            b.UseSetting("AzureAd:Instance", entra.Instance);
            b.UseSetting("AzureAd:TenantId", tenant);
            b.UseSetting("AzureAd:ClientId", FakeEntra.ClientId);
            foreach (var (t, i) in (allowedTenants ?? []).Select((t, i) => (t, i))) b.UseSetting($"AzureAd:AllowedTenants:{i}", t);
            foreach (var (g, i) in (editorGroups ?? []).Select((g, i) => (g, i))) b.UseSetting($"Auth:EditorGroups:{i}", g);
            // The fake authority is plain HTTP on loopback.
            b.ConfigureServices(s => s.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o => o.RequireHttpsMetadata = false));
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
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
