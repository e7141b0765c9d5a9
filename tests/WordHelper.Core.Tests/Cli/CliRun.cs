using System.Diagnostics;
using System.Text;
using System.Text.Json;
using WordHelper.Cli;
using WordHelper.Core.Rules;

namespace WordHelper.Core.Tests.Cli;

/// <summary>What one run of the command line left behind.</summary>
sealed record CliOutcome(int Exit, string Out, string Err)
{
    /// <summary>Standard output parsed as JSON: fails the test when anything else was printed there.</summary>
    public JsonElement Json => JsonDocument.Parse(Out).RootElement;
}

/// <summary>Runs the command line in-process with captured writers, or as the real program.</summary>
static class CliRun
{
    public static CliOutcome InProcess(params string[] args) => InProcess(null, args);

    public static CliOutcome InProcess(Checker? checker, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.Run(args, output, error, colour: false, checker);
        return new(exit, output.ToString(), error.ToString());
    }

    /// <summary>`dotnet wordhelper.dll ARGS`: the program the test project's build copies next to the tests.</summary>
    public static CliOutcome AsProcess(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "wordhelper.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing: the test project references the Cli project.");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "wordhelper did not finish in two minutes");
        return new(process.ExitCode, output, error.Result);
    }

    public static IReadOnlyList<string> PropertyNames(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToList();
}
