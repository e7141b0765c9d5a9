using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WordHelper.Api.Clauses;
using WordHelper.Api.Storage;
using WordHelper.Core.Clauses;

namespace WordHelper.Benchmarks;

/// <summary>A clause library of realistic size, built from the standard sections with varied wording.</summary>
static class Seeding
{
    public static readonly string[] Queries = ["to chuc thuc hien", "TCTH", "kinh phi", "muc dich yeu cau", "bao cao ket qua", "phuong huong nhiem vu", "cong tac xa hoi", "so y te"];

    static readonly string[] Units = ["Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Tài chính", "Sở Nội vụ", "Công an tỉnh", "Sở Xây dựng", "Sở Tư pháp", "Sở Công Thương"];
    static readonly string[] Topics = ["công tác xã hội", "cải cách hành chính", "chuyển đổi số", "phòng, chống ma túy", "an toàn giao thông", "bảo vệ môi trường"];

    public static async Task ClausesAsync(string databasePath, int count)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
        var services = new ServiceCollection()
            .AddDbContext<WordHelperDb>(o => o.UseSqlite("Data Source=" + databasePath)
                .ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.PendingModelChangesWarning)))
            .AddScoped<ClauseSearchIndex>().AddScoped<ClauseLibrary>().AddSingleton<SeededTenants>().AddSingleton(TimeProvider.System)
            .BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WordHelperDb>();
        await db.Database.MigrateAsync();
        var library = scope.ServiceProvider.GetRequiredService<ClauseLibrary>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var sections = StandardSections.Default;
        for (var i = 0; i < count; i++)
        {
            var s = sections[i % sections.Count];
            var unit = Units[i % Units.Length];
            var topic = Topics[i / Units.Length % Topics.Length];
            await library.CreateAsync(new ClauseInput($"{s.Title} — {topic} ({i})", s.DocType,
                s.Body.Replace("{{đơn vị chủ trì}}", unit, StringComparison.Ordinal) + $"\nNội dung về {topic}, đơn vị {unit}.", s.Title, s.Tags), default);
            if (i % 1000 == 999) db.ChangeTracker.Clear();
        }
        await transaction.CommitAsync();
    }
}
