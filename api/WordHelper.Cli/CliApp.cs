using System.CommandLine;
using System.CommandLine.Invocation;
using WordHelper.Core.Rules;

namespace WordHelper.Cli;

/// <summary>
/// The command line: `check PATH... [--json] [--recursive] [--register R]`, `rules [--json]`, `rollforward FILE --to … -o OUT`, `register import CSV`. Output writers and the checker are
/// given, so tests run it in-process and can make a rule fail on purpose.
/// </summary>
public static class CliApp
{
    /// <summary>Exit codes. A usage error or a failure of the program counts as <see cref="Unreadable"/>: nothing trustworthy was checked.</summary>
    public const int Clean = 0, ErrorsFound = 1, Unreadable = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error, bool colour = false, Checker? checker = null)
    {
        try
        {
            var root = new RootCommand("WordHelper: kiểm tra văn bản hành chính (Nghị định 30/2020/NĐ-CP) trong tệp .docx")
            {
                CheckCommand.Create(output, error, colour, checker ?? new Checker()),
                RulesCommand.Create(output),
                RegisterCommand.Create(output, error),
                RollForwardCommand.Create(output, error, new Core.RollForward.RollForwarder(checker?.Pack, checker?.Registry)),
            };
            var parse = root.Parse(args);
            if (parse.Action is ParseErrorAction) return UsageError(parse, error);
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            // Never a stack trace: say what happened, in the user's language.
            error.WriteLine($"Lỗi không mong muốn: {e.Message}");
            return Unreadable;
        }
    }

    /// <summary>The library's own parse messages are English only; frame them so the user knows what to do.</summary>
    static int UsageError(ParseResult parse, TextWriter error)
    {
        error.WriteLine("Lệnh không hợp lệ:");
        foreach (var e in parse.Errors) error.WriteLine($"  {e.Message}");
        error.WriteLine("Cách dùng: wordhelper check ĐƯỜNG_DẪN... [--json] [--recursive] | wordhelper rules [--json] | wordhelper rollforward TỆP --to 2026 -o KẾT_QUẢ.docx | wordhelper register import SỔ.csv");
        error.WriteLine("Xem thêm: wordhelper --help");
        return Unreadable;
    }
}
