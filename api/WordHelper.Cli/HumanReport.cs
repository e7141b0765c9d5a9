using Spectre.Console;
using WordHelper.Core.Reports;
using WordHelper.Core.Rules;

namespace WordHelper.Cli;

/// <summary>The report for people: per file, findings grouped by category, coloured on a terminal.</summary>
static class HumanReport
{
    public static void Write(IReadOnlyList<FileReport> reports, TextWriter output, bool colour)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = colour ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = colour ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = colour ? TerminalWidth() : 200;

        foreach (var report in reports)
        {
            console.MarkupLine($"[bold]{Markup.Escape(report.File)}[/]");
            if (report.Error is { } error)
            {
                console.MarkupLine($"  [red]Không đọc được:[/] {Markup.Escape(error)}");
                console.WriteLine();
                continue;
            }
            if (report.Document is { } d)
            {
                var parts = new[] { d.Kind, d.Number is { Length: > 0 } n ? "số " + n : null, d.Date is { } date ? "ngày " + date : null, d.Issuer }
                    .Where(x => !string.IsNullOrWhiteSpace(x));
                console.MarkupLine($"  [grey]{Markup.Escape(string.Join(" · ", parts))}[/]");
            }
            var findings = report.Findings ?? [];
            if (findings.Count == 0) console.MarkupLine("  [green]Không phát hiện vấn đề nào.[/]");
            foreach (var group in findings.GroupBy(f => RuleNames.ParseCategory(f.Category)).OrderBy(g => g.Key))
            {
                console.MarkupLine($"  [underline]{Markup.Escape(group.Key.Title())}[/] ({group.Count()})");
                foreach (var f in group)
                {
                    var severity = RuleNames.ParseSeverity(f.Severity);
                    var where = f.Paragraph is { } p ? $"đoạn {p + 1}" : "toàn văn bản";
                    console.MarkupLine($"    [{Colour(severity)}]{Markup.Escape(severity.Title())}[/] {f.Rule} ({where}): {Markup.Escape(f.Message)}");
                    if (f.Excerpt.Length > 0) console.MarkupLine($"      [grey]«{Markup.Escape(Shorten(f.Excerpt))}»[/]");
                    if (f.Suggestion is { Length: > 0 } s) console.MarkupLine($"      → {Markup.Escape(s)}");
                }
            }
            console.WriteLine();
        }

        var all = reports.SelectMany(r => r.Findings ?? []).ToList();
        var unreadable = reports.Count(r => r.Unreadable);
        var summary = $"{reports.Count} tệp: {all.Count(f => f.Severity == "error")} lỗi, {all.Count(f => f.Severity == "warning")} cảnh báo, {all.Count(f => f.Severity == "info")} thông tin";
        if (unreadable > 0) summary += $", {unreadable} tệp không đọc được";
        console.MarkupLine($"[bold]{Markup.Escape(summary)}.[/]");
    }

    /// <summary>Some terminals do not report a width; 100 columns then.</summary>
    static int TerminalWidth()
    {
        try { return Math.Max(80, Console.WindowWidth); }
        catch (IOException) { return 100; }
    }

    static string Colour(Severity s) => s switch { Severity.Error => "red", Severity.Warning => "yellow", _ => "blue" };

    static string Shorten(string s) => s.Length > 110 ? s[..110] + "…" : s;
}
