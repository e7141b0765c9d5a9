using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace WordHelper.Api.Tests;

/// <summary>The API in memory, on a SQLite database of its own that is deleted afterwards.</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    readonly string _folder = Path.Combine(Path.GetTempPath(), "wordhelper-tests-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:Path", Path.Combine(_folder, "wordhelper.db"));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
