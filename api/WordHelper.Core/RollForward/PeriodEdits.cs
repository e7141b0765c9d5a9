using System.Globalization;
using System.Text.RegularExpressions;
using WordHelper.Core.Citations;
using WordHelper.Core.Text;

namespace WordHelper.Core.RollForward;

/// <summary>
/// The period references of one paragraph moved to the target: months and quarters of the series, the years of the
/// document's period, dates of its schedule, ordinals of recurring events. Citations are never touched (their dates
/// are other documents'), nor years that are not the period's, nor ranges, nor dates outside a schedule.
/// </summary>
public sealed partial class PeriodEdits(PeriodShift shift, IReadOnlyList<string> scheduleWords)
{
    readonly string[] _schedule = scheduleWords.Select(VietnameseText.Key).ToArray();

    public List<TextEdit> Find(string text, IReadOnlyList<Citation> citations, bool isTitle)
    {
        var edits = new List<TextEdit>();
        if (shift.Months == 0 || !VietnameseText.HasDigit(text) && !text.Contains("quý", StringComparison.OrdinalIgnoreCase) && !text.Contains("lần thứ", StringComparison.OrdinalIgnoreCase))
            return edits;
        bool Free(int start, int length) => !citations.Any(c => start < c.Start + c.Length && c.Start < start + length) && !edits.Any(e => start < e.End && e.Start < start + length);

        foreach (var date in DateExpressions.Find(text))
        {
            if (!Free(date.Start, date.Length) || !date.Date.IsValid || !shift.IsOwnMonth(date.Date.Year, date.Date.Month!.Value) || !InSchedule(text, date.Start)) continue;
            var (y, m, d, clamped) = shift.Shift(date.Date.Year, date.Date.Month.Value, date.Date.Day!.Value);
            var replacement = Rewrite(date.Text, date.Date.Day.Value, d, date.Date.Month.Value, m, date.Date.Year, y);
            edits.Add(new TextEdit(date.Start, date.Length, replacement, "schedule",
                clamped ? $"Tháng {m}/{y} không có ngày {date.Date.Day}: đã lấy ngày cuối tháng ({d}/{m}/{y}); kiểm tra lại hạn này." : null));
        }

        foreach (Match match in SourcePeriod.MonthOfYear().Matches(text))
        {
            int month = int.Parse(match.Groups["m"].Value), year = int.Parse(match.Groups["y"].Value);
            if (!Free(match.Index, match.Length) || month is < 1 or > 12 || !shift.IsOwnMonth(year, month)) continue;
            var (y, m) = shift.Shift(year, month);
            edits.Add(new TextEdit(match.Index, match.Length, Rewrite(match.Value, null, null, month, m, year, y), "period"));
        }

        // A monthly series counts its months: "8 tháng đầu năm 2025" of the August report is "9 tháng" in September's.
        if (shift.Target.IsMonthly && !shift.IsQuarterly && shift.Source.Month is { } sourceMonth)
            foreach (Match match in MonthsSoFar().Matches(text))
            {
                var n = match.Groups["n"];
                if (!Free(match.Index, match.Length) || int.Parse(n.Value) != sourceMonth || int.Parse(match.Groups["y"].Value) != shift.Source.Year) continue;
                var (y, m) = shift.Shift(shift.Source.Year, sourceMonth);
                if (y != shift.Source.Year) continue;
                edits.Add(new TextEdit(n.Index, n.Length, m.ToString(CultureInfo.InvariantCulture), "period"));
            }

        if (shift.IsQuarterly)
            foreach (Match match in SourcePeriod.QuarterOfYear().Matches(text))
            {
                var quarter = SourcePeriod.RomanQuarter(match.Groups["q"].Value);
                int year = int.Parse(match.Groups["y"].Value);
                if (!Free(match.Index, match.Length) || year != shift.Source.Year || quarter != shift.Source.Quarter) continue;
                var index = year * 4 + quarter - 1 + shift.Months / 3;
                var q = match.Groups["q"];
                var newQuarter = char.IsDigit(q.Value[0]) ? (index % 4 + 1).ToString(CultureInfo.InvariantCulture) : Roman(index % 4 + 1);
                var value = match.Value.Remove(q.Index - match.Index, q.Length).Insert(q.Index - match.Index, newQuarter);
                var yg = match.Groups["y"];
                value = value[..(yg.Index - match.Index)] + (index / 4).ToString(CultureInfo.InvariantCulture) + value[(yg.Index - match.Index + yg.Length)..];
                edits.Add(new TextEdit(match.Index, match.Length, value, "period"));
            }

        if (!shift.Target.IsMonthly)
        {
            foreach (Match match in (isTitle ? SourcePeriod.StandaloneYear() : PeriodYear()).Matches(text))
            {
                var y = match.Groups["y"];
                if (!Free(y.Index, y.Length) || int.Parse(y.Value) != shift.Source.Year) continue;
                edits.Add(new TextEdit(y.Index, y.Length, (shift.Source.Year + shift.Years).ToString(CultureInfo.InvariantCulture), "period"));
            }
            foreach (Match match in Ordinals.Pattern.Matches(text))
            {
                var n = match.Groups["n"];
                if (!Free(n.Index, n.Length) || Ordinals.Next(n.Value, shift.Years) is not { } next) continue;
                edits.Add(new TextEdit(n.Index, n.Length, next, "ordinal",
                    shift.Years == 1 ? null : $"Lần tổ chức đã được tăng {shift.Years} theo số năm chuyển; kiểm tra lại nếu sự kiện không tổ chức hằng năm."));
            }
        }
        return edits.OrderBy(e => e.Start).ToList();
    }

    /// <summary>A schedule's date: a deadline, a span, a cut-off ("trước ngày", "từ ngày … đến ngày", "tính đến ngày").</summary>
    bool InSchedule(string text, int start)
    {
        var before = VietnameseText.Key(text[Math.Max(0, start - 40)..start]);
        return _schedule.Any(w => before.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>The date or month as written, with its numbers changed and their width kept ("08" stays two digits).</summary>
    static string Rewrite(string written, int? day, int? newDay, int month, int newMonth, int year, int newYear)
    {
        var numbers = Numbers().Matches(written).ToList();
        var result = written;
        // Right to left, so that positions hold: year, month, day.
        var values = day is null ? new[] { (month, newMonth), (year, newYear) } : [(day.Value, newDay!.Value), (month, newMonth), (year, newYear)];
        for (var i = Math.Min(numbers.Count, values.Length) - 1; i >= 0; i--)
        {
            var (old, @new) = values[i];
            var n = numbers[i];
            if (int.Parse(n.Value) != old) continue;
            var value = @new.ToString(CultureInfo.InvariantCulture).PadLeft(n.Value.Length > 1 && n.Value[0] == '0' ? 2 : 1, '0');
            result = result[..n.Index] + value + result[(n.Index + n.Length)..];
        }
        return result;
    }

    static string Roman(int n) => n switch { 1 => "I", 2 => "II", 3 => "III", _ => "IV" };

    [GeneratedRegex(@"\d+")]
    private static partial Regex Numbers();

    [GeneratedRegex(@"(?<![\d/])(?<n>\d{1,2})\s+tháng\s+(đầu\s+)?năm\s+(?<y>(19|20)\d{2})", RegexOptions.IgnoreCase)]
    private static partial Regex MonthsSoFar();

    /// <summary>The period's year where a plan names it: "năm 2025", "6 tháng đầu năm 2025", "quý I/2025".</summary>
    [GeneratedRegex(@"(\bnăm\s+|quý\s+(IV|I{1,3}|[1-4])\s*/\s*)(?<y>(19|20)\d{2})(?!\s?[\-–]\s?\d)(?![\d/])", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodYear();

}
