using System.Text.RegularExpressions;
using WordHelper.Core.Documents;

namespace WordHelper.Core.Text;

/// <summary>A date written in a text: where it stands and what it says.</summary>
public sealed record DateMention(int Start, int Length, DraftDate Date, string Text);

/// <summary>Dates as Vietnamese drafts write them: "15/3/2023", "15-3-2023", "15.3.2023", "ngày 15 tháng 3 năm 2023".</summary>
public static partial class DateExpressions
{
    public static IEnumerable<DateMention> Find(string text)
    {
        if (!VietnameseText.HasDigit(text)) yield break;
        foreach (Match m in DatePattern().Matches(text))
        {
            var g = m.Groups;
            var (d, mo, y) = g["d1"].Success ? (g["d1"].Value, g["m1"].Value, g["y1"].Value) : (g["d2"].Value, g["m2"].Value, g["y2"].Value);
            var year = int.Parse(y);
            if (y.Length == 2) continue;
            yield return new DateMention(m.Index, m.Length, new DraftDate(year, int.Parse(mo), int.Parse(d)), m.Value);
        }
    }

    [GeneratedRegex(@"(?<![\d/.\-])(?<d1>\d{1,2})\s?([/.\-])\s?(?<m1>\d{1,2})\s?\1\s?(?<y1>\d{4})(?![\d/])|ngày\s+(?<d2>\d{1,2})\s+tháng\s+(?<m2>\d{1,2})\s+năm\s+(?<y2>\d{4})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DatePattern();
}
