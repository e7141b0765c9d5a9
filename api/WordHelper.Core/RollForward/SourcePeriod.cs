using System.Text.RegularExpressions;
using WordHelper.Core.Documents;

namespace WordHelper.Core.RollForward;

/// <summary>
/// The period the document was written for: the month of a monthly report ("tháng 8/2025" in its title), the quarter
/// of a quarterly one, else the year its title names, else the year of its date line.
/// </summary>
public sealed partial record SourcePeriod(int Year, int? Month, int? Quarter)
{
    public int MonthIndex => Year * 12 + (Month ?? 1) - 1;

    public static SourcePeriod Find(DraftDocument document, DocumentHeader header, RollTarget target)
    {
        var title = string.Join(" ", new[] { header.Title, header.TitleParagraph?.Text }.Where(t => t is not null));
        // The date line says when the document was signed, not the period it covers.
        var texts = new[] { title }.Concat(document.Paragraphs.Where(p => p.Index != header.DateLine?.Index).Select(p => p.Text)).ToList();
        if (target.IsMonthly)
        {
            foreach (var text in texts)
                if (MonthOfYear().Match(text) is { Success: true } m)
                    return new SourcePeriod(int.Parse(m.Groups["y"].Value), int.Parse(m.Groups["m"].Value), null);
            foreach (var text in texts)
                if (QuarterOfYear().Match(text) is { Success: true } q)
                    return new SourcePeriod(int.Parse(q.Groups["y"].Value), null, RomanQuarter(q.Groups["q"].Value));
            throw new RollForwardException($"Không thấy tháng hay quý của kỳ báo cáo (như \"tháng 8/2025\") trong văn bản để chuyển sang {target}.");
        }
        if (StandaloneYear().Matches(title).Select(m => int.Parse(m.Value)).LastOrDefault() is > 0 and var year) return new SourcePeriod(year, null, null);
        if (header.Date is { IsValid: true } date) return new SourcePeriod(date.Year, null, null);
        // An appendix or a form has neither: the year it names most often ("năm 2025"), if it names one twice.
        var named = texts.SelectMany(t => NamedYear().Matches(t)).GroupBy(m => int.Parse(m.Groups["y"].Value))
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).FirstOrDefault();
        if (named is { } most && most.Count() >= 2) return new SourcePeriod(most.Key, null, null);
        throw new RollForwardException($"Không thấy năm của văn bản (trong tiêu đề hay dòng ngày tháng) để chuyển sang {target}.");
    }

    public static int RomanQuarter(string q) => q.ToUpperInvariant() switch { "I" or "1" => 1, "II" or "2" => 2, "III" or "3" => 3, _ => 4 };

    [GeneratedRegex(@"tháng\s+(?<m>\d{1,2})\s*(/|năm)\s*(?<y>(19|20)\d{2})", RegexOptions.IgnoreCase)]
    public static partial Regex MonthOfYear();

    [GeneratedRegex(@"quý\s+(?<q>IV|I{1,3}|[1-4])\s*(/|năm)\s*(?<y>(19|20)\d{2})", RegexOptions.IgnoreCase)]
    public static partial Regex QuarterOfYear();

    [GeneratedRegex(@"\bnăm\s+(?<y>(19|20)\d{2})(?!\s?[\-–]\s?\d)(?![\d/])", RegexOptions.IgnoreCase)]
    private static partial Regex NamedYear();

    /// <summary>A year standing alone, not one end of a range ("2021 - 2025") nor part of a number or a date.</summary>
    [GeneratedRegex(@"(?<![\d/.\-–]\s?)(?<!\d)(?<y>(19|20)\d{2})(?!\d)(?!\s?[\-–]\s?(19|20)\d{2})")]
    public static partial Regex StandaloneYear();
}
