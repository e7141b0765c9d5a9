using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using WordHelper.Core.Registry;
using WordHelper.Core.RulePack;

namespace WordHelper.Api.Storage;

/// <summary>Chooses the database from settings, creates and migrates it on start, and seeds the registry from the rule pack.</summary>
public static class StorageSetup
{
    public static void AddStorage(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var provider = config["Database:Provider"] ?? "Sqlite";
        builder.Services.AddDbContextPool<WordHelperDb>(options =>
        {
            switch (provider.ToLowerInvariant())
            {
                case "postgres":
                    options.UseNpgsql(config.GetConnectionString("WordHelper")
                        ?? throw new InvalidOperationException("Database:Provider=Postgres cần ConnectionStrings:WordHelper."));
                    break;
                case "sqlite":
                    options.UseSqlite(config.GetConnectionString("WordHelper") ?? "Data Source=" + DefaultSqlitePath(builder.Environment, config));
                    break;
                default:
                    throw new InvalidOperationException($"Database:Provider \"{provider}\" không được hỗ trợ (Sqlite hoặc Postgres).");
            }
            // Migrations are written by hand (no design-time model snapshot): the schema test keeps them in step with the model.
            options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        });
        builder.Services.AddSingleton<RegistryCache>();
        builder.Services.AddScoped<ILegalDocumentRegistry, DbLegalDocumentRegistry>();
        builder.Services.AddScoped<Citations.CitationSearch>();
        builder.Services.AddScoped<Citations.RegistryImport>();
        builder.Services.AddScoped<Clauses.ClauseLibrary>();
        builder.Services.AddScoped<Clauses.ClauseSearchIndex>();
    }

    /// <summary>The embedded default: a file under the app's data folder (Database:Path overrides it).</summary>
    static string DefaultSqlitePath(IWebHostEnvironment env, IConfiguration config)
    {
        var path = config["Database:Path"] ?? Path.Combine(env.ContentRootPath, "App_Data", "wordhelper.db");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        return path;
    }

    public static async Task MigrateAndSeedAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WordHelperDb>();
        await db.Database.MigrateAsync();
        if (!await db.Documents.AnyAsync())
        {
            db.Documents.AddRange(RulePackData.Default.RegistrySeed.Select(SeedRegistry.ToDocument).Select(RegistryMapping.ToRow));
            await db.SaveChangesAsync();
        }
        await scope.ServiceProvider.GetRequiredService<Clauses.ClauseLibrary>().SeedStandardSectionsAsync();
    }
}
