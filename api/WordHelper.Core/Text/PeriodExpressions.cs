using System.Text.RegularExpressions;

namespace WordHelper.Core.Text;

/// <summary>
/// A period a report covers, as written: "quý III/2025", "6 tháng đầu năm 2025", "tháng 3/2026", "năm 2025",
/// "giai đoạn 2021 - 2025". Months run 1–12; the year may be left out ("quý II") and is then taken from elsewhere.
/// </summary>
public sealed record PeriodMention(int Start, int Length, string Text, int FirstMonth, int LastMonth, int? Year, int? LastYear = null)
{
    /// <summary>The months covered, counted from year 0, once a year-less mention is given <paramref name="year"/>.</summary>
    public (int First, int Last)? Span(int? year)
    {
        if ((Year ?? year) is not { } y) return null;
        return (y * 12 + FirstMonth - 1, (LastYear ?? y) * 12 + LastMonth - 1);
    }

    /// <summary>True when the two periods share no month (one year-less mention takes the other's year).</summary>
    public bool IsDisjointFrom(PeriodMention other)
    {
        if (Span(other.Year) is not { } a || other.Span(Year) is not { } b) return false;
        return a.Last < b.First || b.Last < a.First;
    }

    /// <summary>True when the two mentions name the same months.</summary>
    public bool SameAs(PeriodMention other) => Span(other.Year) == other.Span(Year);
}

/// <summary>Finds the periods written in a text, most specific first: a "năm 2025" inside "quý I năm 2025" or a date is not one more.</summary>
public static partial class PeriodExpressions
{
    public static IReadOnlyList<PeriodMention> Find(string text)
    {
        if (!VietnameseText.HasDigit(text) && !text.Contains("quý", StringComparison.OrdinalIgnoreCase)) return [];
        var found = new List<PeriodMention>();
        foreach (Match m in Quarter().Matches(text))
        {
            var q = QuarterNumber(m.Groups["q"].Value);
            found.Add(new PeriodMention(m.Index, m.Length, m.Value, q * 3 - 2, q * 3, Year(m)));
        }
        foreach (Match m in Months().Matches(text))
        {
            var n = m.Groups["n"].Value is "9" or "09" or "chín" ? 9 : 6;
            var last = m.Groups["h"].Value.Equals("cuối", StringComparison.OrdinalIgnoreCase);
            found.Add(new PeriodMention(m.Index, m.Length, m.Value, last ? 13 - n : 1, last ? 12 : n, Year(m)));
        }
        foreach (Match m in Phase().Matches(text))
            found.Add(new PeriodMention(m.Index, m.Length, m.Value, 1, 12, int.Parse(m.Groups["y"].Value), int.Parse(m.Groups["y2"].Value)));
        foreach (Match m in Month().Matches(text))
        {
            var month = int.Parse(m.Groups["m"].Value);
            // "ngày 15 tháng 3 năm 2025" is a date; "từ tháng 3 đến tháng 9 năm 2025" a range, not a month.
            if (month is < 1 or > 12 || WordBefore(text, m.Index) is "đến" or "từ" or "tới" or "-" or "–" || DayBefore().IsMatch(text[..m.Index])) continue;
            found.Add(new PeriodMention(m.Index, m.Length, m.Value, month, month, Year(m)));
        }
        var dates = DateExpressions.Find(text).ToList();
        foreach (Match m in WholeYear().Matches(text))
        {
            bool Inside(int start, int length) => m.Index >= start && m.Index < start + length;
            if (found.Any(f => Inside(f.Start, f.Length)) || dates.Any(d => Inside(d.Start, d.Length))) continue;
            // "đến năm 2030", "từ năm 2021", "cuối năm 2025": a point in time, not the period covered.
            if (WordBefore(text, m.Index) is { } before && NotAPeriodBefore.Contains(before)) continue;
            // "Luật Đất đai năm 2013": the year names a law, not a period.
            if (LawBefore().IsMatch(text[Math.Max(0, m.Index - 60)..m.Index])) continue;
            found.Add(new PeriodMention(m.Index, m.Length, m.Value, 1, 12, int.Parse(m.Groups["y"].Value)));
        }
        return found.OrderBy(f => f.Start).ToList();
    }

    static readonly HashSet<string> NotAPeriodBefore = new(StringComparer.OrdinalIgnoreCase)
        { "đến", "tới", "từ", "trước", "sau", "cuối", "đầu", "giữa", "nhìn", "của", "hết" };

    static int? Year(Match m) => m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value) : null;

    static int QuarterNumber(string written) => written.ToUpperInvariant() switch
    {
        "I" or "1" => 1, "II" or "2" => 2, "III" or "3" => 3, _ => 4,
    };

    static string? WordBefore(string text, int at)
    {
        var before = text[..at].TrimEnd();
        var i = before.Length;
        while (i > 0 && !char.IsWhiteSpace(before[i - 1])) i--;
        return i == before.Length ? null : before[i..].ToLowerInvariant();
    }

    const string YearTail = @"(\s*/\s*|\s*,?\s+năm\s+)(?<y>(19|20)\d{2})(?![\d/])";

    [GeneratedRegex(@"(?<![\p{L}])quý\s+(?<q>IV|III|II|I|[1-4])(?![\p{L}\d])(" + YearTail + ")?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Quarter();

    [GeneratedRegex(@"(?<![\p{L}\d])(?<n>0?6|sáu|0?9|chín)\s+tháng(\s+(?<h>đầu|cuối))?\s+năm(\s+(?<y>(19|20)\d{2}))?(?![\d/])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Months();

    [GeneratedRegex(@"giai\s+đoạn\s+(?<y>(19|20)\d{2})\s*[-–—]\s*(?<y2>(19|20)\d{2})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Phase();

    [GeneratedRegex(@"(?<![\p{L}])tháng\s+(?<m>\d{1,2})" + YearTail, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Month();

    [GeneratedRegex(@"(?<![\p{L}])năm\s+(?<y>(19|20)\d{2})(?![\d/\-–])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WholeYear();

    [GeneratedRegex(@"ngày\s*\d{0,2}\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DayBefore();

    [GeneratedRegex(@"(Luật|Bộ luật|Pháp lệnh|Hiến pháp)\s[^,;.()]*$", RegexOptions.CultureInvariant)]
    private static partial Regex LawBefore();
}
