using System.Text.RegularExpressions;

namespace WordHelper.Core.Rules.CitationChecks;

/// <summary>
/// The number and symbol of a cited document: written without spaces, with its number and its symbol
/// (VB-CIT-001); a legal normative document carries its year, and that year is the year it was issued (VB-CIT-006).
/// </summary>
public sealed partial class CitationNumberRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-CIT-001", "VB-CIT-006"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        foreach (var c in CitationScope.Of(context))
        {
            if (c.Number is not { Length: > 0 } number) continue;
            var p = context.Paragraph(c.Paragraph);
            var at = c.Start + c.Text.IndexOf(number, StringComparison.Ordinal);

            // A number whose joins are wrong too is rewritten whole by VB-CIT-016/017.
            if (Spaces().IsMatch(number) && SymbolForm.Of(context, c).Fault == SymbolFault.None)
            {
                var repaired = Spaces().Replace(number, "");
                sink.Report("VB-CIT-001", p, number, suggestion: repaired, fix: new TextFix(p.Index, at, number.Length, repaired),
                    args: [("number", number), ("problem", "có khoảng trắng thừa trong số, ký hiệu")]);
            }
            else if (c.IsParty)
                continue;
            else if (c.SymbolParts.Count == 0)
                sink.Report("VB-CIT-001", p, CitationScope.Lead(c), args: [("number", number), ("problem", "thiếu ký hiệu sau dấu \"/\"")]);
            else if (c.Serial is null && !CitationScope.IsSelf(context, c))
                sink.Report("VB-CIT-001", p, CitationScope.Lead(c), severity: Severity.Warning, args: [("number", number), ("problem", "chưa có số văn bản")]);

            if (!c.IsNormative || c.Name is not null && c.NumberYear is null) continue;
            if (c.NumberYear is null && c.SymbolParts.Count > 0 && c.Serial is not null)
            {
                // With a date, the year is known: "116/NĐ-CP ngày 21/12/2021" → "116/2021/NĐ-CP".
                var withYear = c.Date is { IsValid: true } known ? $"{c.Serial:00}/{known.Year}/{string.Join("-", c.SymbolParts)}" : null;
                sink.Report("VB-CIT-006", p, number, suggestion: withYear,
                    args: [("what", CitationScope.Name(c)), ("problem", $"{c.TypeName ?? c.ImpliedType} là văn bản quy phạm pháp luật nên số, ký hiệu phải có năm ban hành (ví dụ {withYear ?? $"{c.Serial:00}/2020/{string.Join("-", c.SymbolParts)}"})")]);
            }
            else if (c.NumberYear is { } y && c.Date is { IsValid: true } d && d.Year != y)
                sink.Report("VB-CIT-006", p, CitationScope.Lead(c), args: [("what", CitationScope.Name(c)), ("problem", $"năm trong số, ký hiệu ({y}) khác năm ban hành ({d.Year})")]);
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
