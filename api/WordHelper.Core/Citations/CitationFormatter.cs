using WordHelper.Core.Registry;

namespace WordHelper.Core.Citations;

/// <summary>
/// The first-mention form of a citation (NĐ 30/2020, Phụ lục I, mục II.6): type, number and symbol, date, issuer,
/// summary — "Quyết định số 1791/QĐ-TTg ngày 15/9/2016 của Thủ tướng Chính phủ về Ngày Công tác xã hội Việt Nam".
/// Laws and ordinances are cited by name.
/// </summary>
public static class CitationFormatter
{
    public static string Format(LegalDocument d)
    {
        var date = d.Date is { } x ? " ngày " + ShortDate(x) : "";
        if (d.Type is "Luật" or "Bộ luật" or "Pháp lệnh")
            return $"{d.Type} {d.Summary} số {d.Number}{date}".Trim();
        var summary = string.IsNullOrWhiteSpace(d.Summary) ? "" : " " + d.Summary.Trim();
        return $"{d.Type} số {d.Number}{date} của {d.Issuer}{summary}";
    }

    /// <summary>dd/m/yyyy as NĐ 30 writes dates: days below 10 and months 1 and 2 with a leading zero.</summary>
    public static string ShortDate(DateOnly d) => $"{d.Day:00}/{(d.Month <= 2 ? d.Month.ToString("00") : d.Month.ToString())}/{d.Year}";
}
