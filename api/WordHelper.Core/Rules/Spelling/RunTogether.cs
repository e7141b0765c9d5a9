using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Spelling;

/// <summary>
/// A word of two or more vowel groups ("tăngcường", "THIỆUNGƯỜI") is several syllables typed without a space. It is cut
/// only inside the consonants between the groups, and only where every piece is a well-formed syllable.
/// </summary>
public static class RunTogether
{
    const int MaxSplits = 8;

    /// <summary>The ways to cut the letters into well-formed syllables, each as the cut positions; empty when there is none.</summary>
    public static IReadOnlyList<IReadOnlyList<int>> Splits(IReadOnlyList<ToneLetter> letters, SyllableRules rules)
    {
        var groups = VowelGroups(letters);
        if (groups.Count < 2) return [];
        var found = new List<IReadOnlyList<int>>();
        Cut(letters, rules, groups, 0, 0, [], found);
        // Where the cuts differ, the consonants open the next syllable: "sơ mi", not "sơm i".
        var fewest = found.Count == 0 ? 0 : found.Min(c => OnsetLess(letters, c));
        return found.Where(c => OnsetLess(letters, c) == fewest).ToList();
    }

    static void Cut(IReadOnlyList<ToneLetter> letters, SyllableRules rules, IReadOnlyList<(int Start, int End)> groups,
        int group, int from, List<int> cuts, List<IReadOnlyList<int>> found)
    {
        if (found.Count >= MaxSplits) return;
        if (group == groups.Count - 1)
        {
            if (IsSyllable(letters, from, letters.Count, rules)) found.Add(cuts.ToList());
            return;
        }
        // The cut falls between the end of this group and the start of the next.
        for (var at = groups[group].End; at <= groups[group + 1].Start; at++)
        {
            if (!IsSyllable(letters, from, at, rules)) continue;
            cuts.Add(at);
            Cut(letters, rules, groups, group + 1, at, cuts, found);
            cuts.RemoveAt(cuts.Count - 1);
        }
    }

    static int OnsetLess(IReadOnlyList<ToneLetter> letters, IReadOnlyList<int> cuts) => cuts.Count(c => letters[c].IsVowel);

    static bool IsSyllable(IReadOnlyList<ToneLetter> letters, int from, int to, SyllableRules rules) =>
        rules.Best(Syllable.Read(letters.Skip(from).Take(to - from).ToList())) is { Fault: SyllableFault.None };

    /// <summary>The runs of vowel letters (the u of "qu" and the i of "gi" fall in the run of the vowel they precede).</summary>
    static List<(int Start, int End)> VowelGroups(IReadOnlyList<ToneLetter> letters)
    {
        var groups = new List<(int, int)>();
        for (var i = 0; i < letters.Count; i++)
        {
            if (!letters[i].IsVowel) continue;
            var j = i;
            while (j < letters.Count && letters[j].IsVowel) j++;
            groups.Add((i, j));
            i = j - 1;
        }
        return groups;
    }
}
