using System.Text.RegularExpressions;

namespace WordHelper.Core.Rules.Format;

/// <summary>Tiêu ngữ "Độc lập - Tự do - Hạnh phúc": a spaced hyphen between the phrases (NĐ 30/2020, Phụ lục I, mục II.1).</summary>
public sealed partial class MottoRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-FMT-008"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        if (context.Header.Motto is not { } p) return;
        var line = p.Text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("Độc", StringComparison.Ordinal) || l.StartsWith("ĐỘC", StringComparison.Ordinal));
        if (line is null || Spaced().IsMatch(line)) return;
        sink.Report("VB-FMT-008", p, line, suggestion: "Độc lập - Tự do - Hạnh phúc", args: ("text", line));
    }

    [GeneratedRegex(@"^Độc lập \s*[-–] \s*Tự do \s*[-–] \s*Hạnh phúc\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Spaced();
}
