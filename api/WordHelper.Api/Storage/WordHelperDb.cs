using Microsoft.EntityFrameworkCore;

namespace WordHelper.Api.Storage;

/// <summary>The service's storage: SQLite by default, PostgreSQL by setting; the same model and migrations for both.</summary>
public sealed class WordHelperDb(DbContextOptions<WordHelperDb> options) : DbContext(options)
{
    public DbSet<RegistryDocument> Documents => Set<RegistryDocument>();

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
    }
}
