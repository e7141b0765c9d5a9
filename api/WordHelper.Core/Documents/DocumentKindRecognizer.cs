using System.Text.RegularExpressions;
using WordHelper.Core.RulePack;
using WordHelper.Core.Text;

namespace WordHelper.Core.Documents;

/// <summary>
/// Tells a document that is not an administrative one under NĐ 30/2020 — a speech, a conference agenda, a list, a
/// form, a checklist, an appendix, a legal normative text — from its title lines at the top (words in
/// document-kinds.json). Such a document has no Quốc hiệu, số ký hiệu, Nơi nhận or chữ ký of its own to require.
/// </summary>
public static partial class DocumentKindRecognizer
{
    /// <summary>How many non-blank paragraphs from the top may hold the title.</summary>
    const int TitleWindow = 15;
    /// <summary>A title line is short; a longer line is running text.</summary>
    const int TitleLength = 150;
    /// <summary>How many lines opening with a time of day make a bare "CHƯƠNG TRÌNH" an agenda.</summary>
    const int TimedLines = 3;

    /// <param name="stop">The administrative type line ("KẾ HOẠCH") or the "V/v" summary: the title must stand at or above it.</param>
    /// <returns>The kind and the paragraph of its title line (none for a legal normative text, known by its type).</returns>
    public static (DocumentKind Kind, DraftParagraph? Title)? Recognize(IReadOnlyList<DraftParagraph> ps, DraftParagraph? stop, DocTypeEntry? type, RulePackData pack)
    {
        // A Nghị định, Thông tư or Luật follows the law on legal normative documents, not NĐ 30/2020.
        if (type?.Category == "normative") return (new DocumentKind(type.Name, "normative", [], null, null), null);

        var lines = TitleLines(ps, stop, pack).ToList();
        for (var i = 0; i < lines.Count && !lines[i].Below; i++)
        {
            // The title may run onto the next line: "CHƯƠNG TRÌNH" / "Hội nghị tổng kết công tác năm 2025".
            var keys = i + 1 < lines.Count ? new[] { lines[i].Key, lines[i].Key + " " + lines[i + 1].Key } : [lines[i].Key];
            foreach (var kind in pack.DocumentKinds.Kinds)
            {
                if ((kind.Except ?? []).Any(e => keys.Any(k => Opens(k, e)))) continue;
                if (kind.Titles.Any(t => keys.Any(k => Opens(k, t)))) return (kind, lines[i].Paragraph);
                if ((kind.TimedTitles ?? []).Any(t => lines[i].Key == t) && IsTimed(ps)) return (kind, lines[i].Paragraph);
                if (kind.AttachedText && AttachedText.IsTitle(lines[i].Key, ps, lines[i].Paragraph.Index, pack)) return (kind, lines[i].Paragraph);
            }
        }
        if (pack.DocumentKinds.Kinds.FirstOrDefault(k => k.BlankFields) is { } blank && IsToFillIn(ps)) return (blank, null);
        return null;
    }

    /// <summary>How many paragraphs, and what share of them, must leave a field of dots to fill for a draft to be a blank form.</summary>
    const int BlankFieldsAtLeast = 5;
    const double BlankFieldsShare = 0.2;

    /// <summary>
    /// Line after line leaves a field of dots to fill in: a blank form. Read up to the first appendix, whose forms to
    /// report on do not make the plan above them one; a draft's blank number and date are one or two such lines.
    /// </summary>
    static bool IsToFillIn(IReadOnlyList<DraftParagraph> ps)
    {
        var (lines, blanks) = (0, 0);
        foreach (var p in ps)
        {
            if (p.IsBlank) continue;
            // Only the opening is folded, and the pattern tried only where dots run: every paragraph is asked.
            if (p.Cell is null && VietnameseText.Key(p.Text[..Math.Min(p.Text.Length, 12)]).StartsWith("phu luc", StringComparison.Ordinal)) break;
            lines++;
            if (MayHoldField(p.Text) && BlankField().IsMatch(p.Text)) blanks++;
        }
        return blanks >= BlankFieldsAtLeast && blanks >= BlankFieldsShare * lines;
    }

    static bool MayHoldField(string text) =>
        text.Contains("…", StringComparison.Ordinal) || text.Contains("....", StringComparison.Ordinal) || text.Contains("____", StringComparison.Ordinal) || text.Contains(". . .", StringComparison.Ordinal);

    /// <summary>A field left to fill: eight dots or more, in points, ellipses or underscores ("…………", "........", "________").</summary>
    [GeneratedRegex(@"(?:[.…_]\s?){8,}|…{3,}", RegexOptions.CultureInvariant)]
    private static partial Regex BlankField();

    /// <summary>A draft's stamp ("DỰ THẢO", "Dự thảo lần 2", "(DỰ THẢO 2)"): not a part of the document.</summary>
    public static bool IsDraftStamp(string line, RulePackData pack)
    {
        var key = VietnameseText.Key(line);
        if (key.Length == 0 || key.Length > 40) return false;
        foreach (var stamp in pack.DocumentKinds.DraftStamps)
        {
            if (key == stamp) return true;
            if (key.StartsWith(stamp + " ", StringComparison.Ordinal) && StampTail().IsMatch(key[(stamp.Length + 1)..])) return true;
        }
        return false;
    }

    /// <summary>The folded title lines at the top, up to the type line, the first line of running text or the window's end.</summary>
    /// <remarks>The paragraph under the type line comes too, marked <c>Below</c>: the title may run onto it.</remarks>
    static IEnumerable<(string Key, DraftParagraph Paragraph, bool Below)> TitleLines(IReadOnlyList<DraftParagraph> ps, DraftParagraph? stop, RulePackData pack)
    {
        var seen = 0;
        foreach (var p in ps)
        {
            if (p.IsBlank || Lines(p, pack).All(l => l.Length == 0)) continue;
            var below = stop is not null && p.Index > stop.Index;
            if (++seen > TitleWindow) yield break;
            // A title stands on its own or in a layout table's first row; the rows below hold a table's content.
            if (p.Cell is { Row: > 0 }) continue;
            foreach (var t in Lines(p, pack))
            {
                if (t.Length == 0) continue;
                if (IsRunningText(t)) yield break;
                yield return (VietnameseText.Key(t), p, below);
            }
            if (below) yield break;
        }
    }

    /// <summary>The paragraph's printed lines, trimmed, a draft's stamp left out.</summary>
    static IEnumerable<string> Lines(DraftParagraph p, RulePackData pack) =>
        HeaderRecognizer.Lines(p).Select(l => l.Trim()).Where(t => !IsDraftStamp(t, pack));

    /// <summary>A sentence of the body ("Kính gửi:", "Căn cứ …;", a paragraph of prose) ends the title lines.</summary>
    static bool IsRunningText(string line) => line.Length > TitleLength || line[^1] is '.' or ';' or ':';

    /// <summary>A folded title line that opens with the folded words <paramref name="title"/>.</summary>
    internal static bool Opens(string key, string title) =>
        key.StartsWith(title, StringComparison.Ordinal) && (key.Length == title.Length || key[title.Length] == ' ');

    static bool IsTimed(IReadOnlyList<DraftParagraph> ps) => ps.Count(p => TimeOfDay().IsMatch(p.Text)) >= TimedLines;

    /// <summary>"7h30", "07 giờ 30", "08:00", "Từ 14h00".</summary>
    [GeneratedRegex(@"^\s*(?:[Tt]ừ\s+)?\d{1,2}\s*(?:h|giờ|:)\s*\d{0,2}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex TimeOfDay();

    /// <summary>What may follow "dự thảo" in a stamp: "lần 2", "lần thứ hai", "2", "ngày 15/3/2026".</summary>
    [GeneratedRegex(@"^(?:lan(?: thu)? \w+|\d+|so \d+|ngay [\d ]+(?:thang [\d ]+)?(?:nam \d+)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex StampTail();
}
