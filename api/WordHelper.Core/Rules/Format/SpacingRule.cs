using System.Text.RegularExpressions;
using WordHelper.Core.Documents;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Format;

/// <summary>
/// Spaces around punctuation as Vietnamese typing has them: none before a comma or semicolon, none inside brackets,
/// one after a closing quotation mark, before an opening bracket, after a list marker "(1)", a heading number "6.1."
/// and an ellipsis; a space on both sides of a hyphen between two figures or none ("2025 - 2026", not "2025- 2026");
/// and one space between words, not a run of them. Read in the text a drafter wrote (body, appended
/// texts, notes); the header and the signature block are laid out with spaces on purpose, and so may be a table cell's
/// figures, so only a run between two lower-case words counts there.
/// </summary>
public sealed partial class SpacingRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-FMT-014"];

    /// <summary>A slip: its pattern, the words for it, its repair, where it is looked for, and a text any match contains (to skip paragraphs cheaply).</summary>
    sealed record Slip(Regex Pattern, string Problem, Func<Match, string> Repair, Func<string, bool> Holds, bool InCells = true, Severity? Severity = null, bool OnlyInCells = false);

    static readonly Slip[] Slips =
    [
        new(GluedAfterQuote(), "thiếu dấu cách sau dấu ngoặc kép đóng", m => m.Value + " ", t => t.Contains('”')),
        new(GluedBeforeBracket(), "thiếu dấu cách trước dấu mở ngoặc", m => " " + m.Value, t => t.Contains('(')),
        new(GluedAfterMarker(), "thiếu dấu cách sau số thứ tự", m => m.Value + " ", t => t.Contains(')')),
        new(GluedAfterHeadingNumber(), "thiếu dấu cách sau số đề mục", m => m.Value + " ", t => t.Length > 0 && char.IsAsciiLetterOrDigit(t[0])),
        new(GluedAfterEllipsis(), "thiếu dấu cách sau dấu ba chấm", m => m.Value + " ", t => t.Contains('…') || t.Contains("...", StringComparison.Ordinal)),
        new(SpaceInsideBracket(), "dấu cách thừa trong dấu ngoặc", m => m.Value.Trim(), t => t.Contains("( ", StringComparison.Ordinal) || t.Contains(" )", StringComparison.Ordinal)),
        new(SpaceBeforeComma(), "dấu cách thừa trước dấu phẩy, dấu chấm phẩy", m => m.Value.TrimStart(), t => t.Contains(" ,", StringComparison.Ordinal) || t.Contains(" ;", StringComparison.Ordinal)),
        new(LopsidedDash(), "gạch nối giữa hai số có dấu cách một bên", _ => " - ", t => t.Contains("- ", StringComparison.Ordinal) || t.Contains(" -", StringComparison.Ordinal), Severity: Rules.Severity.Info),
        new(SpaceRun(), "nhiều dấu cách liền nhau giữa hai chữ", _ => " ", HasSpaceRun, InCells: false, Severity: Rules.Severity.Info),
        new(SpaceRunInWords(), "nhiều dấu cách liền nhau giữa hai chữ", _ => " ", HasSpaceRun, Severity: Rules.Severity.Info, OnlyInCells: true),
    ];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var laidOut = LaidOutParagraphs(context.Header);
        foreach (var p in context.TextParagraphs)
        {
            if (p.IsBlank || laidOut.Contains(p.Index) || p.Index < context.Header.BodyStart && context.Header.LooksAdministrative) continue;
            foreach (var slip in Slips)
            {
                if (p.Cell is not null ? !slip.InCells : slip.OnlyInCells) continue;
                if (!slip.Holds(p.Text)) continue;
                // A slip at a quotation's edge (“…”đã) is the drafter's; one inside the quoted text is not.
                var slips = slip.Pattern.Matches(p.Text).Where(m => !(context.IsQuoted(p, m.Index) && context.IsQuoted(p, m.Index + m.Length))).ToList();
                if (slips.Count == 0) continue;
                if (slip.Severity == Severity.Info && slips.Count > 1) ReportAll(sink, p, slip, slips);
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

    /// <summary>Runs of spaces, information only, told once a paragraph: one fix repairs them all.</summary>
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

    [GeneratedRegex(@"(?<=\p{L}) +[,;](?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex SpaceBeforeComma();

    // In a table cell, only between two lower-case words: a cell's figures and names may be aligned with spaces.
    [GeneratedRegex(@"(?<=\p{Ll})(?<!(?:ngày|tháng|năm)) {2,}(?=\p{Ll})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SpaceRunInWords();

    // Between two words or after a word's punctuation; leading spaces and tabs are indentation, and the blanks of a date
    // to be filled when signed ("ngày     tháng     năm 2025") are left for the day, not slips.
    [GeneratedRegex(@"(?<=[\p{L}\p{N},;.:)”])(?<!(?:ngày|tháng|năm)) {2,}(?=[\p{L}\p{N}(“])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SpaceRun();
}
