using System.Globalization;
using System.Text.RegularExpressions;

namespace WordHelper.Core.RollForward;

/// <summary>The period a document is rolled to: a year ("2026") or a month of a monthly series ("2025-10").</summary>
public sealed partial record RollTarget(int Year, int? Month)
{
    public bool IsMonthly => Month is not null;

    /// <summary>The month count since year 0, for steps between months.</summary>
    public int MonthIndex => Year * 12 + (Month ?? 1) - 1;

    public override string ToString() => Month is { } m ? $"tháng {m}/{Year}" : $"năm {Year}";

    /// <summary>"2026" or "2025-10"; anything else is refused in Vietnamese.</summary>
    public static RollTarget Parse(string? text)
    {
        var match = Pattern().Match(text?.Trim() ?? "");
        if (!match.Success)
            throw new RollForwardException($"Kỳ cần chuyển tới \"{text}\" không hợp lệ: ghi năm (2026) hoặc tháng (2025-10).");
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        int? month = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : null;
        if (year is < 1945 or > 2100 || month is < 1 or > 12)
            throw new RollForwardException($"Kỳ cần chuyển tới \"{text}\" không hợp lệ: năm từ 1945 đến 2100, tháng từ 1 đến 12.");
        return new RollTarget(year, month);
    }

    [GeneratedRegex(@"^(?<y>\d{4})(-(?<m>\d{1,2}))?$")]
    private static partial Regex Pattern();
}

/// <summary>A roll-forward that cannot be made, with its Vietnamese reason.</summary>
public sealed class RollForwardException(string message) : Exception(message);
