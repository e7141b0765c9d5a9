namespace WordHelper.Core.Tests.RollForward;

/// <summary>
/// A test that needs LibreOffice (soffice on the PATH). Without it the test is skipped on a developer machine, but
/// never in CI (CI=true), where the test command installs it.
/// </summary>
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public static string? Program { get; } = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
        .Select(folder => Path.Combine(folder, "soffice")).FirstOrDefault(File.Exists);

    public LibreOfficeFactAttribute()
    {
        if (Program is null && Environment.GetEnvironmentVariable("CI") != "true")
            Skip = "LibreOffice (soffice) chưa được cài: bash tests/run-all.sh cài nó từ kho Debian.";
    }
}
