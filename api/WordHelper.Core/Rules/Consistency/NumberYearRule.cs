using System.Text.RegularExpressions;

namespace WordHelper.Core.Rules.Consistency;

/// <summary>
/// "Số: 12/2025/QĐ-UBND" dated in 2026: a number that carries a year carries the year the document is signed
/// (Luật Ban hành văn bản quy phạm pháp luật 2025, Điều 7 khoản 3), so the two must agree.
/// </summary>
public sealed partial class NumberYearRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-CON-007"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var h = context.Header;
        if (h.Number is null || h.NumberLine is null || h.Date is not { IsValid: true } date) return;
        if (NumberYear().Match(h.Number) is not { Success: true } m) return;
        var year = int.Parse(m.Groups["y"].Value);
        if (year == date.Year) return;
        var corrected = h.Number[..m.Groups["y"].Index] + date.Year + h.Number[(m.Groups["y"].Index + 4)..];
        sink.Report("VB-CON-007", h.NumberLine, h.Number, suggestion: corrected,
            args: [("number", h.Number), ("numberYear", year.ToString()), ("dateYear", date.Year.ToString())]);
    }

    /// <summary>number (blank in a draft) / year / symbol.</summary>
    [GeneratedRegex(@"^\s*\d*\s*/\s*(?<y>(19|20)\d{2})\s*/\s*\S")]
    private static partial Regex NumberYear();
}
