using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace WordHelper.Api.Tests;

/// <summary>
/// Makes the service's database fail as disks and servers do, on demand: a statement that fails midway through a save,
/// a commit that fails, or an SQLite database that refuses every write (its own query_only mode, which answers
/// SQLITE_READONLY exactly as a read-only file does).
/// </summary>
public sealed class FailingDatabase : IDbCommandInterceptor, IDbTransactionInterceptor, IDbConnectionInterceptor
{
    string? _failingStatement;
    bool _failingCommit, _readOnly;

    /// <summary>The next statements whose text contains <paramref name="fragment"/> fail, as an I/O error would.</summary>
    public void FailStatementsContaining(string fragment) => _failingStatement = fragment;

    public void FailCommits() => _failingCommit = true;

    /// <summary>SQLite answers every write with SQLITE_READONLY from the next time a connection is taken.</summary>
    public void MakeReadOnly() => _readOnly = true;

    public void Heal() => (_failingStatement, _failingCommit, _readOnly) = (null, false, false);

    void Check(DbCommand command)
    {
        if (_failingStatement is { } fragment && command.CommandText.Contains(fragment, StringComparison.OrdinalIgnoreCase))
            throw command is SqliteCommand ? new SqliteException("disk I/O error", 10) : new NpgsqlException("The connection to the server was lost.");
    }

    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Check(command);
        return result;
    }

    public ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Check(command);
        return result;
    }

    public ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    public ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
        _failingCommit ? throw new NpgsqlException("The connection to the server was lost.") : ValueTask.FromResult(result);

    public InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result) =>
        _failingCommit ? throw new NpgsqlException("The connection to the server was lost.") : result;

    public void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => QueryOnly(connection);

    public Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        QueryOnly(connection);
        return Task.CompletedTask;
    }

    void QueryOnly(DbConnection connection)
    {
        if (connection is not SqliteConnection sqlite) return;
        using var pragma = sqlite.CreateCommand();
        pragma.CommandText = $"PRAGMA query_only = {(_readOnly ? "ON" : "OFF")};";
        pragma.ExecuteNonQuery();
    }
}
