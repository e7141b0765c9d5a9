using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Numbering;

/// <summary>
/// Heading numbers read as a reader reads them: each level's numbers run on without gap, repeat or step back under
/// one parent (errors); a level starts at its first value, keeps one punctuation, does not mix automatic and typed
/// numbers, and "2.1." sits under "2." (warnings). Levels nest in the order they first appear, so any scheme works
/// (I → 1 → a), -, +; Chương → Điều → khoản → điểm). Tables, appendices and the parts after the body are separate.
/// </summary>
public sealed class HeadingNumberingRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-NUM-001", "VB-NUM-002", "VB-NUM-003", "VB-NUM-004", "VB-NUM-005", "VB-NUM-006", "VB-NUM-007"];

    /// <summary>One open level: its last number and the punctuation and origin its first number set.</summary>
    sealed record OpenLevel(string Level, int Rank, HeadingNumber Last, string Delimiter, bool Automatic);

    public void Analyze(CheckContext context, FindingSink sink)
    {
        if (!context.Header.LooksAdministrative) return;
        // Each paragraph read once: a heading number, a fresh start (appendix, "QUYẾT ĐỊNH:"), or nothing. Tables are apart.
        var items = context.Body.Where(p => p.Cell is null)
            .Select(p => (Paragraph: p, Afresh: StartsAfresh(p.DisplayText, context), Heading: HeadingNumber.Parse(p)))
            .ToList();
        // Whether the draft puts khoản (1., 2.) under its sections: then a point (a) or a sub-item (1.1.) straight under
        // a section skipped a level.
        var usesArabic = items.Any(i => i.Heading is { Kind: HeadingKind.Arabic, Delimiter: not ")" });
        var stack = new List<OpenLevel>();
        foreach (var (_, afresh, heading) in items)
        {
            if (afresh) { stack.Clear(); continue; }
            if (heading is not { } h) continue;

            var at = stack.FindLastIndex(l => l.Level == h.Level);
            if (at < 0)
            {
                // A level met for the first time closes the levels that rank below it ("2." after "c)" closes the points).
                var keep = stack.FindLastIndex(l => l.Rank < h.Rank);
                stack.RemoveRange(keep + 1, stack.Count - keep - 1);
                if (usesArabic && stack.Count > 0 && stack[^1].Last.Kind == HeadingKind.Roman && h.Kind is HeadingKind.Letter or HeadingKind.Path)
                    Report(sink, "VB-NUM-007", h, args: [("found", h.Written + h.Delimiter), ("parent", stack[^1].Last.Written + stack[^1].Last.Delimiter)]);
                CheckFirst(h, stack, sink);
                stack.Add(new OpenLevel(h.Level, h.Rank, h, h.Delimiter, h.Automatic));
                continue;
            }
            stack.RemoveRange(at + 1, stack.Count - at - 1);
            var open = stack[at];
            CheckParent(h, stack, sink);
            CheckNext(open.Last, h, sink);
            if (h.Delimiter != open.Delimiter && h.Kind is not (HeadingKind.Article or HeadingKind.Section or HeadingKind.Part or HeadingKind.Chapter))
                Report(sink, "VB-NUM-005", h, args: [("found", h.Written + h.Delimiter), ("expected", h.Written + open.Delimiter)]);
            if (h.Automatic != open.Automatic)
                Report(sink, "VB-NUM-006", h, args: ("found", h.Automatic ? "tự động" : "gõ tay"));
            stack[at] = open with { Last = h };
        }
    }

    /// <summary>"2.1." belongs under "2.": its prefix must name the open parent.</summary>
    static void CheckParent(HeadingNumber h, List<OpenLevel> stack, FindingSink sink)
    {
        if (h.Kind != HeadingKind.Path) return;
        var parent = stack.LastOrDefault(l => l.Rank < h.Rank && (l.Last.Kind == HeadingKind.Arabic || (l.Last.Kind == HeadingKind.Path && l.Last.Path.Count == h.Path.Count - 1)));
        var expected = parent?.Last.Kind == HeadingKind.Arabic ? [parent.Last.Value] : parent?.Last.Path ?? [];
        if (parent is not null && !h.Path.Take(h.Path.Count - 1).SequenceEqual(expected))
            Report(sink, "VB-NUM-007", h, args: [("found", h.Written), ("parent", string.Join(".", expected))]);
    }

    static void CheckFirst(HeadingNumber h, List<OpenLevel> stack, FindingSink sink)
    {
        CheckParent(h, stack, sink);
        if (h.Value != 1 && h.Kind is not (HeadingKind.Article or HeadingKind.Section))
            Report(sink, "VB-NUM-004", h, args: [("found", Display(h)), ("expected", Display(h, 1))]);
    }

    static void CheckNext(HeadingNumber last, HeadingNumber h, FindingSink sink)
    {
        if (h.Kind == HeadingKind.Path && !h.Path.Take(h.Path.Count - 1).SequenceEqual(last.Path.Take(last.Path.Count - 1)))
            return; // a new parent prefix: "2.1" after "1.3" is judged by its parent, not as a sibling
        var expected = last.Value + 1;
        if (IsNext(last, h)) return;
        var id = h.Written == last.Written ? "VB-NUM-002" : Order(h) < Order(last) ? "VB-NUM-003" : "VB-NUM-001";
        // Back to the first value may be a second list in the same section rather than a slip: probably wrong, not surely.
        var severity = id == "VB-NUM-003" && h.Value == 1 ? Severity.Warning : (Severity?)null;
        var fix = h.Automatic ? null : new TextFix(h.Paragraph.Index, h.Paragraph.Text.IndexOf(h.Written, StringComparison.Ordinal), h.Written.Length, Written(h, expected));
        Report(sink, id, h, fix: fix, suggestion: Written(h, expected) + h.Delimiter, severity: severity,
            args: [("found", Display(h)), ("previous", Display(last)), ("expected", Display(h, expected))]);
    }

    /// <summary>
    /// The number that should follow. Points follow the Vietnamese alphabet (d → đ → e) or, as Word's automatic
    /// letters and many drafters do, the Latin one (d → e → f).
    /// </summary>
    static bool IsNext(HeadingNumber last, HeadingNumber h)
    {
        if (h.Kind != HeadingKind.Letter) return h.Value == last.Value + 1;
        var vietnamese = HeadingNumber.VietnameseLetters.IndexOf(last.Written[0]) is var i and >= 0
            && i + 1 < HeadingNumber.VietnameseLetters.Length && HeadingNumber.VietnameseLetters[i + 1] == h.Written[0];
        return vietnamese || Latin(h) == Latin(last) + 1;
    }

    /// <summary>Position in the alphabet, đ just after d, for telling "before" from "after".</summary>
    static double Order(HeadingNumber h) => h.Kind == HeadingKind.Letter ? (Latin(h) ?? 0) + (h.Written == "đ" ? 4.5 : 0) : h.Value;

    static int? Latin(HeadingNumber h) => h.Written.Length == 1 && h.Written[0] is >= 'a' and <= 'z' ? h.Written[0] - 'a' + 1 : null;

    static void Report(FindingSink sink, string id, HeadingNumber h, TextFix? fix = null, string? suggestion = null, Severity? severity = null, params (string, string)[] args)
    {
        var excerpt = h.Paragraph.DisplayText.Trim();
        if (excerpt.Length > 120) excerpt = excerpt[..120];
        sink.Report(id, h.Paragraph, excerpt, suggestion, severity, fix, args);
    }

    /// <summary>How a number is printed: "3.", "II.", "b)", "2.1.", "Điều 4".</summary>
    static string Display(HeadingNumber h, int? value = null) => (value is { } v ? Written(h, v) : h.Written) + h.Delimiter;

    static string Written(HeadingNumber h, int value) => h.Kind switch
    {
        HeadingKind.Roman => Humanizer.RomanNumeralExtensions.ToRoman(Math.Max(1, value)),
        HeadingKind.Letter => value >= 1 && value <= HeadingNumber.VietnameseLetters.Length ? HeadingNumber.VietnameseLetters[value - 1].ToString() : h.Written,
        HeadingKind.Path => string.Join(".", h.Path.Take(h.Path.Count - 1).Append(value)),
        HeadingKind.Article => "Điều " + value,
        HeadingKind.Section => "Mục " + value,
        HeadingKind.Part or HeadingKind.Chapter => h.Written.All(char.IsDigit) ? value.ToString() : Humanizer.RomanNumeralExtensions.ToRoman(Math.Max(1, value)),
        _ => value.ToString(),
    };

    /// <summary>An appendix, and the "QUYẾT ĐỊNH:" line before the articles, start their own numbering.</summary>
    static bool StartsAfresh(string text, CheckContext context)
    {
        var trimmed = text.Trim().TrimEnd(':').Trim();
        if (trimmed.Length is 0 or > 80) return false;
        var key = VietnameseText.Key(trimmed);
        if (key.StartsWith("phu luc", StringComparison.Ordinal)) return true;
        return VietnameseText.IsUpperText(trimmed) && context.Pack.DocTypes.Any(t => VietnameseText.Key(t.Name) == key || key == "quyet nghi");
    }
}
