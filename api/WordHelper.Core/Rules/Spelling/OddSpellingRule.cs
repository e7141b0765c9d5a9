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
        string Syllable(Word w) => context.SyllableKey(w);

        // Pairs gathered by their letters without marks (cached on each word); only a group written in more than one
        // way is taken apart by syllable.
        var byFolded = new Dictionary<(string, string), List<Occurrence>>();
        foreach (var p in context.TextParagraphs)
        {
            var words = context.Words(p);
            for (var i = 1; i < words.Count; i++)
            {
                if (!Words.SpaceBetween(p.Text, words[i - 1], words[i])) continue;
                var folded = (words[i - 1].Folded, words[i].Folded);
                if (!byFolded.TryGetValue(folded, out var list)) byFolded[folded] = list = [];
                list.Add(new Occurrence(p, words[i - 1], words[i], Words.Before(p.Text, words, i - 1), Words.After(p.Text, words, i)));
            }
        }

        foreach (var occurrences in byFolded.Values)
        {
            if (occurrences.Count <= UsualAtLeast || occurrences.All(o => o.First.Lower == occurrences[0].First.Lower && o.Second.Lower == occurrences[0].Second.Lower)) continue;
            var written = occurrences.GroupBy(o => (Syllable(o.First), Syllable(o.Second))).ToDictionary(g => g.Key, g => g.ToList());
            if (written.Count < 2) continue;
            var usual = written.MaxBy(f => f.Value.Count).Key;
            var usualCount = written[usual].Count;
            if (usualCount < UsualAtLeast || !vocabulary.IsCompound(usual.Item1, usual.Item2)) continue;
            foreach (var (odd, oddOccurrences) in written)
            {
                if (odd == usual || usualCount < TimesAsOften * oddOccurrences.Count || vocabulary.IsPhrase(odd.Item1, odd.Item2)) continue;
                var firstChanged = odd.Item1 != usual.Item1;
                if (firstChanged == (odd.Item2 != usual.Item2)) continue; // both syllables differ: another word, not a slip
                var slip = oddOccurrences.FirstOrDefault(o => IsSlip(o, firstChanged, vocabulary, Syllable, context));
                if (slip is null) continue;
                Report(context, sink, slip, firstChanged, written[usual][0], usualCount, oddOccurrences);
            }
        }
    }

    /// <summary>
    /// An occurrence that is a slip and not two words that merely meet: neither syllable makes a compound with its
    /// other neighbour ("tính hình thức", "kịp thời việc"), the changed one is no proper name, and it is not quoted.
    /// </summary>
    static bool IsSlip(Occurrence o, bool firstChanged, PairVocabulary vocabulary, Func<Word, string> syllable, CheckContext context)
    {
        if (o.Before is { } before && vocabulary.IsCompound(syllable(before), syllable(o.First))) return false;
        if (o.After is { } after && vocabulary.IsCompound(syllable(o.Second), syllable(after))) return false;
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
