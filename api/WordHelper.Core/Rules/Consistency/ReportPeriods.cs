using System.Text.RegularExpressions;
using WordHelper.Core.Documents;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Consistency;

/// <summary>A period written in a paragraph.</summary>
sealed record PeriodAt(DraftParagraph Paragraph, PeriodMention Period);

/// <summary>
/// The periods a report (Báo cáo) says it covers: those its title (trích yếu) names before the next phase
/// ("… quý I năm 2026 và phương hướng, nhiệm vụ quý II năm 2026"), and those its opening and its result headings name
/// right after "báo cáo", "kết quả", "tình hình" ("I. KẾT QUẢ THỰC HIỆN QUÝ II/2025").
/// </summary>
static partial class ReportPeriods
{
    /// <summary>How many paragraphs of the opening, before the first heading, may state the period.</summary>
    const int OpeningParagraphs = 3;
    /// <summary>How far after "kết quả" the period it introduces may stand.</summary>
    const int Reach = 200;

    public static bool IsReport(CheckContext context) => context.Header.Type?.Abbr == "BC";

    /// <summary>The title's lines: the summary under the type name and the lower-case lines that carry it on.</summary>
    public static IReadOnlyList<DraftParagraph> TitleLines(CheckContext context)
    {
        if (context.Header.TitleParagraph is not { } first) return [];
        var lines = new List<DraftParagraph> { first };
        for (var i = first.Index + 1; i < context.Paragraphs.Count && lines.Count < 3; i++)
        {
            var text = context.Paragraphs[i].Text.TrimStart();
            if (text.Length == 0 || text.Length > 200 || !char.IsLower(text[0])) break;
            lines.Add(context.Paragraphs[i]);
        }
        return lines;
    }

    /// <summary>
    /// The periods the title says the report covers: the first one it names with a year, and those joined to it before
    /// the next phase ("quý III và 9 tháng đầu năm 2025").
    /// </summary>
    public static IReadOnlyList<PeriodAt> OfTitle(CheckContext context)
    {
        var lines = TitleLines(context);
        var all = lines.SelectMany(p => Outside(context, p, PeriodExpressions.Find(p.Text)).Select(m => new PeriodAt(p, m))).ToList();
        if (all.Count == 0) return [];
        var text = string.Join(" ", lines.Select(l => l.Text));
        var own = new List<PeriodAt> { all[0] };
        for (var i = 1; i < all.Count; i++)
        {
            // Offsets are per line: compare the folded text between the first mention and this one across the lines.
            var between = Between(lines, all[0], all[i]);
            if (context.Pack.Periods.OtherPeriodMarkers.Concat(NextPhase).Any(m => new FoldedText(between).Contains(VietnameseText.Key(m)))) break;
            own.Add(all[i]);
        }
        // A year-less first mention ("quý III và 9 tháng năm 2025") takes the year of the others.
        var year = own.Select(o => o.Period.Year).FirstOrDefault(y => y is not null);
        if (year is null) return [];
        return own.Select(o => o.Period.Year is null ? o with { Period = o.Period with { Year = year } } : o).ToList();
    }

    /// <summary>Words of a title that open the next phase: "phương hướng, nhiệm vụ quý II".</summary>
    static readonly string[] NextPhase = ["nhiệm vụ", "kế hoạch", "mục tiêu"];

    static string Between(IReadOnlyList<DraftParagraph> lines, PeriodAt a, PeriodAt b)
    {
        if (a.Paragraph == b.Paragraph) return a.Paragraph.Text[(a.Period.Start + a.Period.Length)..b.Period.Start];
        var parts = new List<string> { a.Paragraph.Text[(a.Period.Start + a.Period.Length)..] };
        parts.AddRange(lines.Where(l => l.Index > a.Paragraph.Index && l.Index < b.Paragraph.Index).Select(l => l.Text));
        parts.Add(b.Paragraph.Text[..b.Period.Start]);
        return string.Join(" ", parts);
    }

    /// <summary>The periods the opening paragraphs and the result headings give as the report's own.</summary>
    public static IEnumerable<PeriodAt> OfBody(CheckContext context)
    {
        var title = TitleLines(context).Select(l => l.Index).ToHashSet();
        var opening = 0;
        var inOpening = true;
        foreach (var p in context.Body)
        {
            if (p.IsBlank || title.Contains(p.Index)) continue;
            var heading = IsHeading(p);
            if (heading) inOpening = false;
            if (heading && IsResultHeading(context, p))
            {
                foreach (var m in AfterTriggers(context, p, context.Pack.Phrases.ResultHeadings)) yield return m;
            }
            else if (inOpening && !heading && opening++ < OpeningParagraphs)
            {
                foreach (var m in AfterTriggers(context, p, context.Pack.Periods.OwnPeriodAfter)) yield return m;
            }
        }
    }

    static bool IsResultHeading(CheckContext context, DraftParagraph p)
    {
        var folded = context.Folded(p);
        return context.Pack.Phrases.ResultHeadings.Any(h => folded.Contains(VietnameseText.Key(h)));
    }

    /// <summary>"II. KẾT QUẢ …", "KẾT QUẢ THỰC HIỆN": a Roman-numbered or upper-case line.</summary>
    static bool IsHeading(DraftParagraph p) =>
        p.Text.Length < 200 && (RomanHeading().IsMatch(p.DisplayText) || VietnameseText.IsUpperText(p.Text) && p.Text.Any(char.IsLetter));

    /// <summary>For each trigger word, the first period after it in the same clause, when nothing between makes it another period.</summary>
    static IEnumerable<PeriodAt> AfterTriggers(CheckContext context, DraftParagraph p, IReadOnlyList<string> triggers)
    {
        var periods = Outside(context, p, PeriodExpressions.Find(p.Text));
        if (periods.Count == 0) yield break;
        var folded = context.Folded(p);
        var citations = context.Citations.Where(c => c.Paragraph == p.Index).ToList();
        var markers = context.Pack.Periods.OtherPeriodMarkers.Select(VietnameseText.Key).ToList();
        var seen = new HashSet<PeriodMention>();
        foreach (var trigger in triggers.Select(VietnameseText.Key))
        {
            foreach (var at in folded.FindAll(trigger))
            {
                var (start, length) = folded.OriginalSpan(at, trigger.Length);
                var end = start + length;
                if (citations.Any(c => start >= c.Start && start < c.Start + c.Length)) continue;
                var next = periods.FirstOrDefault(m => m.Start >= end);
                if (next is null || next.Start - end > Reach || !seen.Add(next)) continue;
                var between = p.Text[end..next.Start];
                if (between.IndexOfAny([';', ':']) >= 0 || SentenceEnd().IsMatch(between)) continue;
                if (citations.Any(c => c.Start >= end && c.Start < next.Start)) continue;
                var betweenFolded = new FoldedText(between);
                if (markers.Any(betweenFolded.Contains)) continue;
                yield return new PeriodAt(p, next);
            }
        }
    }

    /// <summary>The mentions that stand outside the citations of the paragraph: a cited document's period is its own.</summary>
    static IReadOnlyList<PeriodMention> Outside(CheckContext context, DraftParagraph p, IReadOnlyList<PeriodMention> mentions)
    {
        var citations = context.Citations.Where(c => c.Paragraph == p.Index).ToList();
        return mentions.Where(m => !citations.Any(c => m.Start < c.Start + c.Length && c.Start < m.Start + m.Length)).ToList();
    }

    [GeneratedRegex(@"^\s*[IVX]{1,5}\s*[.\-–)]\s")]
    private static partial Regex RomanHeading();

    [GeneratedRegex(@"\.(\s|$)")]
    private static partial Regex SentenceEnd();
}
