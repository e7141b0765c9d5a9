namespace WordHelper.Core.Documents;

/// <summary>A date as a draft writes it, where the day or month may still be blank ("ngày   tháng 3 năm 2023").</summary>
public readonly record struct DraftDate(int Year, int? Month = null, int? Day = null) : IComparable<DraftDate>
{
    public bool IsComplete => Month is not null && Day is not null;

    /// <summary>True when the parts that are present form a real calendar date.</summary>
    public bool IsValid =>
        Year is >= 1900 and <= 2200
        && (Month is null || Month is >= 1 and <= 12)
        && (Day is null || (Day >= 1 && Day <= (Month is { } m ? DateTime.DaysInMonth(Year, m) : 31)));

    public DateOnly? ToDateOnly() => IsComplete && IsValid ? new DateOnly(Year, Month!.Value, Day!.Value) : null;

    /// <summary>ISO form with the blank parts left out: 2023-03-10, 2023-03 or 2023.</summary>
    public string ToIso() => Month is null ? $"{Year:D4}" : Day is null ? $"{Year:D4}-{Month:D2}" : $"{Year:D4}-{Month:D2}-{Day:D2}";

    /// <summary>dd/mm/yyyy as Vietnamese drafts write it in citations.</summary>
    public string ToShortVietnamese() => IsComplete ? $"{Day:D2}/{Month:D2}/{Year}" : ToIso();

    /// <summary>True when this date is certainly after <paramref name="other"/> whatever the blank parts turn out to be.</summary>
    public bool IsCertainlyAfter(DraftDate other)
    {
        if (Year != other.Year) return Year > other.Year;
        if (Month is null || other.Month is null) return false;
        if (Month != other.Month) return Month > other.Month;
        if (Day is null || other.Day is null) return false;
        return Day > other.Day;
    }

    public int CompareTo(DraftDate other) =>
        (Year, Month ?? 0, Day ?? 0).CompareTo((other.Year, other.Month ?? 0, other.Day ?? 0));

    public static DraftDate From(DateOnly d) => new(d.Year, d.Month, d.Day);
    public override string ToString() => ToIso();
}
