namespace WordHelper.Core.RollForward;

/// <summary>How far the roll goes: from the document's period to the target, in months (a year is twelve).</summary>
public sealed record PeriodShift(SourcePeriod Source, RollTarget Target)
{
    public int Months => Source.Quarter is { } q && Target.Month is { } m
        ? ((Target.Year * 4 + (m - 1) / 3) - (Source.Year * 4 + q - 1)) * 3
        : Target.IsMonthly ? Target.MonthIndex - Source.MonthIndex : (Target.Year - Source.Year) * 12;

    public int Years => Months / 12;

    public bool IsQuarterly => Source.Quarter is not null && Target.IsMonthly;

    /// <summary>Whether a month mention belongs to the document's own period (or the one after it, of its plans).</summary>
    public bool IsOwnMonth(int year, int month)
    {
        var index = year * 12 + month - 1;
        if (!Target.IsMonthly) return year == Source.Year;
        if (IsQuarterly) return index >= Source.Year * 12 + (Source.Quarter!.Value - 1) * 3 && index < Source.Year * 12 + Source.Quarter.Value * 3 + 3;
        return index >= Source.MonthIndex && index <= Source.MonthIndex + 1;
    }

    /// <summary>The month <see cref="Months"/> on, as (year, month).</summary>
    public (int Year, int Month) Shift(int year, int month)
    {
        var index = year * 12 + month - 1 + Months;
        return (index / 12, index % 12 + 1);
    }

    /// <summary>The day moved by <see cref="Months"/>; a day the new month lacks (31/4, 29/2) becomes its last, and says so.</summary>
    public (int Year, int Month, int Day, bool Clamped) Shift(int year, int month, int day)
    {
        var (y, m) = Shift(year, month);
        var last = DateTime.DaysInMonth(y, m);
        return day > last ? (y, m, last, true) : (y, m, day, false);
    }
}
