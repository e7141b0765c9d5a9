using System.Text.RegularExpressions;
using WordHelper.Core.Documents;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Consistency;

/// <summary>
/// A plan for year Y whose schedule still names an earlier year: what is left of last year's plan. Dates of cited documents
/// are history and are skipped; reports, which look back by nature, are not checked.
/// </summary>
public sealed partial class LeftoverYearRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-CON-001"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var h = context.Header;
        if (h.Type?.Abbr is "BC" or "BB" or "TTr" || h.Type?.Category == "normative") return;
        var year = PlanYear(h);
        if (year is null) return;
        // A plan for next year is often issued late this year: only years before both count as left over.
        var cutoff = h.Date is { IsValid: true } d0 ? Math.Min(year.Value, d0.Year) : year.Value;
        // A plan issued in 2024 for "năm 2023": the title itself is what was left over.
        if (h.Date is { IsValid: true } issued && year < issued.Year && h.TitleParagraph is { } titleParagraph && h.Type?.Abbr is "KH" or "CTr")
            Report(sink, titleParagraph, "năm " + year, issued.Year);
        var citations = context.Citations.ToLookup(c => c.Paragraph);
        var schedule = context.Pack.Phrases.Schedule.Select(VietnameseText.Key).ToList();
        var schoolYear = h.Title is { } t && SchoolYear().Match(t) is { Success: true } sy ? int.Parse(sy.Groups["y"].Value) : (int?)null;
        var ahead = schoolYear is null ? [] : schedule.Concat((context.Pack.Phrases.SchoolYearAhead ?? []).Select(VietnameseText.Key)).ToList();
        var readBelow = Math.Max(cutoff, schoolYear ?? 0);

        foreach (var p in context.Body)
        {
            if (!MentionsYearBefore(p.Text, readBelow)) continue;
            // A year inside a citation or inside quoted text (another document's words, a title) is not the draft's own.
            bool InCitation(int at) => context.IsQuoted(p, at) || citations[p.Index].Any(c => at >= c.Start && at < c.Start + c.Length);
            foreach (var d in DateExpressions.Find(p.Text))
            {
                if (d.Date.Year >= cutoff || InCitation(d.Start) || !ScheduleBefore(p.Text, d.Start, schedule)) continue;
                Report(sink, p, d.Text, year.Value);
            }
            foreach (Match m in OrdinalYear().Matches(p.Text))
            {
                if (int.Parse(m.Groups["y"].Value) >= cutoff || InCitation(m.Index)) continue;
                Report(sink, p, m.Value, year.Value);
            }
            // "bước vào năm học 2024-2025" in a plan for năm học 2025-2026; a year's results ("năm học 2024-2025 đạt …") are history.
            if (schoolYear is { } current)
                foreach (Match m in SchoolYear().Matches(p.Text))
                {
                    if (int.Parse(m.Groups["y"].Value) >= current || InCitation(m.Index) || !ScheduleBefore(p.Text, m.Index, ahead)) continue;
                    Report(sink, p, m.Value, $"học {current}-{current + 1}");
                }
            // "Lễ hội Vu lan báo hiếu quận Ngũ Hành Sơn năm 2018" where the draft names the same event "năm 2019" elsewhere.
            foreach (Match m in TitleYear().Matches(p.Text))
            {
                if (int.Parse(m.Groups["y"].Value) >= cutoff || InCitation(m.Index) || NamedBefore(p.Text, m.Index) is not { } name) continue;
                var thisYear = " " + name + " " + VietnameseText.Key("năm " + year.Value) + " ";
                if (context.TextParagraphs.Any(q => context.Folded(q).Key.Contains(thisYear, StringComparison.Ordinal)))
                    Report(sink, p, p.Text[NameStart(p.Text, m.Index)..(m.Index + m.Length)], year.Value);
            }
        }
    }

    /// <summary>The words an event's name ends with right before its year, folded ("bao hieu quan ngu hanh son"); null when fewer.</summary>
    static string? NamedBefore(string text, int at)
    {
        var start = NameStart(text, at);
        var words = VietnameseText.Key(text[start..at]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == NamedWords ? string.Join(' ', words) : null;
    }

    /// <summary>Where the <see cref="NamedWords"/> words before <paramref name="at"/> begin, within their clause.</summary>
    static int NameStart(string text, int at)
    {
        var words = Words.Split(text[..at]);
        var start = at;
        for (var k = words.Count - 1; k >= 0 && words.Count - k <= NamedWords; k--)
        {
            if (text.AsSpan(words[k].End, start - words[k].End).Trim().Length > 0) break; // a comma or a bracket ends the name
            start = words[k].Start;
        }
        return start;
    }

    /// <summary>An event's name is told by this many words before its year: fewer match other events of other years.</summary>
    const int NamedWords = 5;

    static void Report(FindingSink sink, DraftParagraph p, string written, int year) => Report(sink, p, written, year.ToString());

    static void Report(FindingSink sink, DraftParagraph p, string written, string year) =>
        sink.Report("VB-CON-001", p, written, args: [("text", written), ("year", year)]);

    /// <summary>The year the plan is for: the last year its title names, else the first of its school year, else the year of its date.</summary>
    static int? PlanYear(DocumentHeader h)
    {
        if (h.Title is { } title && TitleYear().Matches(title) is { Count: > 0 } years) return int.Parse(years[^1].Groups["y"].Value);
        if (h.Title is { } schoolTitle && SchoolYear().Match(schoolTitle) is { Success: true } school) return int.Parse(school.Groups["y"].Value);
        return h.Date is { IsValid: true } d ? d.Year : null;
    }

    /// <summary>Whether the text holds a four-digit year before <paramref name="cutoff"/>: most paragraphs do not, and skip the patterns.</summary>
    static bool MentionsYearBefore(string text, int cutoff)
    {
        for (var i = 0; i + 4 <= text.Length; i++)
        {
            if (!char.IsDigit(text[i]) || (i > 0 && char.IsDigit(text[i - 1]))) continue;
            var j = i;
            while (j < text.Length && char.IsDigit(text[j])) j++;
            if (j - i == 4 && int.Parse(text.AsSpan(i, 4)) is var year and >= 1900 && year < cutoff) return true;
            i = j;
        }
        return false;
    }

    /// <summary>A date on the draft's own schedule: "thời gian", "từ ngày", "trước ngày"… shortly before it.</summary>
    static bool ScheduleBefore(string text, int at, IReadOnlyList<string> schedule)
    {
        var before = " " + VietnameseText.Key(text[Math.Max(0, at - 50)..at]) + " ";
        return schedule.Any(s => before.Contains(" " + s + " ", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"năm\s+(?<y>(19|20)\d{2})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TitleYear();

    [GeneratedRegex(@"năm\s+học\s+(?<y>(19|20)\d{2})\s*[-–—/]\s*(19|20)\d{2}", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SchoolYear();

    [GeneratedRegex(@"lần\s+thứ\s+\S+\s*,?\s*năm\s+(?<y>(19|20)\d{2})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalYear();
}
