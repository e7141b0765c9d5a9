using System.Text;
using System.Text.RegularExpressions;
using WordHelper.Core.Documents;
using WordHelper.Core.RulePack;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Format;

/// <summary>
/// A term of fixed-terms.json written with other punctuation between its words ("KINH TẾ XÃ HỘI", "phổ biến giáo dục,
/// pháp luật", "Sở Văn hóa – Thể thao và Du lịch"), without its "và" ("Sở Khoa học Công nghệ") or, for a platform's
/// name, with other capitals ("VneID", "You tube"). One finding per way of writing it, naming every place; quoted text
/// is left alone.
/// </summary>
public sealed class FixedTermRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-FMT-016"];

    /// <summary>A term, its pattern, and the folded letters any writing of it begins with (to skip paragraphs cheaply).</summary>
    sealed record Pattern(FixedTerm Term, Regex Regex, string Opening);

    static readonly PerPack<IReadOnlyList<Pattern>> Patterns = new(pack =>
        pack.FixedTerms.Terms.Select(t => VietnameseText.Normalize(t.Term)).Zip(pack.FixedTerms.Terms)
            .Select(x => new Pattern(x.Second with { Term = x.First }, Build(x.First), Opening(x.First))).ToList());

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var found = new Dictionary<string, (DraftParagraph Paragraph, Match Match, string Right, List<DraftParagraph> Places)>(StringComparer.Ordinal);
        foreach (var p in context.TextParagraphs)
        {
            if (p.IsBlank) continue;
            var folded = context.Folded(p).Key;
            foreach (var pattern in Patterns.For(context.Pack))
            {
                if (!folded.Contains(pattern.Opening, StringComparison.Ordinal)) continue;
                foreach (Match m in pattern.Regex.Matches(p.Text))
                {
                    var right = pattern.Term.CaseFixed ? pattern.Term.Term : CasedLike(m.Value, pattern.Term.Term);
                    if (IsRight(pattern.Term, m.Value, right) || context.IsQuoted(p, m.Index)) continue;
                    if (found.TryGetValue(m.Value, out var seen)) seen.Places.Add(p);
                    else found[m.Value] = (p, m, right, [p]);
                }
            }
        }
        foreach (var (written, (p, m, right, places)) in found)
        {
            var fix = p.List is null ? new TextFix(p.Index, m.Index, m.Length, right) : null;
            sink.Report("VB-FMT-016", p, written, suggestion: right, fix: fix,
                args: [("text", written), ("term", right), ("where", Places.Listed(context, places))]);
        }
    }

    /// <summary>The term's first letters up to where its first word may be split ("you" of "YouTube"), folded.</summary>
    static string Opening(string term)
    {
        var first = Words.Split(term)[0].Text;
        var end = 1;
        while (end < first.Length && char.IsUpper(first[end]) == char.IsUpper(first[end - 1])) end++;
        return VietnameseText.Key(first[..end]);
    }

    /// <summary>Written as the term (in any case unless its capitals are fixed) or as one of its other right writings.</summary>
    static bool IsRight(FixedTerm term, string written, string right) =>
        term.CaseFixed ? written == right
            : string.Equals(written, right, StringComparison.OrdinalIgnoreCase)
              || (term.Also ?? []).Any(a => string.Equals(written, VietnameseText.Normalize(a), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The term's words in any case, with what may stand for the separator between them; a name's letters may be split
    /// by a space where its capitals change ("You tube").
    /// </summary>
    static Regex Build(string term)
    {
        var pattern = new StringBuilder(@"(?<![\p{L}\p{N}])");
        var words = Words.Split(term);
        for (var w = 0; w < words.Count; w++)
        {
            var text = words[w].Text;
            if (w > 0 && text == "và")
            {
                // "Sở Khoa học Công nghệ": the "và" of a name may be dropped.
                pattern.Append("(?:").Append(Between(term[words[w - 1].End..words[w].Start])).Append("và)?");
                continue;
            }
            if (w > 0) pattern.Append(Between(term[words[w - 1].End..words[w].Start]));
            for (var i = 0; i < text.Length; i++)
            {
                if (i > 0 && char.IsUpper(text[i]) != char.IsUpper(text[i - 1])) pattern.Append(@"\s?");
                pattern.Append(Regex.Escape(text[i].ToString()));
            }
        }
        pattern.Append(@"(?![\p{L}\p{N}])");
        return new Regex(pattern.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>
    /// What may stand where the term has a comma (a comma, a dash or none), a hyphen (a hyphen, a dash or none) or a
    /// space (a space or a misplaced comma): an enumeration "kinh tế, xã hội" is not the compound "kinh tế - xã hội".
    /// </summary>
    static string Between(string separator) =>
        separator.Contains(',') ? @"\s*[,\-–—]?\s*" : separator.Contains('-') ? @"\s*[-–—]?\s*" : @"(?:\s*,\s*|\s+)";

    /// <summary>The term in capitals when written in capitals, else with the written first letter's case.</summary>
    static string CasedLike(string written, string term) =>
        written.Any(char.IsLetter) && VietnameseText.IsUpperText(written) ? VietnameseText.Upper(term) : VietnameseText.CasedLike(written, term);
}
