using System.Text.RegularExpressions;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.CitationChecks;

/// <summary>
/// The capitals of a reference to parts of a text (NĐ 30/2020, Phụ lục II, mục II.6): "Chương" and "Điều" are
/// capitalised ("khoản 4 Điều 32", "Như Điều 4"), "khoản" and "điểm" are not within a sentence ("Điều 31 và Khoản 4
/// Điều 32", "các Khoản phụ cấp"). A paragraph or sentence that opens with the word is left alone, and so is quoted text.
/// </summary>
public sealed partial class PartReferenceCaseRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-CIT-022"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        // One finding per word miswritten, at its first place, naming the others: the drafter fixes a habit once.
        var found = new ByWriting<(Match Match, bool Capital)>();
        foreach (var p in context.TextParagraphs)
        {
            if (p.IsBlank || VietnameseText.IsUpperText(p.Text)) continue;
            var text = p.Text;
            // Most paragraphs name no part of a text: skip them before any pattern runs.
            var heads = text.Contains("điều", StringComparison.Ordinal) || text.Contains("chương", StringComparison.Ordinal) ? LowerHead().Matches(text) : null;
            var parts = text.Contains("Khoản", StringComparison.Ordinal) || text.Contains("Điểm", StringComparison.Ordinal) ? CapitalPart().Matches(text) : null;
            foreach (var (m, capital) in (heads?.Select(m => (m, true)) ?? []).Concat(parts?.Select(m => (m, false)) ?? []))
            {
                var word = m.Groups["w"].Value;
                if (context.IsQuoted(p, m.Groups["w"].Index)) continue;
                found.Add(word, p, (m, capital));
            }
        }
        foreach (var (_, p, (m, capital), where) in found.Each(context)) Report(sink, p, m, capital, where);
    }

    static void Report(FindingSink sink, Documents.DraftParagraph p, Match m, bool capital, string where)
    {
        var word = m.Groups["w"];
        var right = (capital ? char.ToUpper(word.Value[0], VietnameseText.Vi) : char.ToLower(word.Value[0], VietnameseText.Vi)) + word.Value[1..];
        var fix = p.List is null ? new TextFix(p.Index, word.Index, word.Length, right) : null;
        var written = m.Value.Trim();
        sink.Report("VB-CIT-022", p, written, suggestion: right + written[word.Value.Length..], fix: fix,
            args: [("text", written), ("word", right), ("rule", capital ? "viết hoa" : "viết thường"), ("where", where)]);
    }

    // "theo điều 4", "chương II": the head of a law's part in lower case, before its number.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<w>điều|chương)\s+(?:\d+|[IVXLC]+)(?![\p{L}\p{N}/])", RegexOptions.CultureInvariant)]
    private static partial Regex LowerHead();

    // "và Khoản 4 Điều 32" within a sentence (after a word or a comma), not at its start; "các Khoản phụ cấp", the common
    // noun after a word of number ("Khoản vay ADB" may name a loan).
    [GeneratedRegex(@"(?<=[\p{L}\p{N},]\s+)(?<w>Khoản|Điểm)\s+(?:\d+|[a-zđ](?![\p{L}]))|(?<=\b(?:các|những|mọi)\s+)(?<w>Khoản)\s+\p{Ll}+", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalPart();
}
