using Microsoft.EntityFrameworkCore;

namespace WordHelper.Api.Storage;

/// <summary>
/// The service's storage: SQLite by default, PostgreSQL by setting; the same model and migrations for both. Every
/// query sees only the rows of <see cref="Tenant"/> (and the shared registry): the filters are part of the model, so
/// no query can forget them.
/// </summary>
public sealed class WordHelperDb(DbContextOptions<WordHelperDb> options) : DbContext(options)
{
    /// <summary>Whose rows this context reads; set for each request by <see cref="StorageSetup"/>.</summary>
    public string Tenant { get; set; } = Tenants.Local;

    public DbSet<RegistryDocument> Documents => Set<RegistryDocument>();
    public DbSet<Clause> Clauses => Set<Clause>();
    public DbSet<ClauseVersion> ClauseVersions => Set<ClauseVersion>();
    public DbSet<DirectoryRow> Directory => Set<DirectoryRow>();
    public DbSet<ArchiveSettingsRow> ArchiveSettings => Set<ArchiveSettingsRow>();
    /// <summary>Tokens of every tenant: their keys name the user and tenant, and only MSAL reads them.</summary>
    public DbSet<TokenCacheRow> TokenCache => Set<TokenCacheRow>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        var d = model.Entity<RegistryDocument>();
        d.ToTable("documents");
        d.HasKey(x => new { x.Tenant, x.Id });
        d.Property(x => x.Tenant).HasMaxLength(Tenants.MaxLength);
        d.Property(x => x.Id).HasMaxLength(FieldLimits.Id);
        d.Property(x => x.Type).HasMaxLength(FieldLimits.DocumentType);
        d.Property(x => x.Number).HasMaxLength(FieldLimits.DocumentNumber);
        d.Property(x => x.NumberKey).HasMaxLength(FieldLimits.DocumentNumber);
        d.HasIndex(x => new { x.Tenant, x.NumberKey, x.Year }).IsUnique();
        d.HasIndex(x => x.NumberKey);
        d.HasQueryFilter(x => x.Tenant == Tenants.Shared || x.Tenant == Tenant);
        d.Property(x => x.Issuer).HasMaxLength(FieldLimits.Issuer);
        d.Property(x => x.Summary).HasMaxLength(FieldLimits.Summary);
        d.Property(x => x.Status).HasMaxLength(FieldLimits.Status);
        d.Property(x => x.ReplacedBy).HasMaxLength(FieldLimits.DocumentNumber);
        d.Property(x => x.Source).HasMaxLength(FieldLimits.Source);
        d.Property(x => x.SearchText).HasMaxLength(FieldLimits.DocumentSearchText);
        d.Property(x => x.StatusNote).HasMaxLength(FieldLimits.StatusNote);

        var c = model.Entity<Clause>();
        c.ToTable("clauses");
        c.HasKey(x => new { x.Tenant, x.Id });
        c.Property(x => x.Tenant).HasMaxLength(Tenants.MaxLength);
        c.Property(x => x.Id).HasMaxLength(FieldLimits.Id);
        c.Property(x => x.Title).HasMaxLength(FieldLimits.ClauseTitle);
        c.Property(x => x.DocType).HasMaxLength(FieldLimits.ClauseDocType);
        c.Property(x => x.Section).HasMaxLength(FieldLimits.ClauseSection);
        c.Property(x => x.Tags).HasMaxLength(FieldLimits.ClauseTags);
        c.Property(x => x.Scope).HasMaxLength(FieldLimits.ClauseScope);
        c.HasIndex(x => new { x.Tenant, x.DocType, x.IsStandard, x.Order });
        c.HasQueryFilter(x => x.Tenant == Tenant);

        var v = model.Entity<ClauseVersion>();
        v.ToTable("clause_versions");
        v.HasKey(x => x.Id);
        v.Property(x => x.Id).HasMaxLength(FieldLimits.Id);
        v.Property(x => x.Tenant).HasMaxLength(Tenants.MaxLength);
        v.Property(x => x.ClauseId).HasMaxLength(FieldLimits.Id);
        v.Property(x => x.Title).HasMaxLength(FieldLimits.ClauseTitle);
        v.Property(x => x.Tags).HasMaxLength(FieldLimits.ClauseTags);
        v.HasIndex(x => new { x.Tenant, x.ClauseId, x.Version }).IsUnique();
        v.HasQueryFilter(x => x.Tenant == Tenant);

        var r = model.Entity<DirectoryRow>();
        r.ToTable("directory");
        r.HasKey(x => new { x.Tenant, x.Id });
        r.Property(x => x.Tenant).HasMaxLength(Tenants.MaxLength);
        r.Property(x => x.Id).HasMaxLength(FieldLimits.Id);
        r.Property(x => x.Name).HasMaxLength(FieldLimits.DirectoryName);
        r.Property(x => x.Mail).HasMaxLength(FieldLimits.Mail);
        r.Property(x => x.Kind).HasMaxLength(FieldLimits.DirectoryKind);
        r.Property(x => x.Aliases).HasMaxLength(FieldLimits.DirectoryAliases);
        r.HasQueryFilter(x => x.Tenant == Tenant);

        var a = model.Entity<ArchiveSettingsRow>();
        a.ToTable("archive_settings");
        a.HasKey(x => x.Tenant);
        a.Property(x => x.Tenant).HasMaxLength(Tenants.MaxLength);
        a.Property(x => x.Scope).HasMaxLength(FieldLimits.ArchiveScope);
        a.HasQueryFilter(x => x.Tenant == Tenant);

        var t = model.Entity<TokenCacheRow>();
        t.ToTable("token_cache");
        t.HasKey(x => x.Id);
        t.Property(x => x.Id).HasMaxLength(FieldLimits.CacheKey);
        t.HasIndex(x => x.ExpiresAt);
    }
}
