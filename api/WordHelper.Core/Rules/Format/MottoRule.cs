using System.Text.RegularExpressions;
using WordHelper.Core.Documents;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Format;

/// <summary>
/// Tiêu ngữ "Độc lập - Tự do - Hạnh phúc": a hyphen (-) with a space on each side between the phrases
/// (NĐ 30/2020, Phụ lục I, mục II.1), each phrase with one capital; an en or em dash, a hyphen without spaces or a
/// capital within a phrase ("Độc Lập") is not the prescribed form.
/// </summary>
public sealed partial class MottoRule : IRule
{
    const string Motto = "Độc lập - Tự do - Hạnh phúc";

    public IReadOnlyList<string> RuleIds { get; } = ["VB-FMT-008"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        if (context.Header.Motto is not { } p) return;
        var line = p.Text.Split('\n').SelectMany(LaidOutColumns.Of).Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("Độc", StringComparison.Ordinal) || l.StartsWith("ĐỘC", StringComparison.Ordinal));
        if (line is null || Spaced().IsMatch(line)) return;
        // The words are those of the motto, only the dashes or spaces differ: safe to rewrite the line.
        var at = p.Text.IndexOf(line, StringComparison.Ordinal);
        var fix = at >= 0 && p.List is null && VietnameseText.Key(line) == VietnameseText.Key(Motto) && line.StartsWith("Độc lập", StringComparison.Ordinal)
            ? new TextFix(p.Index, at, line.Length, Motto) : null;
        sink.Report("VB-FMT-008", p, line, suggestion: Motto, fix: fix, args: ("text", line));
    }

    [GeneratedRegex(@"^Độc lập \s*- \s*Tự do \s*- \s*Hạnh phúc\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Spaced();
}
