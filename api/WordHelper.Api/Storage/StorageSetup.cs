using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using WordHelper.Api.Hosting;
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
        builder.Services.AddPooledDbContextFactory<WordHelperDb>((services, options) =>
        {
            switch (provider.ToLowerInvariant())
            {
                case "postgres":
                    options.UseNpgsql(config.GetConnectionString("WordHelper")
                        ?? throw new StartupException("Database:Provider=Postgres cần chuỗi kết nối ConnectionStrings:WordHelper."));
                    break;
                case "sqlite":
                    options.UseSqlite(config.GetConnectionString("WordHelper") ?? "Data Source=" + DefaultSqlitePath(builder.Environment, config));
                    break;
                default:
                    throw new StartupException($"Database:Provider \"{provider}\" không được hỗ trợ: dùng Sqlite hoặc Postgres.");
            }
            // Migrations are written by hand (no design-time model snapshot): the schema test keeps them in step with the model.
            options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
            // Interceptors the host registers (diagnostics; tests that make the database fail) join every context.
            options.AddInterceptors(services.GetServices<IInterceptor>());
        });
        // Each request reads and writes the rows of its user's tenant (the "tid" of the token; the local tenant in local mode).
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped(services =>
        {
            var db = services.GetRequiredService<IDbContextFactory<WordHelperDb>>().CreateDbContext();
            db.Tenant = services.GetRequiredService<IHttpContextAccessor>().HttpContext?.User.FindFirst(Identity.Claims.Tenant)?.Value ?? Tenants.Local;
            return db;
        });
        builder.Services.AddSingleton<Clauses.SeededTenants>();
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
        var path = Path.GetFullPath(config["Database:Path"] ?? Path.Combine(env.ContentRootPath, "App_Data", "wordhelper.db"));
        var folder = Path.GetDirectoryName(path)!;
        try { Directory.CreateDirectory(folder); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StartupException($"không tạo được thư mục dữ liệu \"{folder}\" (Database:Path): kiểm tra đường dẫn và quyền ghi.", e);
        }
        return path;
    }

    public static bool IsPostgres(IConfiguration config) => string.Equals(config["Database:Provider"], "postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary>Which database the settings name, for messages to the operator: "SQLite /srv/App_Data/wordhelper.db".</summary>
    public static string Describe(IConfiguration config)
    {
        var connection = config.GetConnectionString("WordHelper");
        if (IsPostgres(config))
        {
            var pg = new NpgsqlConnectionStringBuilder(connection);
            return $"PostgreSQL {pg.Host}:{pg.Port}/{pg.Database}";
        }
        return "SQLite " + (connection is null ? config["Database:Path"] ?? "App_Data/wordhelper.db" : new SqliteConnectionStringBuilder(connection).DataSource);
    }

    /// <summary>
    /// The shared registry: the rule pack's entries, then every central document the service ships with that the
    /// database lacks (by number and year) — all of them on first start, the new ones after an upgrade. A tenant's own
    /// entries are not touched.
    /// </summary>
    static async Task SeedRegistryAsync(WordHelperDb db)
    {
        var shared = await db.Documents.IgnoreQueryFilters().Where(d => d.Tenant == Tenants.Shared).Select(d => new { d.NumberKey, d.Year, d.Id }).ToListAsync();
        var numbers = shared.Select(d => (d.NumberKey, d.Year)).ToHashSet();
        var ids = shared.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var missing = RulePackData.Default.RegistrySeed.Select(SeedRegistry.ToDocument).Concat(CentralRegistry.Default.Documents)
            .Select(RegistryMapping.ToRow)
            .Where(row => numbers.Add((row.NumberKey, row.Year)))
            .ToList();
        // One number in several years, or two spellings that fold to one id ("TT-BTC", "TT/BTC"): the year, then a count, tells them apart.
        foreach (var row in missing)
        {
            var slug = row.Id;
            if (!ids.Add(row.Id) && !ids.Add(row.Id = $"{slug}-{row.Year}"))
                for (var n = 2; !ids.Add(row.Id); n++) row.Id = $"{slug}-{row.Year}-{n}";
        }
        if (missing.Count == 0) return;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Documents.AddRange(missing);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }

    /// <summary>
    /// Rows written before numbers were keyed as now (leading zeros, "Ð", dashes) or before years were kept get their
    /// key, year and effective date; a row that then repeats another of its tenant's is dropped. Runs once after an upgrade.
    /// </summary>
    static async Task RekeyRegistryAsync(WordHelperDb db)
    {
        if (!await db.Documents.IgnoreQueryFilters().AnyAsync(d => d.Year == 0 && d.Date != null)) return;
        var rows = await db.Documents.IgnoreQueryFilters().ToListAsync();
        var taken = new HashSet<(string, string, int)>();
        foreach (var row in rows.OrderBy(r => r.Tenant).ThenBy(r => r.Id, StringComparer.Ordinal))
        {
            var document = RegistryMapping.ToDocument(row);
            (row.NumberKey, row.Year) = (DocumentNumber.Key(row.Number), document.Year ?? 0);
            if (row.Tenant == Tenants.Shared && row.EffectiveFrom is null)
                row.EffectiveFrom = ((ILegalDocumentRegistry)CentralRegistry.Default).FindAll(row.Number).FirstOrDefault(d => d.Year == document.Year)?.EffectiveFrom;
            if (!taken.Add((row.Tenant, row.NumberKey, row.Year))) db.Documents.Remove(row);
        }
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }

    public static async Task MigrateAndSeedAsync(this IServiceProvider services)
    {
        var options = new DbContextOptionsBuilder<WordHelperDb>(services.GetRequiredService<DbContextOptions<WordHelperDb>>())
            .UseLoggerFactory(NullLoggerFactory.Instance).Options;
        await using var db = new WordHelperDb(options) { Tenant = Tenants.Local };
        await db.Database.MigrateAsync();
        await RekeyRegistryAsync(db);
        await SeedRegistryAsync(db);
        var clock = services.GetRequiredService<TimeProvider>();
        await new Clauses.ClauseLibrary(db, new Clauses.ClauseSearchIndex(db), clock, new Clauses.SeededTenants()).SeedStandardSectionsAsync();
    }
}
