using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace WordHelper.Api.Tests;

/// <summary>
/// A database of a test's own: the embedded SQLite default in a folder of its own, or a database of its own on the
/// PostgreSQL test server; deleted afterwards. The service is started on it as often as the test asks.
/// </summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public static TestDatabase Sqlite() => new SqliteDatabase();
    public static TestDatabase Postgres() => new PostgresDatabase();

    protected abstract IEnumerable<(string Key, string Value)> Settings { get; }

    /// <summary>The service on this database, with the test's own settings and services on top.</summary>
    public WebApplicationFactory<Program> Service(Action<IWebHostBuilder>? configure = null) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Testing");
            foreach (var (key, value) in Settings) b.UseSetting(key, value);
            configure?.Invoke(b);
        });

    /// <summary>The settings as environment variables, for the service started as a process.</summary>
    public IReadOnlyDictionary<string, string> Environment => Settings.ToDictionary(s => s.Key.Replace(":", "__"), s => s.Value);

    public abstract ValueTask DisposeAsync();

    /// <summary>This database for a second service (another instance of the service): it is not deleted with that one.</summary>
    public TestDatabase Shared() => new SharedDatabase(this);

    sealed class SharedDatabase(TestDatabase owner) : TestDatabase
    {
        protected override IEnumerable<(string Key, string Value)> Settings => owner.Settings;
        public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    sealed class SqliteDatabase : TestDatabase
    {
        readonly string _folder = Path.Combine(Path.GetTempPath(), "wordhelper-db-" + Guid.NewGuid().ToString("N"));

        public string File => Path.Combine(_folder, "w.db");

        protected override IEnumerable<(string, string)> Settings => [("Database:Provider", "Sqlite"), ("Database:Path", File)];

        public override ValueTask DisposeAsync()
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
            return ValueTask.CompletedTask;
        }
    }

    /// <summary>A database created on first use on the server named by WORDHELPER_POSTGRES, dropped afterwards.</summary>
    public sealed class PostgresDatabase : TestDatabase
    {
        public string Name { get; } = "wordhelper_test_" + Guid.NewGuid().ToString("N")[..12];
        readonly NpgsqlConnectionStringBuilder _server = new(PostgresFactAttribute.ConnectionString
            ?? throw new InvalidOperationException("WORDHELPER_POSTGRES is not set: run bash tests/setup-postgres.sh"));
        bool _created;

        protected override IEnumerable<(string, string)> Settings
        {
            get
            {
                if (!_created)
                {
                    Admin($"CREATE DATABASE {Name}");
                    _created = true;
                }
                var own = new NpgsqlConnectionStringBuilder(_server.ConnectionString) { Database = Name };
                return [("Database:Provider", "Postgres"), ("ConnectionStrings:WordHelper", own.ConnectionString)];
            }
        }

        /// <summary>A statement run on the server's maintenance database, as its administrator.</summary>
        public void Admin(string sql)
        {
            using var admin = new NpgsqlConnection(_server.ConnectionString);
            admin.Open();
            using var command = new NpgsqlCommand(sql, admin);
            command.ExecuteNonQuery();
        }

        public override async ValueTask DisposeAsync()
        {
            NpgsqlConnection.ClearAllPools();
            if (_created) await Task.Run(() => Admin($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)"));
        }
    }
}
