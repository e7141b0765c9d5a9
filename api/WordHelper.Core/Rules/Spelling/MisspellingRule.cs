using WordHelper.Core.RulePack;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Spelling;

/// <summary>
/// A word the language's writers commonly misspell, listed in misspellings.json with its standard form: "sát nhập"
/// (sáp nhập), "bổ xung" (bổ sung), "trùng lắp" (trùng lặp), "qui định" (quy định). Each syllable is a word, so neither the
/// syllable check nor the pairs the summaries write can tell; the list does. Words are compared as syllables, in any case
/// and either tone placement; quoted text is left alone. One finding per way of writing, naming where else it stands.
/// </summary>
public sealed class MisspellingRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-CON-022"];

    sealed record Entry(IReadOnlyList<string> Syllables, string Right);

    // By the first syllable: most words of a draft begin no listed misspelling.
    static readonly PerPack<ILookup<string, Entry>> ByFirstSyllable = new(pack => pack.Misspellings.Words
        .Select(m => new Entry(PairVocabulary.Syllables(m.Wrong), VietnameseText.Normalize(m.Right)))
        .ToLookup(e => e.Syllables[0], StringComparer.Ordinal));

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var entries = ByFirstSyllable.For(context.Pack);
        var found = new ByWriting<(int Start, int End, string Right)>();
        foreach (var p in context.TextParagraphs)
        {
            if (p.IsBlank) continue;
            var words = context.Words(p);
            for (var i = 0; i < words.Count; i++)
            {
                var first = words[i].SyllableKey;
                if (!entries.Contains(first)) continue;
                foreach (var entry in entries[first])
                {
                    if (!Matches(context, p.Text, words, i, entry)) continue;
                    var (start, end) = (words[i].Start, words[i + entry.Syllables.Count - 1].End);
                    if (!context.IsQuoted(p, start) || context.IsQuotedName(p, start)) found.Add(p.Text[start..end], p, (start, end, VietnameseText.CasedLike(words[i].Text, entry.Right)));
                    i += entry.Syllables.Count - 1;
                    break;
                }
            }
        }
        foreach (var (written, paragraph, (start, end, right), where) in found.Each(context))
        {
            var fix = new TextFix(paragraph.Index, start, end - start, right);
            sink.Report("VB-CON-022", paragraph, written, right, fix: fix, args: [("word", written), ("right", right), ("where", where)]);
        }
    }

    static bool Matches(CheckContext context, string text, IReadOnlyList<Text.Word> words, int i, Entry entry)
    {
        if (i + entry.Syllables.Count > words.Count) return false;
        for (var k = 1; k < entry.Syllables.Count; k++)
            if (!Words.SpaceBetween(text, words[i + k - 1], words[i + k]) || words[i + k].SyllableKey != entry.Syllables[k]) return false;
        return true;
    }
}
