using System.Text;
using System.Text.RegularExpressions;
using WordHelper.Core.Documents;
using WordHelper.Core.RulePack;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Format;

/// <summary>
/// A term of fixed-terms.json written with other punctuation between its words ("KINH TẾ XÃ HỘI", "phổ biến giáo dục,
/// pháp luật", "Sở Văn hóa – Thể thao và Du lịch"), without its "và" ("Sở Khoa học Công nghệ"), for a platform's
/// name with other capitals ("VneID", "You tube"), or for common nouns with capitals ("các Sở, Ban, Ngành"). One finding per way of writing it, naming every place; quoted text
/// is left alone.
/// </summary>
public sealed class FixedTermRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-FMT-016"];

    sealed record Pattern(FixedTerm Term, Regex Regex);

    /// <summary>
    /// The terms by the folded words any writing of them begins with: its first two words, or for a one-word name the
    /// name and the letters before its capitals change ("you" of "YouTube", written "You tube" too) with nothing
    /// second. Keyed by the first word alone (string keys hash fastest): most words of a draft open no term.
    /// </summary>
    static readonly PerPack<Dictionary<string, (string Second, Pattern Pattern)[]>> ByOpening = new(pack =>
        pack.FixedTerms.Terms
            .Select(t => new Pattern(t with { Term = VietnameseText.Normalize(t.Term) }, Build(VietnameseText.Normalize(t.Term))))
            .SelectMany(p => Openings(p.Term.Term).Select(o => (o.First, o.Second, Pattern: p)))
            .GroupBy(x => x.First, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => (x.Second, x.Pattern)).ToArray(), StringComparer.Ordinal));

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var found = new ByWriting<(Match Match, string Right)>();
        foreach (var p in context.TextParagraphs)
        {
            if (p.IsBlank) continue;
            foreach (var pattern in Candidates(ByOpening.For(context.Pack), context.Words(p)))
            {
                foreach (Match m in pattern.Regex.Matches(p.Text))
                {
                    var right = pattern.Term.CaseFixed ? pattern.Term.Term : CasedLike(m.Value, pattern.Term.Term);
                    if (IsRight(pattern.Term, m.Value, right) || WebAddress.Holds(p.Text, m.Index, m.Index + m.Length) || context.IsQuoted(p, m.Index)) continue;
                    found.Add(m.Value, p, (m, right));
                }
            }
        }
        foreach (var (written, p, (m, right), where) in found.Each(context))
        {
            var fix = p.List is null ? new TextFix(p.Index, m.Index, m.Length, right) : null;
            sink.Report("VB-FMT-016", p, written, suggestion: right, fix: fix,
                args: [("text", written), ("term", right), ("where", where)]);
        }
    }

    /// <summary>The terms some word of the paragraph, with the word after it, opens; each once.</summary>
    static IEnumerable<Pattern> Candidates(Dictionary<string, (string Second, Pattern Pattern)[]> byOpening, IReadOnlyList<Word> words)
    {
        HashSet<Pattern>? seen = null;
        for (var i = 0; i < words.Count; i++)
        {
            if (!byOpening.TryGetValue(words[i].Folded, out var opened)) continue;
            var next = i + 1 < words.Count ? words[i + 1].Folded : "";
            foreach (var (second, pattern) in opened)
                if ((second.Length == 0 || second == next) && (seen ??= []).Add(pattern)) yield return pattern;
        }
    }

    /// <summary>The first two words folded; a one-word term alone, and the letters before its capitals change.</summary>
    static IEnumerable<(string First, string Second)> Openings(string term)
    {
        var words = Words.Split(term);
        if (words.Count > 1)
        {
            yield return (VietnameseText.Fold(words[0].Text), VietnameseText.Fold(words[1].Text));
            yield break;
        }
        var first = words[0].Text;
        yield return (VietnameseText.Fold(first), "");
        // Where Build lets a space in, past the capital a name opens with ("You|Tube", "VN|eID").
        if (CaseChanges(first).FirstOrDefault(at => at > 1) is var cut and > 0) yield return (VietnameseText.Fold(first[..cut]), "");
    }

    /// <summary>
    /// Written as the term (in any case unless its capitals are fixed, a name in a heading in capitals too), with an en
    /// dash for its hyphen (Word's AutoFormat makes one of " - "), or as one of its other right writings.
    /// </summary>
    static bool IsRight(FixedTerm term, string written, string right)
    {
        if (term.CaseFixed)
            return written == right || IsCapitals(written) && written == VietnameseText.Upper(right)
                || (term.Also ?? []).Any(a => written == VietnameseText.Normalize(a));
        // Common nouns take no capital past their first word: "các Sở, Ban, Ngành" is "các Sở, ban, ngành" at most.
        if (term.Common && !IsCapitals(written))
            return written == right || (term.Also ?? []).Any(a => written == VietnameseText.CasedLike(right, VietnameseText.Normalize(a)));
        var dashed = written.Replace(" – ", " - ", StringComparison.Ordinal);
        return string.Equals(dashed, right, StringComparison.OrdinalIgnoreCase)
            || (term.Also ?? []).Any(a => string.Equals(written, VietnameseText.Normalize(a), StringComparison.OrdinalIgnoreCase));
    }

    static bool IsCapitals(string written) => written.Any(char.IsLetter) && VietnameseText.IsUpperText(written);

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
            var changes = CaseChanges(text).ToHashSet();
            for (var i = 0; i < text.Length; i++)
            {
                if (changes.Contains(i)) pattern.Append(@"\s?");
                pattern.Append(Regex.Escape(text[i].ToString()));
            }
        }
        pattern.Append(@"(?![\p{L}\p{N}])");
        return new Regex(pattern.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    /// <summary>Where a word's letters turn from capitals to small letters or back: a name's parts ("You|Tube").</summary>
    static IEnumerable<int> CaseChanges(string word)
    {
        for (var i = 1; i < word.Length; i++)
            if (char.IsUpper(word[i]) != char.IsUpper(word[i - 1])) yield return i;
    }

    /// <summary>
    /// What may stand where the term has a comma (a comma, a dash or none), a hyphen (a hyphen, a dash or none) or a
    /// space (a space or a misplaced comma): an enumeration "kinh tế, xã hội" is not the compound "kinh tế - xã hội".
    /// </summary>
    static string Between(string separator) =>
        separator.Contains(',') ? @"\s*[,\-–—]?\s*" : separator.Contains('-') ? @"\s*[-–—]?\s*" : @"(?:\s*,\s*|\s+)";

    /// <summary>The term in capitals when written in capitals, else with the written first letter's case.</summary>
    static string CasedLike(string written, string term) =>
        IsCapitals(written) ? VietnameseText.Upper(term) : VietnameseText.CasedLike(written, term);
}
