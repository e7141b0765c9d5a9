using Microsoft.EntityFrameworkCore;

namespace WordHelper.Api.Storage;

/// <summary>The service's storage: SQLite by default, PostgreSQL by setting; the same model and migrations for both.</summary>
public sealed class WordHelperDb(DbContextOptions<WordHelperDb> options) : DbContext(options)
{
    public DbSet<RegistryDocument> Documents => Set<RegistryDocument>();
    public DbSet<Clause> Clauses => Set<Clause>();
    public DbSet<ClauseVersion> ClauseVersions => Set<ClauseVersion>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        var d = model.Entity<RegistryDocument>();
        d.ToTable("documents");
        d.HasKey(x => x.Id);
        d.Property(x => x.Id).HasMaxLength(100);
        d.Property(x => x.Type).HasMaxLength(100);
        d.Property(x => x.Number).HasMaxLength(100);
        d.Property(x => x.NumberKey).HasMaxLength(100);
        d.HasIndex(x => x.NumberKey).IsUnique();
        d.Property(x => x.Issuer).HasMaxLength(300);
        d.Property(x => x.Summary).HasMaxLength(2000);
        d.Property(x => x.Status).HasMaxLength(20);
        d.Property(x => x.ReplacedBy).HasMaxLength(100);
        d.Property(x => x.Source).HasMaxLength(500);
        d.Property(x => x.SearchText).HasMaxLength(3000);

        var c = model.Entity<Clause>();
        c.ToTable("clauses");
        c.HasKey(x => x.Id);
        c.Property(x => x.Id).HasMaxLength(100);
        c.Property(x => x.Title).HasMaxLength(300);
        c.Property(x => x.DocType).HasMaxLength(10);
        c.Property(x => x.Section).HasMaxLength(300);
        c.Property(x => x.Tags).HasMaxLength(1000);
        c.Property(x => x.Scope).HasMaxLength(100);
        c.HasIndex(x => new { x.DocType, x.IsStandard, x.Order });

        var v = model.Entity<ClauseVersion>();
        v.ToTable("clause_versions");
        v.HasKey(x => x.Id);
        v.Property(x => x.Id).HasMaxLength(100);
        v.Property(x => x.ClauseId).HasMaxLength(100);
        v.Property(x => x.Title).HasMaxLength(300);
        v.Property(x => x.Tags).HasMaxLength(1000);
        v.HasIndex(x => new { x.ClauseId, x.Version }).IsUnique();
    }
}
