using System.Text.RegularExpressions;
using WordHelper.Core.Documents;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Format;

/// <summary>
/// Spaces around punctuation as Vietnamese typing has them: none before a comma, semicolon or colon and one after it,
/// none inside brackets or quotation marks, one after a closing quotation mark, before an opening bracket, after a list
/// marker "(1)", a heading number "6.1.", an ellipsis and a date word ("năm 1906"); a space on both sides of a hyphen
/// between two figures or names or none ("2025 - 2026", "Mác - Lênin", not "2025- 2026", "Mác- Lênin");
/// and one space between words, not a run of them. Read in the text a drafter wrote (body, appended
/// texts, notes); the header and the signature block are laid out with spaces on purpose, and so may be a table cell's
/// figures, so only a run between two lower-case words counts there.
/// </summary>
public sealed partial class SpacingRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-FMT-014"];

    /// <summary>A slip: its pattern, the words for it, its repair, where it is looked for, and a text any match contains (to skip paragraphs cheaply).</summary>
    /// <remarks><c>QuoteEdge</c>: the slip is at a quotation's own marks, the drafter's even where the quoted text is not.</remarks>
    sealed record Slip(Regex Pattern, string Problem, Func<Match, string> Repair, Func<string, bool> Holds, bool InCells = true, Severity? Severity = null, bool OnlyInCells = false, bool QuoteEdge = false);

    static readonly Slip[] Slips =
    [
        new(GluedAfterQuote(), "thiếu dấu cách sau dấu ngoặc kép đóng", m => m.Value + " ", t => t.Contains('”')),
        new(GluedBeforeBracket(), "thiếu dấu cách trước dấu mở ngoặc", m => " " + m.Value, t => t.Contains('(')),
        new(GluedAfterMarker(), "thiếu dấu cách sau số thứ tự", m => m.Value + " ", t => t.Contains(')')),
        new(GluedAfterHeadingNumber(), "thiếu dấu cách sau số đề mục", m => m.Value + " ", t => t.Length > 0 && char.IsAsciiLetterOrDigit(t[0])),
        new(GluedAfterEllipsis(), "thiếu dấu cách sau dấu ba chấm", m => m.Value + " ", t => t.Contains('…') || t.Contains("...", StringComparison.Ordinal)),
        new(SpaceInsideBracket(), "dấu cách thừa trong dấu ngoặc", m => m.Value.Trim(), t => t.Contains("( ", StringComparison.Ordinal) || t.Contains(" )", StringComparison.Ordinal)),
        new(SpaceBeforeComma(), "dấu cách thừa trước dấu phẩy, dấu chấm phẩy", m => m.Value.TrimStart() + (m.Groups["glued"].Success ? " " : ""),
            t => t.Contains(" ,", StringComparison.Ordinal) || t.Contains(" ;", StringComparison.Ordinal)),
        new(SpaceBeforeColon(), "dấu cách thừa trước dấu hai chấm", m => m.Value.TrimStart() + (m.Groups["glued"].Success ? " " : ""),
            t => t.Contains(" :", StringComparison.Ordinal), Severity: Rules.Severity.Info),
        new(GluedAfterComma(), "thiếu dấu cách sau dấu phẩy, dấu chấm phẩy", m => m.Value + " ", t => t.Contains(',') || t.Contains(';')),
        new(SpaceInsideQuote(), "dấu cách thừa trong dấu ngoặc kép", m => m.Value.Trim(), t => t.Contains("“ ", StringComparison.Ordinal) || t.Contains(" ”", StringComparison.Ordinal), QuoteEdge: true),
        new(GluedDateWord(), "thiếu dấu cách giữa chữ và số", m => m.Value + " ", t => t.Length > 4),
        new(LopsidedDash(), "gạch nối giữa hai số có dấu cách một bên", _ => " - ", t => t.Contains("- ", StringComparison.Ordinal) || t.Contains(" -", StringComparison.Ordinal), Severity: Rules.Severity.Info),
        new(LopsidedWordDash(), "gạch nối giữa hai chữ có dấu cách một bên", _ => " - ", t => t.Contains("- ", StringComparison.Ordinal) || t.Contains(" -", StringComparison.Ordinal), Severity: Rules.Severity.Info),
        new(SpaceRun(), "nhiều dấu cách liền nhau giữa hai chữ", _ => " ", HasSpaceRun, InCells: false, Severity: Rules.Severity.Info),
        new(SpaceRunInWords(), "nhiều dấu cách liền nhau giữa hai chữ", _ => " ", HasSpaceRun, Severity: Rules.Severity.Info, OnlyInCells: true),
    ];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var laidOut = LaidOutParagraphs(context.Header);
        foreach (var p in context.TextParagraphs)
        {
            // The header is laid out with spaces on purpose, all but the summary the drafter types ("V/v  đăng ký").
            if (p.IsBlank || laidOut.Contains(p.Index) || p.Index < context.Header.BodyStart && context.Header.LooksAdministrative && p != context.Header.TitleParagraph) continue;
            foreach (var slip in Slips)
            {
                if (p.Cell is not null ? !slip.InCells : slip.OnlyInCells) continue;
                if (!slip.Holds(p.Text)) continue;
                // A slip at a quotation's edge (“…”đã) is the drafter's; one inside the quoted text is not.
                var slips = slip.Pattern.Matches(p.Text).Where(m => slip.QuoteEdge || !(context.IsQuoted(p, m.Index) && context.IsQuoted(p, m.Index + m.Length))).ToList();
                if (slips.Count == 0) continue;
                // One fix repairs a paragraph's slips of a kind: told once.
                if (slips.Count > 1) ReportAll(sink, p, slip, slips);
                else foreach (var m in slips) Report(sink, p, slip, m);
            }
        }
    }

    static void Report(FindingSink sink, DraftParagraph p, Slip slip, Match m)
    {
        var repaired = slip.Repair(m);
        var fix = p.List is null ? new TextFix(p.Index, m.Index, m.Length, repaired) : null;
        sink.Report("VB-FMT-014", p, Around(p.Text, m), suggestion: repaired.Trim().Length > 0 ? Around(p.Text, m, repaired) : null,
            severity: slip.Severity, fix: fix, args: [("problem", slip.Problem), ("text", Around(p.Text, m))]);
    }

    /// <summary>A paragraph's slips of one kind, told once: one fix repairs them all.</summary>
    static void ReportAll(FindingSink sink, DraftParagraph p, Slip slip, IReadOnlyList<Match> slips)
    {
        var (start, end) = (slips[0].Index, slips[^1].Index + slips[^1].Length);
        var repaired = slip.Pattern.Replace(p.Text[start..end], m => slip.Repair(m));
        var fix = p.List is null ? new TextFix(p.Index, start, end - start, repaired) : null;
        sink.Report("VB-FMT-014", p, Around(p.Text, slips[0]), severity: slip.Severity, fix: fix,
            args: [("problem", $"{slip.Problem} ({slips.Count} chỗ trong đoạn)"), ("text", Around(p.Text, slips[0]))]);
    }

    static bool HasSpaceRun(string text) => text.Contains("  ", StringComparison.Ordinal);

    /// <summary>Kính gửi, Nơi nhận and the signature block: columns and names aligned by hand.</summary>
    static HashSet<int> LaidOutParagraphs(DocumentHeader header) =>
        [.. header.KinhGui.Select(l => l.Paragraph.Index), .. header.Recipients.Select(l => l.Paragraph.Index), .. header.Signature.Select(p => p.Index)];

    /// <summary>The words either side of a slip, as written or repaired: "quốc gia(NDXP)".</summary>
    static string Around(string text, Match m, string? replacement = null)
    {
        if (replacement is null) return Words.Around(text, m.Index, m.Index + m.Length);
        var repaired = text[..m.Index] + replacement + text[(m.Index + m.Length)..];
        return Words.Around(repaired, m.Index, m.Index + replacement.Length);
    }

    [GeneratedRegex(@"”(?=\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex GluedAfterQuote();

    // "quốc gia(NDXP)": a word in lower case, then a bracket opening on a word. "(s)" after a capital is an abbreviation's plural.
    [GeneratedRegex(@"(?<=\p{Ll}{2})\((?=\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex GluedBeforeBracket();

    [GeneratedRegex(@"(?<=(?:^|\s)\(\d{1,2})\)(?=\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex GluedAfterMarker();

    // "6.1.Công tác", "II.KẾT QUẢ": a heading number run into its capitalised first word.
    [GeneratedRegex(@"^(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,5})\.(?=\p{Lu}\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex GluedAfterHeadingNumber();

    // "chi phí…trên cơ sở"; a form's dotted blank ("ngày……tháng") has no letter right before it.
    [GeneratedRegex(@"(?<=\p{Ll}{2})(?:…|\.{3})(?=\p{Ll})", RegexOptions.CultureInvariant)]
    private static partial Regex GluedAfterEllipsis();

    /// <summary>"2025- 2026", "2021 -2025": a span of years or figures with a space on one side of its hyphen only.</summary>
    [GeneratedRegex(@"(?<=\d)(?:- +| +-)(?=\d)", RegexOptions.CultureInvariant)]
    private static partial Regex LopsidedDash();

    [GeneratedRegex(@"\( +(?=\p{L})|(?<=\p{L}) +\)", RegexOptions.CultureInvariant)]
    private static partial Regex SpaceInsideBracket();

    // "Năm 1960 , tại", "máy nổ ;Đón tiếp": a space before the mark (and none after it, then added).
    [GeneratedRegex(@"(?<=[\p{L}\p{N}”)]) +[,;](?:(?=\s|$)|(?<glued>(?=\p{L})))", RegexOptions.CultureInvariant)]
    private static partial Regex SpaceBeforeComma();

    // "như sau :": one space before the colon after a word; a run of spaces or a tab lines a form's labels up on purpose,
    // and a colon between figures or symbols is a ratio or a standard's year ("5.592 : 4", "Cm : Cmax", "TCVN 4447 : 2012").
    [GeneratedRegex(@"(?<=\p{Ll}\p{Ll}) :(?:(?=\s+[^\d\s]|\s*$)|(?<glued>(?=\p{L})))", RegexOptions.CultureInvariant)]
    private static partial Regex SpaceBeforeColon();

    // "các Nghị định,Thông tư": a comma run into the next word, between words in lower case (not "CB,CC,VC" nor "1,5").
    [GeneratedRegex(@"(?<=\p{Ll}\p{Ll})[,;](?=\p{L}\p{Ll})", RegexOptions.CultureInvariant)]
    private static partial Regex GluedAfterComma();

    // "“ Giải pháp …”", "“… phẫu thuật ”": a space inside the curly quotation marks.
    [GeneratedRegex(@"“ +(?=\p{L})|(?<=\p{L}) +”", RegexOptions.CultureInvariant)]
    private static partial Regex SpaceInsideQuote();

    // "Năm1906", "tháng6": a date word run into its figure.
    [GeneratedRegex(@"(?<![\p{L}])(?:[Nn]ăm|[Tt]háng|[Nn]gày)(?=\d)", RegexOptions.CultureInvariant)]
    private static partial Regex GluedDateWord();

    /// <summary>"Mác- Lênin", "Sài Gòn -Chợ Lớn": a hyphen between words with a space on one side only.</summary>
    // Between words, not in a symbol ("346/UBND- NC" is the citation checks' to report).
    [GeneratedRegex(@"(?<=\p{Ll}{2})- +(?=\p{Lu})|(?<=\p{Ll}{2}) +-(?=\p{Lu}\p{Ll})", RegexOptions.CultureInvariant)]
    private static partial Regex LopsidedWordDash();

    // In a table cell, only between two lower-case words: a cell's figures and names may be aligned with spaces.
    [GeneratedRegex(@"(?<=\p{Ll})(?<!(?:ngày|tháng|năm)) {2,}(?=\p{Ll})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SpaceRunInWords();

    // Between two words or after a word's punctuation; leading spaces and tabs are indentation, and the blanks of a date
    // to be filled when signed ("ngày     tháng     năm 2025") are left for the day, not slips.
    [GeneratedRegex(@"(?<=[\p{L}\p{N},;.:)”])(?<!(?:ngày|tháng|năm)) {2,}(?=[\p{L}\p{N}(“])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SpaceRun();
}
