using System.Globalization;
using System.Text.RegularExpressions;

namespace WordHelper.Core.RollForward;

/// <summary>
/// The header of the new document: its number is not given yet ("Số:      /KH-UBND", the ký hiệu kept), and its date
/// line is the target's ("Lâm Đồng, ngày      tháng 01 năm 2026"): the day left blank unless a date is given.
/// </summary>
public static partial class HeaderEdits
{
    /// <summary>The blank a văn thư officer fills in by hand.</summary>
    const string Blank = "      ";

    public static IEnumerable<TextEdit> NumberLine(string text)
    {
        if (NumberPattern().Match(text) is { Success: true } m)
            yield return new TextEdit(m.Groups["n"].Index, m.Groups["n"].Length, Blank, "number");
    }

    public static IEnumerable<TextEdit> DateLine(string text, PeriodShift shift, DateOnly? date)
    {
        if (DatePattern().Match(text) is not { Success: true } m) return [];
        var g = m.Groups;
        var oldYear = int.Parse(g["y"].Value, CultureInfo.InvariantCulture);
        int? oldMonth = g["m"].Success ? int.Parse(g["m"].Value, CultureInfo.InvariantCulture) : null;
        var (newYear, newMonth) = oldMonth is { } known ? shift.Shift(oldYear, known) : (oldYear + shift.Years, 0);
        var edits = new List<TextEdit>();
        // The day: the given one, or a blank to fill in when the document is signed.
        if (date is { } given) edits.Add(Number(g["d"], g["ds"], g["de"], given.Day.ToString("00", CultureInfo.InvariantCulture)));
        else if (g["d"].Success) edits.Add(new TextEdit(g["d"].Index, g["d"].Length, Blank, "date-line"));
        // The month: the given one, else moved with the period; a blank month stays blank.
        if (date is { } on) edits.Add(Number(g["m"], g["ms"], g["me"], Pad(on.Month, g["m"].Value)));
        else if (oldMonth is not null && newMonth != oldMonth) edits.Add(new TextEdit(g["m"].Index, g["m"].Length, Pad(newMonth, g["m"].Value), "date-line"));
        var year = (date?.Year ?? (oldMonth is null ? oldYear + shift.Years : newYear)).ToString(CultureInfo.InvariantCulture);
        if (year != g["y"].Value) edits.Add(new TextEdit(g["y"].Index, g["y"].Length, year, "date-line"));
        return edits.Where(e => e.Length > 0 || e.Replacement.Length > 0).ToList();
    }

    /// <summary>A number of the date line set: in place when it is written, else in the blank around where it would be.</summary>
    static TextEdit Number(Group number, Group before, Group after, string value) => number.Success
        ? new TextEdit(number.Index, number.Length, value, "date-line")
        : new TextEdit(before.Index, before.Length + after.Length, " " + value + " ", "date-line");

    /// <summary>NĐ 30 writes days and months below 10 with a zero for 1 and 2 only ("tháng 01", "tháng 3"); a draft's own habit is kept.</summary>
    static string Pad(int month, string written) =>
        month.ToString(written.Trim().Length == 2 || month < 3 ? "00" : "0", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"Số\s*:?\s*(?<n>\d+)\s*/")]
    private static partial Regex NumberPattern();

    /// <summary>"ngày 15 tháng 01 năm 2025", with the day or month possibly left blank.</summary>
    [GeneratedRegex(@"ngày(?<ds>\s*)(?<d>\d{1,2})?(?<de>\s*)tháng(?<ms>\s*)(?<m>\d{1,2})?(?<me>\s*)năm\s*(?<y>(19|20)\d{2})", RegexOptions.IgnoreCase)]
    private static partial Regex DatePattern();
}
