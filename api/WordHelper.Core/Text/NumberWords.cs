namespace WordHelper.Core.Text;

/// <summary>
/// Reads a whole number written out in Vietnamese words, the reverse of Humanizer's ToWords: "năm mươi lăm triệu
/// đồng" is 55,000,000; "một tỷ không trăm linh năm triệu" is 1,005,000,000. Both spellings of a digit count ("lăm" and
/// "năm", "mốt" and "một", "tư" and "bốn", "linh" and "lẻ", "nghìn" and "ngàn"); "đồng", "chẵn" and "bằng chữ" are
/// ignored. Null when a word is none of these, so that text that is not a figure is never read as one.
/// </summary>
public static class NumberWords
{
    static readonly Dictionary<string, int> Digits = new(StringComparer.Ordinal)
    {
        ["không"] = 0, ["một"] = 1, ["mốt"] = 1, ["hai"] = 2, ["ba"] = 3, ["bốn"] = 4, ["tư"] = 4, ["năm"] = 5, ["lăm"] = 5,
        ["sáu"] = 6, ["bảy"] = 7, ["bẩy"] = 7, ["tám"] = 8, ["chín"] = 9,
    };

    static readonly Dictionary<string, long> Scales = new(StringComparer.Ordinal)
    {
        ["nghìn"] = 1_000, ["ngàn"] = 1_000, ["triệu"] = 1_000_000, ["tỷ"] = 1_000_000_000, ["tỉ"] = 1_000_000_000,
    };

    static readonly HashSet<string> Ignored = new(StringComparer.Ordinal) { "đồng", "chẵn", "bằng", "chữ", "linh", "lẻ", "lẽ", "và" };

    public static long? Parse(string text)
    {
        var words = VietnameseText.Normalize(text).ToLowerInvariant()
            .Split([' ', ',', ':', '.', ';', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        long total = 0, group = 0, largest = 0;
        int? pending = null;
        var any = false;
        foreach (var word in words)
        {
            if (Digits.TryGetValue(word, out var d)) { pending = d; any = true; }
            else if (word == "mười") { group += 10; any = true; }
            else if (word is "mươi" or "chục") { group += (pending ?? 1) * 10; pending = null; }
            else if (word == "trăm") { group += (pending ?? 1) * 100; pending = null; }
            else if (Scales.TryGetValue(word, out var scale))
            {
                var section = group + (pending ?? 0);
                if (section == 0 && !any) return null;
                // "hai nghìn tỷ": a larger scale multiplies all that came before it.
                if (scale > largest) { total = (total + section) * scale; largest = scale; }
                else total += section * scale;
                (group, pending) = (0, null);
            }
            else if (!Ignored.Contains(word)) return null;
        }
        return any ? total + group + (pending ?? 0) : null;
    }
}
