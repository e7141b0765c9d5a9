using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace WordHelper.Api.Storage;

/// <summary>
/// Whether the database can do what the service needs of it: be there, answer, and accept a write. The write is an
/// update of no row, rolled back: it takes the write lock (SQLite) or a writable transaction (PostgreSQL), which a
/// read-only file, a read-only server or a full disk refuse, and changes nothing.
/// </summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<WordHelperDb> contexts) : IHealthCheck
{
    /// <summary>Long enough for a busy database, short enough that /health always answers within two seconds.</summary>
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(1.5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        // SQLite answers on the calling thread and waits for locks without heeding cancellation: the probe runs apart,
        // and the answer does not wait for it.
        // The probe owns its context: it may outlive this answer.
        var probe = Task.Run(() => ProbeAsync(cancellationToken), cancellationToken);
        if (await Task.WhenAny(probe, Task.Delay(Patience, cancellationToken)) == probe) return await probe;
        var seconds = Patience.TotalSeconds.ToString(Core.Text.VietnameseText.Vi);
        // An SQLite file that is there but slow is held by a long write (an import); a server that does not answer is down.
        return IsSqlite
            ? HealthCheckResult.Degraded($"Cơ sở dữ liệu đang bận ghi (quá {seconds} giây): các yêu cầu sửa, nhập có thể phải chờ.")
            : HealthCheckResult.Unhealthy($"Cơ sở dữ liệu không trả lời trong {seconds} giây.");
    }

    bool IsSqlite
    {
        get
        {
            using var db = contexts.CreateDbContext();
            return db.Database.IsSqlite();
        }
    }

    async Task<HealthCheckResult> ProbeAsync(CancellationToken cancel)
    {
        await using var db = contexts.CreateDbContext();
        try
        {
            if (db.Database.IsSqlite() && SqliteFile(db) is { } file && !File.Exists(file))
                return HealthCheckResult.Unhealthy($"Tệp cơ sở dữ liệu \"{file}\" không còn: dữ liệu đã bị xoá hoặc di chuyển.");
            await using var transaction = await db.Database.BeginTransactionAsync(cancel);
            await db.Database.ExecuteSqlRawAsync("UPDATE documents SET \"Id\" = \"Id\" WHERE 1 = 0", cancel);
            await transaction.RollbackAsync(cancel);
            return HealthCheckResult.Healthy("Cơ sở dữ liệu đọc và ghi được.");
        }
        catch (Exception e) when (DatabaseErrors.IsDatabaseFailure(e))
        {
            return HealthCheckResult.Unhealthy(DatabaseErrors.Describe(e));
        }
    }

    /// <summary>The file of an SQLite database, or null for one in memory.</summary>
    static string? SqliteFile(WordHelperDb db)
    {
        var source = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        return source.Length == 0 || source == ":memory:" || source.StartsWith("file:", StringComparison.Ordinal) ? null : Path.GetFullPath(source);
    }
}
