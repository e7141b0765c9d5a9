using System.Collections.Immutable;

namespace WordHelper.Core.Rules.Numbering;

/// <summary>
/// Heading numbers read as a reader reads them: each level's numbers run on without gap, repeat or step back under
/// one parent (errors); a level starts at its first value, keeps one punctuation, does not mix automatic and typed
/// numbers, and "2.1." sits under "2." (warnings). Levels nest in the order they first appear, so any scheme works
/// (I → 1 → a), -, +; Chương → Điều → khoản → điểm). Tables, appendices, quotations and the parts after the body are
/// apart. One pass over the body with a stack of open levels.
/// </summary>
public sealed class HeadingNumberingRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-NUM-001", "VB-NUM-002", "VB-NUM-003", "VB-NUM-004", "VB-NUM-005", "VB-NUM-006", "VB-NUM-007", "VB-NUM-011"];

    /// <summary>
    /// One open level: its last number, the punctuation its first number set, and — after a wrong number — the number
    /// that was expected there, so that one slip ("2, 4, 4, 5") is reported once rather than at every sibling after it.
    /// </summary>
    /// <remarks>
    /// A list that starts again at 1 ("9. Trình độ:" then "1.", "2.", "3.") keeps the numbers it started under, so that
    /// a list it broke off may resume ("10.") without a gap being reported, however many lists started again meanwhile
    /// (a question's options on two lines); the numbers that carried the level on in a table cell are kept too
    /// (<c>InTable</c>), for the next number may follow them.
    /// </remarks>
    sealed record OpenLevel(string Level, int Rank, HeadingNumber Last, string Delimiter, HeadingNumber? Corrected = null, ImmutableStack<HeadingNumber>? BrokenOff = null, HeadingNumber? InTable = null);

    public void Analyze(CheckContext context, FindingSink sink)
    {
        if (!context.Header.LooksFormal && !context.IsVietnamese) return;
        // A law, decree or circular is met as a copy or an extract of chosen articles far more often than as a draft:
        // its gaps are the extract's.
        if (context.Header.Genre?.Category == "normative") return;
        // Each paragraph read once: a heading number, a fresh start, or nothing. Numbers in tables (STT columns, forms)
        // are not headings, but a table may still start afresh (the national title of the next form).
        var items = context.NumberedHeadings;
        // Whether the draft puts khoản (1., 2.) under its sections: then a point (a) or a sub-item (1.1.) straight under
        // a section skipped a level.
        var usesArabic = items.Any(i => i is { Mark: ScopeMark.Counts, Heading: { Kind: HeadingKind.Arabic, Delimiter: not ")" } });
        // Points are lettered alike across the draft ("a)" under one section, "a." under another is a mixed style): the
        // style most of them use, ")" on a tie.
        var letterStyles = items.Where(i => i is { Mark: ScopeMark.Counts, Heading.Kind: HeadingKind.Letter }).GroupBy(i => i.Heading!.Delimiter)
            .Select(g => (Delimiter: g.Key, Count: g.Count())).ToList();
        var letterStyle = letterStyles.Count > 1 ? letterStyles.OrderByDescending(g => g.Count).ThenBy(g => g.Delimiter == ")" ? 0 : 1).First().Delimiter : null;
        var stack = new List<OpenLevel>();
        // Articles run on through chapters and sections: Chương II does not restart them.
        OpenLevel? articles = null;
        // The last option a question listed on its line ("8. Đối tượng: 1. …⇥2. …"), which the next lines may go on numbering.
        HeadingNumber? options = null;
        foreach (var (mark, heading) in items)
        {
            if (mark == ScopeMark.Afresh) { stack.Clear(); articles = null; options = null; continue; }
            if (mark == ScopeMark.InTable)
            {
                // "2. Ngày sinh" in a form's table between "1." and "3." carries the questions on.
                if (heading is { } t && FindLevel(stack, t) is var level and >= 0 && HeadingSequence.IsNext(stack[level].InTable ?? stack[level].Last, t))
                    stack[level] = stack[level] with { InTable = t };
                continue;
            }
            if (mark == ScopeMark.Ignored || heading is not { } h) continue;
            if (options is not null && h.Kind == HeadingKind.Arabic && HeadingSequence.IsNext(options, h))
            {
                options = Option(h, h.RunsTo ?? h.Value);
                continue;
            }
            var at = FindLevel(stack, h);
            if (articles is not null && IsArticleWithoutWord(h, articles.Last, at < 0 ? null : stack[at].Last))
            {
                ReportArticleWithoutWord(sink, h, articles.Last.Prefix);
                var article = h with { Kind = HeadingKind.Article, Prefix = articles.Last.Prefix, Delimiter = articles.Last.Delimiter, OptionsTo = null };
                var above = stack.FindLastIndex(l => l.Rank < article.Rank);
                stack.RemoveRange(above + 1, stack.Count - above - 1);
                stack.Add(articles = articles with { Last = article, Corrected = null, BrokenOff = null, InTable = null });
                options = null;
                continue;
            }
            // A row of options from 1 that a form sets side by side ("1. Nam⇥2. Nữ") under a question: the question's
            // list, nested below whatever item asked it, which leaves the levels open.
            if (at >= 0 && h is { Value: 1, RunsTo: { } row })
            {
                options = Option(h, row);
                continue;
            }
            options = h.OptionsTo is { } lastOption ? Option(h, lastOption) : null;
            if (at < 0)
            {
                // A level met for the first time closes the levels that rank below it ("2." after "c)" closes the points).
                var keep = stack.FindLastIndex(l => l.Rank < h.Rank);
                stack.RemoveRange(keep + 1, stack.Count - keep - 1);
                if (usesArabic && stack.Count > 0 && stack[^1].Last.Kind == HeadingKind.Roman && h.Kind is HeadingKind.Letter or HeadingKind.Path)
                    Report(sink, "VB-NUM-007", h, suggestion: $"Thêm khoản \"1.\" dưới mục \"{Display(stack[^1].Last)}\" rồi đặt \"{Display(h)}\" dưới khoản đó, hoặc đổi các mục này thành khoản \"1.\", \"2.\".",
                        args: [("found", Display(h)), ("parent", Display(stack[^1].Last))]);
                CheckParent(h, stack, sink);
                if (letterStyle is not null && h.Kind == HeadingKind.Letter && h.Delimiter != letterStyle)
                    Report(sink, "VB-NUM-005", h, suggestion: $"Viết các điểm của nhóm này \"{h.Written + letterStyle}\", … như các điểm ở phần khác của văn bản.",
                        args: [("found", Display(h)), ("expected", h.Written + letterStyle)]);
                var opened = new OpenLevel(h.Level, h.Rank, h, h.Delimiter);
                if (h.Kind == HeadingKind.Article && articles is not null) opened = Follow(articles, h, sink);
                else if (h.Value != 1 && h.Kind is not (HeadingKind.Article or HeadingKind.Section))
                    Report(sink, "VB-NUM-004", h,
                        suggestion: $"Đánh số cấp này từ \"{Display(h, 1)}\" hoặc bổ sung các mục đứng trước.",
                        args: [("found", Display(h)), ("expected", Display(h, 1))]);
                stack.Add(opened);
                if (h.Kind == HeadingKind.Article) articles = opened;
                continue;
            }
            stack.RemoveRange(at + 1, stack.Count - at - 1);
            var open = stack[at];
            // A run of sub-items under the wrong parent is reported at its first item, not at each.
            if (!SamePrefix(h, open.Last)) CheckParent(h, stack, sink);
            if (h.Delimiter != open.Delimiter && h.Kind is not (HeadingKind.Article or HeadingKind.Section or HeadingKind.Part or HeadingKind.Chapter))
                Report(sink, "VB-NUM-005", h, fix: DelimiterFix(h, open.Delimiter),
                    suggestion: $"Viết \"{h.Written + open.Delimiter}\" như các mục cùng cấp.",
                    args: [("found", Display(h)), ("expected", h.Written + open.Delimiter)]);
            // Reported where the origin changes, once per change: the siblings after it agree with it.
            if (h.Automatic != open.Last.Automatic)
                Report(sink, "VB-NUM-006", h, suggestion: "Chọn một cách đánh số cho cả cấp: áp dụng đánh số tự động cho mọi mục, hoặc gõ số cho mọi mục.",
                    args: ("found", h.Automatic ? "tự động" : "gõ tay"));
            stack[at] = Follow(open, h, sink);
            if (h.Kind == HeadingKind.Article) articles = stack[at];
        }
    }

    /// <summary>
    /// "17. Tổng Thư ký" after "Điều 16." and before "Điều 18.": a typed title that bears the next article's number where
    /// the khoản it would continue do not run to it is that article with its word dropped.
    /// </summary>
    static bool IsArticleWithoutWord(HeadingNumber h, HeadingNumber lastArticle, HeadingNumber? sibling)
    {
        if (h is not { Kind: HeadingKind.Arabic, Delimiter: ".", Automatic: false } || h.Value != lastArticle.Value + 1) return false;
        if (sibling is not null && HeadingSequence.IsNext(sibling, h)) return false;
        var title = h.Paragraph.Text[(h.Start + h.Written.Length + 1)..].Trim();
        return title.Length is > 0 and <= MaxArticleTitle && char.IsUpper(title[0]) && !".;:,".Contains(title[^1]);
    }

    const int MaxArticleTitle = 100;

    static void ReportArticleWithoutWord(FindingSink sink, HeadingNumber h, string prefix) =>
        Report(sink, "VB-NUM-011", h, fix: new TextFix(h.Paragraph.Index, h.Start, 0, prefix),
            suggestion: $"Viết \"{prefix}{h.Written}.\" như tiêu đề các điều khác.", args: [("found", Display(h)), ("expected", prefix + h.Written + ".")]);

    /// <summary>Option <paramref name="value"/> of the question on <paramref name="h"/>'s line.</summary>
    static HeadingNumber Option(HeadingNumber h, int value) => new(h.Paragraph, HeadingKind.Arabic, value, value.ToString(), ".", false, []);

    /// <summary>
    /// The open level a number continues. "2)" or "2-" right after "1." is the same level written differently
    /// (a mixed style), not a new level below it.
    /// </summary>
    static int FindLevel(List<OpenLevel> stack, HeadingNumber h)
    {
        var at = stack.FindLastIndex(l => l.Level == h.Level);
        if (at >= 0 || h.Kind != HeadingKind.Arabic || h.Value == 1) return at;
        var sibling = stack.FindLastIndex(l => l.Last.Kind == HeadingKind.Arabic);
        return sibling >= 0 && HeadingSequence.IsNext(stack[sibling].Last, h) ? sibling : -1;
    }

    /// <summary>Checks that <paramref name="h"/> follows the level's last number and returns the level moved on to it.</summary>
    static OpenLevel Follow(OpenLevel open, HeadingNumber h, FindingSink sink)
    {
        var last = open.Last;
        if (h.Kind == HeadingKind.Path && !SamePrefix(h, last))
            return open with { Last = h, Corrected = null, InTable = null }; // a new parent prefix: "2.1" after "1.3" is judged by its parent
        if (HeadingSequence.IsNext(last, h) || (open.Corrected is { } c && HeadingSequence.IsNext(c, h)) || (open.InTable is { } t && HeadingSequence.IsNext(t, h)))
            return open with { Last = h, Corrected = null, InTable = null };
        for (var outer = open.BrokenOff; outer is { IsEmpty: false }; outer = outer.Pop())
            if (HeadingSequence.IsNext(outer.Peek(), h))
                return open with { Last = h, Corrected = null, BrokenOff = outer.Pop(), InTable = null };

        var expected = HeadingSequence.Next(last);
        var previous = last.RunsTo is { } runsTo ? Display(last, runsTo) : Display(last);
        // Back to the first value may be a second list in the same section rather than a slip: probably wrong, not surely.
        var restart = h.Value == 1 && HeadingSequence.Order(h) < (last.RunsTo ?? HeadingSequence.Order(last));
        var id = restart ? "VB-NUM-003" : h.Written == last.Written ? "VB-NUM-002"
            : HeadingSequence.Order(h) < HeadingSequence.Order(last) ? "VB-NUM-003" : "VB-NUM-001";
        Report(sink, id, h, fix: NumberFix(h, expected.Written), severity: restart ? Severity.Warning : null,
            suggestion: $"Sửa \"{Display(h)}\" thành \"{Display(expected)}\" hoặc bổ sung, sắp xếp lại các mục cho liền mạch.",
            args: [("found", Display(h)), ("previous", previous), ("expected", Display(expected))]);
        var brokenOff = open.BrokenOff ?? ImmutableStack<HeadingNumber>.Empty;
        return open with { Last = h, Corrected = expected, BrokenOff = restart ? brokenOff.Push(last) : null, InTable = null };
    }

    /// <summary>Whether two sub-items name the same parent: "2.1" and "2.3" do, "1.3" and "2.1" do not.</summary>
    static bool SamePrefix(HeadingNumber h, HeadingNumber other) =>
        h.Path.Count == other.Path.Count && h.Path.Take(h.Path.Count - 1).SequenceEqual(other.Path.Take(other.Path.Count - 1));

    /// <summary>"2.1." belongs under "2.": its prefix must name the open parent.</summary>
    static void CheckParent(HeadingNumber h, List<OpenLevel> stack, FindingSink sink)
    {
        if (h.Kind != HeadingKind.Path) return;
        var parent = stack.LastOrDefault(l => l.Rank < h.Rank && (l.Last.Kind == HeadingKind.Arabic || (l.Last.Kind == HeadingKind.Path && l.Last.Path.Count == h.Path.Count - 1)));
        var expected = parent?.Last.Kind == HeadingKind.Arabic ? [parent.Last.Value] : parent?.Last.Path ?? [];
        if (parent is null || h.Path.Take(h.Path.Count - 1).SequenceEqual(expected)) return;
        var renumbered = string.Join(".", expected.Append(h.Value));
        Report(sink, "VB-NUM-007", h, fix: NumberFix(h, renumbered), suggestion: $"Đánh số lại thành \"{renumbered}{h.Delimiter}\" theo mục cha \"{string.Join(".", expected)}.\".",
            args: [("found", h.Written), ("parent", string.Join(".", expected))]);
    }

    /// <summary>Replaces a typed number; Word's automatic numbers are changed in the list, not in the text.</summary>
    static TextFix? NumberFix(HeadingNumber h, string replacement) =>
        h.Start < 0 ? null : new TextFix(h.Paragraph.Index, h.Start, h.Written.Length, replacement);

    /// <summary>Replaces the punctuation right after a typed number ("2-" → "2."), when it is written right after it.</summary>
    static TextFix? DelimiterFix(HeadingNumber h, string delimiter)
    {
        var at = h.Start + h.Written.Length;
        if (h.Start < 0 || at >= h.Paragraph.Text.Length || h.Delimiter.Length != 1) return null;
        var written = h.Paragraph.Text[at];
        return written == h.Delimiter[0] || (written == '–' && h.Delimiter == "-") ? new TextFix(h.Paragraph.Index, at, 1, delimiter) : null;
    }

    static void Report(FindingSink sink, string id, HeadingNumber h, TextFix? fix = null, string? suggestion = null, Severity? severity = null, params (string, string)[] args)
    {
        var excerpt = h.Paragraph.DisplayText.Trim();
        if (excerpt.Length > 120) excerpt = excerpt[..120];
        sink.Report(id, h.Paragraph, excerpt, suggestion, severity, fix, args);
    }

    static string Display(HeadingNumber h) => h.Display;

    /// <summary>Another number of <paramref name="h"/>'s level, printed the same way.</summary>
    static string Display(HeadingNumber h, int value) => h.Prefix + HeadingSequence.Written(h, value) + h.Delimiter;
}
