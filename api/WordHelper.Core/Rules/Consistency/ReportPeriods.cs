using System.Text.RegularExpressions;
using WordHelper.Core.Documents;
using WordHelper.Core.RulePack;
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
        var words = Folded.For(context.Pack);
        var all = lines.SelectMany(p => Outside(context, p, PeriodExpressions.Find(p.Text)).Select(m => new PeriodAt(p, m))).ToList();
        if (all.Count == 0 || !LooksBack(context, lines, all[0])) return [];
        var own = new List<PeriodAt> { all[0] };
        for (var i = 1; i < all.Count; i++)
        {
            // Offsets are per line: compare the folded text between the first mention and this one across the lines.
            var between = new FoldedText(Between(lines, all[0], all[i]));
            if (words.Other.Concat(words.NextPhase).Any(between.Contains)) break;
            own.Add(all[i]);
        }
        // A year-less first mention ("quý III và 9 tháng năm 2025") takes the year of the others.
        var year = own.Select(o => o.Period.Year).FirstOrDefault(y => y is not null);
        if (year is null) return [];
        return own.Select(o => o.Period.Year is null ? o with { Period = o.Period with { Year = year } } : o).ToList();
    }

    /// <summary>
    /// Whether the title's words before its first period say it is the period reported on ("Kết quả công tác quý III")
    /// rather than one ahead ("Dự toán ngân sách năm 2026"): the last of either kind of words before it decides.
    /// </summary>
    static bool LooksBack(CheckContext context, IReadOnlyList<DraftParagraph> lines, PeriodAt first)
    {
        var before = string.Join(" ", lines.TakeWhile(l => l.Index < first.Paragraph.Index).Select(l => l.Text).Append(first.Paragraph.Text[..first.Period.Start]));
        var folded = new FoldedText(before);
        int Last(IEnumerable<string> words) => words.Select(VietnameseText.Key).SelectMany(folded.FindAll).DefaultIfEmpty(-1).Max();
        var back = Last(context.Pack.Periods.TitleLooksBack);
        return back >= 0 && back > Last(context.Pack.Periods.TitleLooksAhead);
    }

    /// <summary>The period words of the pack, folded once: what opens the next phase in a title, what marks another period, comparisons, triggers.</summary>
    internal sealed record PeriodWords(List<string> NextPhase, List<string> Other, List<string> Comparison, List<string> ResultHeadings, List<string> OwnPeriodAfter);

    /// <summary>The pack's period words, folded once for it.</summary>
    public static PeriodWords WordsOf(RulePackData pack) => Folded.For(pack);

    static readonly PerPack<PeriodWords> Folded = new(pack => new PeriodWords(
        Keys(pack.Periods.TitleNextPhase), Keys(pack.Periods.OtherPeriodMarkers), Keys(pack.Periods.ComparisonBefore),
        Keys(pack.Phrases.ResultHeadings), Keys(pack.Periods.OwnPeriodAfter)));

    static List<string> Keys(IEnumerable<string> phrases) => phrases.Select(VietnameseText.Key).ToList();

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
        var words = Folded.For(context.Pack);
        var opening = 0;
        var inOpening = true;
        foreach (var p in context.Body)
        {
            if (p.IsBlank || title.Contains(p.Index)) continue;
            var heading = IsHeading(p);
            if (heading) inOpening = false;
            if (heading && words.ResultHeadings.Any(context.Folded(p).Contains))
            {
                foreach (var m in AfterTriggers(context, p, words.ResultHeadings, words)) yield return m;
            }
            else if (inOpening && !heading && opening++ < OpeningParagraphs)
            {
                foreach (var m in AfterTriggers(context, p, words.OwnPeriodAfter, words)) yield return m;
            }
        }
    }


    /// <summary>"II. KẾT QUẢ …", "KẾT QUẢ THỰC HIỆN": a Roman-numbered or upper-case line.</summary>
    public static bool IsHeading(DraftParagraph p) =>
        p.Text.Length < 200 && (RomanHeading().IsMatch(p.DisplayText) || VietnameseText.IsUpperText(p.Text));

    /// <summary>
    /// The periods introduced by a trigger word: the nearest trigger before the period, in the same clause, with nothing
    /// between them that makes it another period ("phương hướng", "so với") and no cited document between.
    /// </summary>
    static IEnumerable<PeriodAt> AfterTriggers(CheckContext context, DraftParagraph p, IReadOnlyList<string> triggers, PeriodWords words)
    {
        var periods = Outside(context, p, PeriodExpressions.Find(p.Text));
        if (periods.Count == 0) yield break;
        var folded = context.Folded(p);
        var citations = context.Citations.Where(c => c.Paragraph == p.Index).ToList();
        var ends = triggers
            .SelectMany(t => folded.FindAll(t).Select(at => folded.OriginalSpan(at, t.Length)))
            // A trigger in a cited document's summary ("về chế độ báo cáo định kỳ") speaks of that document.
            .Where(span => !InCitedClause(p.Text, citations, span.Start) && !AfterComparison(p.Text, span.Start, words.Comparison))
            .Select(span => span.Start + span.Length)
            .ToList();
        foreach (var period in periods)
        {
            var end = ends.Where(e => e <= period.Start && period.Start - e <= Reach).DefaultIfEmpty(-1).Max();
            if (end < 0) continue;
            var between = p.Text[end..period.Start];
            if (between.IndexOfAny([';', ':']) >= 0 || SentenceEnd().IsMatch(between)) continue;
            if (citations.Any(c => c.Start >= end && c.Start < period.Start)) continue;
            // Only the first period after its trigger: "quý I năm 2026 và quý II năm 2026" names the next one second.
            if (periods.Any(o => o.Start >= end && o.Start < period.Start)) continue;
            var betweenFolded = new FoldedText(between);
            if (words.Other.Any(betweenFolded.Contains)) continue;
            yield return new PeriodAt(p, period);
        }
    }

    /// <summary>"tăng 5% so với kết quả quý II": a trigger right after a comparison names the period compared with.</summary>
    static bool AfterComparison(string text, int at, IReadOnlyList<string> comparison)
    {
        var before = " " + VietnameseText.Key(text[Math.Max(0, at - 20)..at]).TrimEnd();
        return comparison.Any(w => before.EndsWith(" " + w, StringComparison.Ordinal));
    }

    /// <summary>Whether a position falls in a citation or in the clause that goes on after it (its summary), up to the next comma.</summary>
    static bool InCitedClause(string text, IReadOnlyList<Citations.Citation> citations, int at) =>
        citations.Any(c => c.Start <= at && (at < CitedEnd(text, c) || text[CitedEnd(text, c)..at].IndexOfAny([',', ';', ':']) < 0
            || AboutCited(text[c.Start..at])));

    /// <summary>
    /// "Công văn số 1070/TCT … của Tổ Công tác triển khai Đề án 06, cải cách …, chuyển đổi số về xây dựng báo cáo …":
    /// in the sentence of a citation, a trigger that follows "về" in its clause tells what the cited document is about.
    /// </summary>
    static bool AboutCited(string fromCitation)
    {
        if (fromCitation.IndexOfAny([';', ':']) >= 0) return false;
        var clause = fromCitation[(fromCitation.LastIndexOf(',') + 1)..];
        return VietnameseText.Key(clause).Split(' ').Contains("ve");
    }

    /// <summary>
    /// Where a cited document's words end: its summary runs to the first comma ("về chế độ báo cáo định kỳ, Ủy ban nhân
    /// dân tỉnh báo cáo …"), even where the parser let it run on into the draft's own sentence.
    /// </summary>
    static int CitedEnd(string text, Citations.Citation c)
    {
        var end = c.Start + c.Length;
        if (c.Summary is not { Length: > 0 } summary) return end;
        var at = text.IndexOf(summary, c.Start, StringComparison.Ordinal);
        if (at < 0) return end;
        var comma = text.IndexOfAny([',', ';'], at);
        return comma >= 0 && comma < end ? comma : end;
    }

    /// <summary>The mentions that stand outside the citations of the paragraph: a cited document's period is its own.</summary>
    static IReadOnlyList<PeriodMention> Outside(CheckContext context, DraftParagraph p, IReadOnlyList<PeriodMention> mentions)
    {
        var citations = context.Citations.Where(c => c.Paragraph == p.Index).ToList();
        return mentions.Where(m => !citations.Any(c => m.Start < CitedEnd(p.Text, c) && c.Start < m.Start + m.Length)).ToList();
    }

    [GeneratedRegex(@"^\s*[IVX]{1,5}\s*[.\-–)]\s")]
    private static partial Regex RomanHeading();

    [GeneratedRegex(@"\.(\s|$)")]
    private static partial Regex SentenceEnd();
}
