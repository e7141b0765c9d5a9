using WordHelper.Core.Registry.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WordHelper.Api.Citations;
using WordHelper.Api.Storage;
using WordHelper.Core.Registry;
using WordHelper.Core.RulePack;

namespace WordHelper.Api.Tests;

/// <summary>The same storage behaviour on the embedded SQLite default and on PostgreSQL.</summary>
public sealed class StorageTests
{
    [Fact]
    public Task Sqlite_migrates_seeds_searches_and_imports() => Exercise(TestDatabase.Sqlite());

    [PostgresFact]
    public Task Postgres_migrates_seeds_searches_and_imports() => Exercise(TestDatabase.Postgres());

    static async Task Exercise(TestDatabase store)
    {
        await using (store)
        {
            await using var factory = store.Service();
            using var scope = factory.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<WordHelperDb>();

            // Migrated and seeded on start, every column of the model present.
            // The rule pack's entries and every central document shipped with the service, once a number.
            var shipped = RulePackData.Default.RegistrySeed.Select(e => WordHelper.Core.Registry.DocumentNumber.Key(e.Number))
                .Concat(WordHelper.Core.Registry.CentralRegistry.Default.Documents.Select(d => WordHelper.Core.Registry.DocumentNumber.Key(d.Number)))
                .Distinct().Count();
            Assert.Equal(shipped, await db.Documents.CountAsync());
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            var nd30 = await db.Documents.SingleAsync(d => d.NumberKey == "30/2020/NĐ-CP");
            Assert.Equal(new DateOnly(2020, 3, 5), nd30.Date);

            var search = scope.ServiceProvider.GetRequiredService<CitationSearch>();
            Assert.Contains(await search.FindAsync("cong tac van thu", 10, default), d => d.Number == "30/2020/NĐ-CP");
            Assert.Equal("1791/QĐ-TTg", (await search.FindAsync("1791", 10, default))[0].Number);

            var import = scope.ServiceProvider.GetRequiredService<RegistryImport>();
            var result = await import.SaveAsync([
                new ImportRow(2, "Dòng 2", new RegistryEntry("Quyết định", "1791/QĐ-TTg", "2016-09-15", "Thủ tướng Chính phủ", "về Ngày Công tác xã hội Việt Nam", "expired")),
                new ImportRow(3, "Dòng 3", new RegistryEntry("Công văn", "593/LĐTBXH-BTXH", "2023-02-24", "Bộ Lao động - Thương binh và Xã hội", "về việc tổ chức kỷ niệm", "in-force")),
            ], default);
            Assert.Equal((1, 1), (result.Added, result.Updated));

            var registry = scope.ServiceProvider.GetRequiredService<ILegalDocumentRegistry>();
            Assert.Equal(LegalStatus.Expired, registry.FindByNumber("1791/QĐ-TTg")!.Status);
            Assert.Equal("Bộ Lao động - Thương binh và Xã hội", registry.FindByNumber("593 / LĐTBXH-BTXH")!.Issuer);
            Assert.Null(registry.FindByNumber("9999/QĐ-TTg"));

            // Clauses: standard sections seeded, searched by initials, saved as versions, a stale save refused.
            var library = scope.ServiceProvider.GetRequiredService<WordHelper.Api.Clauses.ClauseLibrary>();
            Assert.Equal(WordHelper.Core.Clauses.StandardSections.Default.Count, await db.Clauses.CountAsync(c => c.IsStandard));
            Assert.Equal("Tổ chức thực hiện", (await library.SearchAsync("tcth", "KH", default))[0].Title);
            var clause = await library.CreateAsync(new("Điều khoản", "KH", "Bản một"), default);
            Assert.NotNull(await library.UpdateAsync(clause.Id, 1, new("Điều khoản", "KH", "Bản hai"), default));
            Assert.Null(await library.UpdateAsync(clause.Id, 1, new("Điều khoản", "KH", "Bản cũ"), default));
            Assert.Equal([2, 1], (await library.HistoryAsync(clause.Id, default)).Select(v => v.Version));
        }
    }
}
