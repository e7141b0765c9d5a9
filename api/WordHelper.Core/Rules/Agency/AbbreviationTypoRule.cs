using WordHelper.Core.RulePack;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Agency;

/// <summary>
/// The abbreviation of a body mistyped: two letters swapped ("UNBD", "UBDN", "HNĐD", "MTQT" for UBND, HĐND, MTTQ) or, before
/// a unit word, a letter dropped ("UBN tỉnh") or one too many at an end ("DUBND TỈNH"). Only the abbreviations listed in agency-names.json are checked, and a word
/// that is itself a known abbreviation (agency-abbreviations.json, document types) is never taken for a typo.
/// </summary>
public sealed class AbbreviationTypoRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-AGN-004"];

    /// <summary>The abbreviations long enough to be checked for slips.</summary>
    static readonly PerPack<List<string>> Checked = new(pack => pack.FixedNames.Abbreviations.Where(a => a.Length >= 4).ToList());

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var names = context.Pack.FixedNames;
        var (known, checkedAbbrs) = (KnownAbbreviations.For(context.Pack), Checked.For(context.Pack));
        var reported = new HashSet<string>(StringComparer.Ordinal);

        foreach (var p in context.TextParagraphs)
        {
            if (p.IsBlank) continue;
            var words = context.Words(p);
            for (var i = 0; i < words.Count; i++)
            {
                var w = words[i];
                if (w.Text.Length < 3 || !VietnameseText.IsUpperText(w.Text) || known.Contains(w.Text)) continue;
                if (Meant(w.Text, checkedAbbrs, () => NameCase.UnitFollows(p.Text, words, i, names.UnitWords)) is not { } meant) continue;
                if (context.IsQuoted(p, w.Start) || !reported.Add(w.Text)) continue;
                var full = FullName(context.Pack, meant);
                var fix = p.List is null ? new TextFix(p.Index, w.Start, w.Text.Length, meant) : null;
                sink.Report("VB-AGN-004", p, w.Text, suggestion: meant, fix: fix, args: [("text", w.Text), ("abbr", meant), ("full", full)]);
            }
        }
    }

    static string FullName(RulePackData pack, string abbr) => pack.Abbreviations.FirstOrDefault(a => a.Abbr == abbr)?.Full ?? abbr;

    /// <summary>The abbreviation a word in capitals slips from: two letters swapped, or one dropped or added before a unit word.</summary>
    static string? Meant(string word, List<string> checkedAbbrs, Func<bool> unitFollows)
    {
        foreach (var abbr in checkedAbbrs) if (Swapped(word, abbr)) return abbr;
        foreach (var abbr in checkedAbbrs) if ((Dropped(word, abbr) || Inserted(word, abbr)) && unitFollows()) return abbr;
        return null;
    }

    /// <summary>One letter too many at either end: "DUBND" for "UBND" (a letter inside makes another abbreviation).</summary>
    static bool Inserted(string word, string abbr) =>
        word.Length == abbr.Length + 1 && (word.EndsWith(abbr, StringComparison.Ordinal) || word.StartsWith(abbr, StringComparison.Ordinal));

    /// <summary>Two neighbouring letters swapped, the slip of a fast hand: "UNBD" for "UBND" (not any anagram, "NBDU").</summary>
    static bool Swapped(string word, string abbr)
    {
        if (word.Length != abbr.Length || word == abbr) return false;
        var i = 0;
        while (word[i] == abbr[i]) i++;
        return i + 1 < word.Length && word[i] == abbr[i + 1] && word[i + 1] == abbr[i] && word[(i + 2)..] == abbr[(i + 2)..];
    }

    /// <summary>One letter short: "UBN" for "UBND".</summary>
    static bool Dropped(string word, string abbr) =>
        word.Length == abbr.Length - 1 && Enumerable.Range(0, abbr.Length).Any(i => abbr.Remove(i, 1) == word);
}
