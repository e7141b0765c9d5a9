using System.Globalization;
using Humanizer;

namespace WordHelper.Core.Clauses;

/// <summary>"15000000" → "15.000.000 đồng (Bằng chữ: Mười lăm triệu đồng)", as budgets are written in plans.</summary>
public static class MoneyInWords
{
    static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi");

    /// <summary>Null when the value is not a whole amount of đồng.</summary>
    public static string? Format(string value)
    {
        // Digits with thousands separators, optionally followed by "đồng": "15.000.000", "15000000 đồng".
        var bare = value.Replace("đồng", "", StringComparison.OrdinalIgnoreCase).Trim();
        if (bare.Length == 0 || bare.Any(c => !char.IsAsciiDigit(c) && c is not ('.' or ',' or ' '))) return null;
        var digits = new string(bare.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length > 15) return null;
        var amount = long.Parse(digits, CultureInfo.InvariantCulture);
        var words = amount.ToWords(Vietnamese);
        return $"{amount.ToString("#,0", Vietnamese)} đồng (Bằng chữ: {char.ToUpper(words[0], Vietnamese)}{words[1..]} đồng)";
    }
}
