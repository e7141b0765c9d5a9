using System.Globalization;
using System.Text.RegularExpressions;
using Humanizer;

namespace WordHelper.Core.RollForward;

/// <summary>
/// Ordinals of recurring events as drafts write them after "lần thứ": digits ("lần thứ 7"), Roman numerals ("lần thứ
/// VII") or words ("lần thứ bảy", "lần thứ tư"), counted on in the same style.
/// </summary>
public static class Ordinals
{
    static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi");
    const int Largest = 99;

    /// <summary>Each number's words after "thứ", as Humanizer writes Vietnamese ordinals ("nhất", "tư", "mười lăm").</summary>
    static readonly Dictionary<int, string> WordsOf = Enumerable.Range(1, Largest)
        .ToDictionary(n => n, n => Strip(n.ToOrdinalWords(Vietnamese)));

    static readonly Dictionary<string, int> NumberOf = WordsOf
        .Concat(Enumerable.Range(1, Largest).Select(n => KeyValuePair.Create(n, n.ToWords(Vietnamese))))
        .GroupBy(p => p.Value, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>"lần thứ" and what follows: digits, a Roman numeral, or number words (longest first).</summary>
    public static readonly Regex Pattern = new(
        @"lần\s+thứ\s+(?<n>\d{1,3}(?!\d)|[IVXLC]{1,8}(?![\p{L}\d])|(" + string.Join("|", NumberOf.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape)) + @")(?![\p{L}]))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The ordinal <paramref name="step"/> on, written as <paramref name="written"/> is; null when it is not an ordinal we can count.</summary>
    public static string? Next(string written, int step)
    {
        if (int.TryParse(written, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            return (number + step).ToString(CultureInfo.InvariantCulture);
        if (written.All(c => "IVXLC".Contains(c)) && FromRoman(written) is > 0 and var roman && roman + step <= 399)
            return (roman + step).ToRoman();
        if (NumberOf.TryGetValue(written, out var n) && WordsOf.TryGetValue(n + step, out var words))
            return char.IsUpper(written[0]) ? char.ToUpper(words[0], Vietnamese) + words[1..] : words;
        return null;
    }

    static string Strip(string ordinal) => ordinal.StartsWith("thứ ", StringComparison.OrdinalIgnoreCase) ? ordinal[4..] : ordinal;

    static int FromRoman(string text)
    {
        try { return text.FromRoman(); }
        catch (ArgumentException) { return 0; }
    }
}
