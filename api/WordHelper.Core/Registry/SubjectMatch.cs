using WordHelper.Core.RulePack;
using WordHelper.Core.Text;

namespace WordHelper.Core.Registry;

/// <summary>
/// Whether two summaries speak of one subject. Vietnamese words are syllables, and one syllable ("thu" of "văn thư" and
/// of "thu nhập") says little; summaries are compared by their subject syllables (folded, without the fillers of
/// citation-registry.json) and by their pairs of adjacent syllables. A paraphrase shares many of both, another
/// document's summary next to none. Short summaries ("Dân sự") say too little to judge.
/// </summary>
public sealed class SubjectMatch(RulePackData pack)
{
    readonly HashSet<string> _fillers = pack.CitationRegistry.SummaryFillers.Select(VietnameseText.Key).ToHashSet(StringComparer.Ordinal);

    static readonly PerPack<SubjectMatch> Built = new(pack => new SubjectMatch(pack));
    /// <summary>The matcher of a pack, built once for it.</summary>
    public static SubjectMatch For(RulePackData pack) => Built.For(pack);
    public static SubjectMatch Default => For(RulePackData.Default);

    /// <summary>The fewest subject words each summary needs before they are compared at all.</summary>
    public const int WordsToJudge = 3;

    /// <summary>The subject syllables of a summary, and its pairs of adjacent syllables that are not both fillers.</summary>
    (HashSet<string> Words, HashSet<string> Pairs) Subject(string? summary)
    {
        var all = VietnameseText.Key(summary ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        bool Carries(string w) => !_fillers.Contains(w) && !w.All(char.IsAsciiDigit);
        var words = all.Where(Carries).ToHashSet(StringComparer.Ordinal);
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < all.Length; i++)
            if (Carries(all[i - 1]) || Carries(all[i])) pairs.Add(all[i - 1] + " " + all[i]);
        return (words, pairs);
    }

    /// <summary>
    /// How much of its subject the shorter summary shares with the other (0 to 1): its share of subject syllables,
    /// and nothing at all when no pair of syllables is shared. Null when either says too little to judge.
    /// </summary>
    public double? Overlap(string? cited, string? known)
    {
        var (a, b) = (Subject(cited), Subject(known));
        if (a.Words.Count < WordsToJudge || b.Words.Count < WordsToJudge) return null;
        if (!a.Pairs.Overlaps(b.Pairs)) return 0;
        return (double)a.Words.Count(b.Words.Contains) / Math.Min(a.Words.Count, b.Words.Count);
    }
}
