namespace WordHelper.Api.Tests;

/// <summary>
/// A test that needs the PostgreSQL server named by WORDHELPER_POSTGRES. Without one it is skipped on a developer
/// machine, but never in CI (CI=true): there it runs and fails.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public static string? ConnectionString => Environment.GetEnvironmentVariable("WORDHELPER_POSTGRES");

    public PostgresFactAttribute()
    {
        if (ConnectionString is null && Environment.GetEnvironmentVariable("CI") != "true")
            Skip = "Chưa có PostgreSQL (WORDHELPER_POSTGRES): chạy bash tests/setup-postgres.sh.";
    }
}
