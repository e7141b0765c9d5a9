using System.CommandLine;

namespace WordHelper.Cli;

/// <summary>The command line: `check PATH... [--json]`, `rules [--json]`. Output writers are given, so tests run it in-process.</summary>
public static class CliApp
{
    public const int Clean = 0, ErrorsFound = 1, Unreadable = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error, bool colour = false)
    {
        var root = new RootCommand("WordHelper: kiểm tra văn bản hành chính (Nghị định 30/2020/NĐ-CP) trong tệp .docx")
        {
            CheckCommand.Create(output, error, colour),
            RulesCommand.Create(output),
        };
        try
        {
            return root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            // Never a stack trace: say what happened, in the user's language.
            error.WriteLine($"Lỗi không mong muốn: {e.Message}");
            return Unreadable;
        }
    }
}
