using System.Text.RegularExpressions;

namespace WordHelper.Core.Rules.Format;

/// <summary>
/// A date or a span of years whose figures run together: "trước 04/52021" (04/5/2021), "giai đoạn 20252035"
/// (2025 - 2035). The year is told by its first two figures (19 or 20) and the span by two years, the second later.
/// Symbols ("12/2021/QĐ-UBND"), times and amounts do not take these shapes.
/// </summary>
public sealed partial class RunTogetherDateRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-FMT-027"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var found = new ByWriting<string>();
        foreach (var p in context.TextParagraphs)
        {
            if (p.IsBlank) continue;
            foreach (Match m in Date().Matches(p.Text))
                if (int.Parse(m.Groups["m"].Value) is >= 1 and <= 12 && !context.IsQuoted(p, m.Index))
                    found.Add(m.Value, p, $"{m.Groups["d"].Value}/{m.Groups["m"].Value}/{m.Groups["y"].Value}");
            foreach (Match m in Span().Matches(p.Text))
                if (string.CompareOrdinal(m.Groups["a"].Value, m.Groups["b"].Value) < 0 && !context.IsQuoted(p, m.Index))
                    found.Add(m.Groups["span"].Value, p, $"{m.Groups["a"].Value} - {m.Groups["b"].Value}");
        }
        foreach (var (written, paragraph, right, where) in found.Each(context))
            sink.Report("VB-FMT-027", paragraph, written, right, args: [("written", written), ("right", right), ("where", where)]);
    }

    /// <summary>"04/52021": a day, a slash, then month and year with no slash between.</summary>
    [GeneratedRegex(@"(?<![\d/.\-])(?<d>\d{1,2})/(?<m>\d{1,2}?)(?<y>(?:19|20)\d{2})(?![\d/\-\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex Date();

    /// <summary>"giai đoạn 20252035", "nhiệm kỳ 20262031": two years typed as one figure after a word for a span.</summary>
    [GeneratedRegex(@"(?i:giai\s+đoạn|nhiệm\s+kỳ|thời\s+kỳ)\s+(?<span>(?<a>(?:19|20)\d{2})(?<b>(?:19|20)\d{2}))(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Span();
}
