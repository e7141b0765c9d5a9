using System.Runtime.InteropServices;
using WordHelper.Core.Documents;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Spelling;

/// <summary>
/// A compound the draft writes one way again and again and, once or twice, with one syllable's marks changed: "xây
/// dụng" among many "xây dựng", "bẩu cử" among "bầu cử". Every syllable of such a slip is a Vietnamese word, so only
/// the draft's own usage and the language's compounds (<see cref="PairVocabulary"/>) can tell it. Left alone: a rarer
/// form that is itself a phrase ("cùng cấp" beside "cung cấp"), and one whose syllable belongs with its other neighbour
/// ("tính hình thức" beside "tình hình").
/// </summary>
public sealed class OddSpellingRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-CON-014"];

    /// <summary>The usual form must be written at least this often, and this many times as often as the odd one.</summary>
    const int UsualAtLeast = 3;
    const int TimesAsOften = 3;

    sealed record Occurrence(DraftParagraph Paragraph, Word First, Word Second, Word? Before, Word? After);

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var vocabulary = PairVocabulary.For(context.Pack);

        foreach (var occurrences in WrittenMoreThanOneWay(context))
        {
            var written = occurrences.GroupBy(o => (o.First.SyllableKey, o.Second.SyllableKey)).ToDictionary(g => g.Key, g => g.ToList());
            if (written.Count < 2) continue;
            var usual = written.MaxBy(f => f.Value.Count).Key;
            var usualCount = written[usual].Count;
            if (usualCount < UsualAtLeast || !vocabulary.IsCompound(usual.Item1, usual.Item2)) continue;
            foreach (var (odd, oddOccurrences) in written)
            {
                if (odd == usual || usualCount < TimesAsOften * oddOccurrences.Count || vocabulary.IsPhrase(odd.Item1, odd.Item2)) continue;
                var firstChanged = odd.Item1 != usual.Item1;
                if (firstChanged == (odd.Item2 != usual.Item2)) continue; // both syllables differ: another word, not a slip
                var slip = oddOccurrences.FirstOrDefault(o => IsSlip(o, firstChanged, vocabulary, context));
                if (slip is null) continue;
                Report(context, sink, slip, firstChanged, written[usual][0], usualCount, oddOccurrences);
            }
        }
    }

    /// <summary>How often a pair of words is met, how it is first written, and whether it is ever written otherwise.</summary>
    struct Writings
    {
        public int Count;
        public string First, Second;
        public bool Varied;
    }

    /// <summary>
    /// The pairs gathered by their letters without marks (cached on each word), for the groups met often enough and
    /// written in more than one way: a first pass counts, and only those groups' occurrences are kept, as most pairs of a
    /// draft are always written alike.
    /// </summary>
    static IEnumerable<List<Occurrence>> WrittenMoreThanOneWay(CheckContext context)
    {
        var groups = new Dictionary<(string, string), int>();
        var writings = new List<Writings>();
        // The group of each pair met, in the order met: the second pass meets the same pairs in the same order.
        var groupOfPair = new List<int>();
        foreach (var (p, words, i) in Pairs(context))
        {
            var (a, b) = (words[i - 1], words[i]);
            ref var group = ref CollectionsMarshal.GetValueRefOrAddDefault(groups, (a.Folded, b.Folded), out var known);
            if (!known) { group = writings.Count; writings.Add(new Writings { First = a.Lower, Second = b.Lower }); }
            ref var w = ref CollectionsMarshal.AsSpan(writings)[group];
            w.Count++;
            w.Varied |= w.First != a.Lower || w.Second != b.Lower;
            groupOfPair.Add(group);
        }
        var kept = new Dictionary<int, List<Occurrence>>();
        var n = 0;
        foreach (var (p, words, i) in Pairs(context))
        {
            var group = groupOfPair[n++];
            if (!writings[group].Varied || writings[group].Count <= UsualAtLeast) continue;
            if (!kept.TryGetValue(group, out var list)) kept[group] = list = [];
            list.Add(new Occurrence(p, words[i - 1], words[i], Words.Before(p.Text, words, i - 1), Words.After(p.Text, words, i)));
        }
        return kept.Values;
    }

    /// <summary>Each pair of words with only spaces between them, as the paragraph, its words and the second word's index.</summary>
    static IEnumerable<(DraftParagraph Paragraph, IReadOnlyList<Word> Words, int At)> Pairs(CheckContext context)
    {
        foreach (var p in context.TextParagraphs)
        {
            var words = context.Words(p);
            for (var i = 1; i < words.Count; i++)
                if (Words.SpaceBetween(p.Text, words[i - 1], words[i])) yield return (p, words, i);
        }
    }

    /// <summary>
    /// An occurrence that is a slip and not two words that merely meet: neither syllable makes a compound with its
    /// other neighbour ("tính hình thức", "kịp thời việc"), the changed one is no proper name, and it is not quoted.
    /// </summary>
    static bool IsSlip(Occurrence o, bool firstChanged, PairVocabulary vocabulary, CheckContext context)
    {
        if (o.Before is { } before && vocabulary.IsCompound(before.SyllableKey, o.First.SyllableKey)) return false;
        if (o.After is { } after && vocabulary.IsCompound(o.Second.SyllableKey, after.SyllableKey)) return false;
        var changed = firstChanged ? o.First : o.Second;
        if (char.IsUpper(changed.Text[0]) && !VietnameseText.IsUpperText(o.Paragraph.Text) && changed.Start > 0) return false;
        return !context.IsQuoted(o.Paragraph, changed.Start);
    }

    static void Report(CheckContext context, FindingSink sink, Occurrence slip, bool firstChanged, Occurrence usual, int usualCount,
        IReadOnlyList<Occurrence> all)
    {
        var changed = firstChanged ? slip.First : slip.Second;
        var model = firstChanged ? usual.First : usual.Second;
        var replacement = VietnameseText.CasedLike(changed.Text, model.Lower);
        var text = slip.Paragraph.Text;
        var oddText = text[slip.First.Start..slip.Second.End];
        var usualText = usual.Paragraph.Text[usual.First.Start..usual.Second.End].ToLower(VietnameseText.Vi);
        var corrected = text[slip.First.Start..changed.Start] + replacement + text[changed.End..slip.Second.End];
        var where = Places.Listed(context, all.Select(o => o.Paragraph));
        var fix = new TextFix(slip.Paragraph.Index, changed.Start, changed.Text.Length, replacement);
        sink.Report("VB-CON-014", slip.Paragraph, oddText, corrected, fix: fix,
            args: [("word", oddText), ("usual", usualText), ("count", usualCount.ToString()), ("where", where)]);
    }
}
