using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace WordHelper.Api.Storage;

/// <summary>What a database failure means for the user, whichever database serves.</summary>
public static class DatabaseErrors
{
    const int SqliteConstraint = 19, SqliteReadOnly = 8, SqliteCantOpen = 14, SqliteFull = 13, SqliteBusy = 5, SqliteLocked = 6;

    /// <summary>A unique index refused the row: another save of the same version landed first.</summary>
    public static bool IsUniqueViolation(DbUpdateException e) => e.InnerException switch
    {
        SqliteException s => s.SqliteErrorCode == SqliteConstraint && s.SqliteExtendedErrorCode is 2067 or 1555,
        PostgresException p => p.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    /// <summary>True when <paramref name="e"/> comes from the database itself rather than from the service's code.</summary>
    public static bool IsDatabaseFailure(Exception e) =>
        e is DbException or DbUpdateException or TimeoutException || (e.InnerException is { } inner && IsDatabaseFailure(inner));

    /// <summary>A Vietnamese sentence for the user (and the operator) about what the database cannot do now.</summary>
    public static string Describe(Exception e) => Root(e) switch
    {
        SqliteException { SqliteErrorCode: SqliteReadOnly } => "Cơ sở dữ liệu đang ở chế độ chỉ đọc (tệp hoặc thư mục dữ liệu không ghi được): thay đổi chưa được lưu.",
        SqliteException { SqliteErrorCode: SqliteCantOpen } => "Không mở được tệp cơ sở dữ liệu (tệp đã bị xoá hoặc thư mục dữ liệu không truy cập được).",
        SqliteException { SqliteErrorCode: SqliteFull } => "Ổ đĩa chứa cơ sở dữ liệu đã đầy: thay đổi chưa được lưu.",
        SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked } => "Cơ sở dữ liệu đang bận: vui lòng thử lại sau giây lát.",
        PostgresException { SqlState: PostgresErrorCodes.ReadOnlySqlTransaction } => "Cơ sở dữ liệu PostgreSQL đang ở chế độ chỉ đọc: thay đổi chưa được lưu.",
        NpgsqlException or TimeoutException => "Không kết nối được tới cơ sở dữ liệu PostgreSQL.",
        _ => "Cơ sở dữ liệu tạm thời không đáp ứng được yêu cầu.",
    };

    static Exception Root(Exception e)
    {
        for (var current = e; ; current = current.InnerException)
            if (current is DbException or TimeoutException || current.InnerException is null) return current;
    }
}
