using System.Text;
using WordHelper.Core.Text;

namespace WordHelper.Core.Registry;

/// <summary>
/// A number/symbol as look-ups compare it. People write one number many ways: "07/2020/NĐ-CP", "7 / 2020 / NĐ–CP",
/// "7/2020/ND-CP" typed with the Icelandic "Ð" — the key is the same for all but the plain "D", which names other
/// bodies ("ND" is not "NĐ").
/// </summary>
public static class DocumentNumber
{
    /// <summary>NFC, no white space, upper case, "Ð"/"ð" read as "Đ", dashes as hyphens, the serial without leading zeros.</summary>
    public static string Key(string number)
    {
        var text = VietnameseText.Normalize(number);
        var key = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) continue;
            key.Append(c switch
            {
                'Ð' or 'ð' or 'đ' => 'Đ',
                '–' or '—' or '‐' or '‑' or '−' => '-',
                _ => char.ToUpperInvariant(c),
            });
        }
        var zeros = 0;
        while (zeros < key.Length - 1 && key[zeros] == '0' && char.IsAsciiDigit(key[zeros + 1])) zeros++;
        return key.Remove(0, zeros).ToString();
    }

    /// <summary>The year a normative number carries ("30/2020/NĐ-CP" → 2020), or null ("1791/QĐ-TTg").</summary>
    public static int? Year(string number)
    {
        var parts = Key(number).Split('/');
        return parts.Length >= 3 && parts[1].Length == 4 && int.TryParse(parts[1], out var y) && y is >= 1945 and <= 2100 ? y : null;
    }

    /// <summary>The serial before the first slash ("07/2020/NĐ-CP" → 7), or null.</summary>
    public static int? Serial(string number)
    {
        var key = Key(number);
        var slash = key.IndexOf('/');
        return slash > 0 && int.TryParse(key.AsSpan(0, slash), out var n) ? n : null;
    }

    /// <summary>The symbol after the serial and year, as keyed ("30/2020/NĐ-CP" → "NĐ-CP", "1791/QĐ-TTg" → "QĐ-TTG").</summary>
    public static string Symbol(string number)
    {
        var parts = Key(number).Split('/');
        var from = parts.Length >= 3 && Year(number) is not null ? 2 : 1;
        return parts.Length > from ? string.Join('/', parts[from..]) : "";
    }

    /// <summary>A stable id from a number: "1791/QĐ-TTg" → "1791-qd-ttg".</summary>
    public static string Slug(string number) =>
        string.Join('-', VietnameseText.Key(number).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
