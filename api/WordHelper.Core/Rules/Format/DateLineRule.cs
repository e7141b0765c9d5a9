using System.Text.RegularExpressions;
using WordHelper.Core.Documents;

namespace WordHelper.Core.Rules.Format;

/// <summary>
/// The place and date line (NĐ 30/2020, Phụ lục I, mục II.4): "&lt;Địa danh&gt;, ngày DD tháng M năm YYYY" — days below 10
/// and months 1 and 2 with a leading zero, months 3 to 12 without, a four-digit year, a real date, a comma after
/// the place, and the place written in full ("Thành phố Hồ Chí Minh", not "TP. HCM") with a capital on each syllable of
/// its name ("Hà Nội", not "Hà nội"), whatever the draft leaves blank.
/// </summary>
public sealed partial class DateLineRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-FMT-003", "VB-FMT-004"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var h = context.Header;
        if (h.DateLine is not { } line) return;
        var text = HeaderLine(line.DisplayText);
        var m = HeaderRecognizer.DateLine(text);
        if (m.Success && Capitalised(m.Groups["place"].Value.Trim(), context.Pack.Format.PlaceUnitWords ?? []) is { } capitalised)
            sink.Report("VB-FMT-004", line, m.Groups["place"].Value.Trim(), suggestion: capitalised,
                args: ("problem", $"tên địa danh viết hoa chữ cái đầu của mỗi tiếng: \"{capitalised}\""));
        // The comma after the place is typed whether the date is filled in or not.
        if (m.Success && !m.Groups["comma"].Success && m.Groups["place"].Value.Trim() is { Length: > 0 } named)
        {
            var line0 = m.Value.Trim();
            sink.Report("VB-FMT-004", line, line0, suggestion: named + ", " + line0[named.Length..].TrimStart(), args: ("problem", "sau địa danh phải có dấu phẩy"));
        }
        // A draft leaves day and month blank until it is signed: only written figures are judged.
        if (!m.Success || !m.Groups["d"].Value.All(char.IsDigit) || !m.Groups["m"].Value.All(char.IsDigit) || m.Groups["d"].Value.Length == 0 || m.Groups["m"].Value.Length == 0) return;
        var written = m.Value.Trim();
        var day = m.Groups["d"].Value;
        var month = m.Groups["m"].Value;
        var year = m.Groups["y"].Value;

        var problems = new List<string>();
        if (day.Length == 1) problems.Add($"ngày nhỏ hơn 10 phải viết 0{day}");
        if (int.TryParse(month, out var mo))
        {
            if (mo is 1 or 2 && month.Length == 1) problems.Add($"tháng {mo} phải viết 0{mo}");
            if (mo >= 3 && month.StartsWith('0')) problems.Add($"tháng {mo} không viết số 0 phía trước");
        }
        if (year.Length != 4) problems.Add("năm phải viết đủ bốn chữ số");
        if (h.Date is { } d && !d.IsValid) problems.Add("ngày tháng không có thật");
        if (problems.Count > 0)
            sink.Report("VB-FMT-003", line, written, suggestion: Suggest(m), args: [("text", written), ("problem", string.Join("; ", problems))]);

        var place = m.Groups["place"].Value.Trim();
        if (AbbreviatedPlace().IsMatch(place))
            sink.Report("VB-FMT-004", line, place, args: ("problem", "địa danh đặt theo tên người, bằng chữ số hoặc sự kiện lịch sử phải ghi đầy đủ, không viết tắt"));
    }

    /// <summary>
    /// The place with a capital on each syllable of its name ("Hà nội" → "Hà Nội"), the unit words that open it left as
    /// written ("Thành phố Hồ Chí Minh"); null when it is written so already.
    /// </summary>
    static string? Capitalised(string place, IReadOnlyList<string> unitWords)
    {
        var words = place.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // Past the unit words that open the name: "Thành phố", "Thị trấn".
        var from = 0;
        while (UnitWordsAt(words, from, unitWords) is var n and > 0) from += n;
        if (!words.Skip(from).Any(w => char.IsLower(w[0]))) return null;
        return string.Join(' ', words.Select((w, k) => k >= from && char.IsLower(w[0]) ? char.ToUpper(w[0], Text.VietnameseText.Vi) + w[1..] : w));
    }

    /// <summary>How many words from <paramref name="at"/> on are a unit word, with a word of the name still after them; 0 when none is.</summary>
    static int UnitWordsAt(string[] words, int at, IReadOnlyList<string> unitWords)
    {
        foreach (var unit in unitWords)
        {
            var parts = unit.Split(' ');
            if (at + parts.Length < words.Length && parts.Select((w, k) => string.Equals(w, words[at + k], StringComparison.OrdinalIgnoreCase)).All(same => same))
                return parts.Length;
        }
        return 0;
    }

    /// <summary>When "Số" and the date share a line, the date is the part after the tab.</summary>
    static string HeaderLine(string text) => text.Split('\n').Select(l => l.Split('\t')[^1]).FirstOrDefault(l => HeaderRecognizer.DateLine(l).Success) ?? text;

    static string Suggest(Match m)
    {
        var d = int.TryParse(m.Groups["d"].Value, out var dd) ? dd.ToString("00") : m.Groups["d"].Value;
        var mo = int.TryParse(m.Groups["m"].Value, out var mm) ? (mm <= 2 ? mm.ToString("00") : mm.ToString()) : m.Groups["m"].Value;
        return $"{m.Groups["place"].Value.Trim()}, ngày {d} tháng {mo} năm {m.Groups["y"].Value}";
    }

    [GeneratedRegex(@"\bTP\.|\bHCM\b|\bTp\.", RegexOptions.CultureInvariant)]
    private static partial Regex AbbreviatedPlace();
}
