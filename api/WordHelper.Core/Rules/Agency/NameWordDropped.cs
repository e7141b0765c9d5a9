using WordHelper.Core.RulePack;
using WordHelper.Core.Rules.Spelling;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Agency;

/// <summary>
/// A body's name of agency-name-case.json written as the name, capitals and all, with one word inside it left out:
/// "Cổng Dịch vụ quốc gia" (Cổng Dịch vụ công quốc gia), "Mặt trận Tổ Việt Nam" (Mặt trận Tổ quốc Việt Nam). Only
/// names of four words or more, a word left out that is no function word ("Ban Quản lý khu công nghiệp" is a name of
/// its own), and two words brought together by the gap that make no compound ("Tổ Việt", "vụ quốc").
/// </summary>
static class NameWordDropped
{
    /// <summary>A name as syllables and capitals with one inner word left out.</summary>
    sealed record Shortened(string Name, string Missing, IReadOnlyList<string> Syllables, IReadOnlyList<bool> Capitalised);

    static readonly PerPack<ILookup<string, Shortened>> ByFirstSyllable = new(pack =>
        pack.NameCases.Names.SelectMany(n => Shorten(n, PairVocabulary.For(pack))).ToLookup(s => s.Syllables[0], StringComparer.Ordinal));

    /// <summary>The name with each inner word left out in turn, where that word is no function word and the gap joins no compound.</summary>
    static IEnumerable<Shortened> Shorten(string written, PairVocabulary vocabulary)
    {
        var name = VietnameseText.Normalize(written);
        var words = Words.Split(name);
        if (words.Count < 4) yield break;
        for (var d = 1; d < words.Count - 1; d++)
        {
            if (vocabulary.IsFunctionWord(VietnameseLetters.SyllableKey(words[d].Lower)) || vocabulary.IsCompound(words[d - 1].SyllableKey, words[d + 1].SyllableKey)) continue;
            var kept = words.Where((_, k) => k != d).ToList();
            yield return new Shortened(name, words[d].Text, kept.Select(w => w.SyllableKey).ToList(), kept.Select(w => char.IsUpper(w.Text[0])).ToList());
        }
    }

    /// <summary>How many words from <paramref name="i"/> on are a name short of a word, the name in full and the word left out; null when none is.</summary>
    public static (int Count, string Name, string Missing)? At(string text, IReadOnlyList<Word> words, int i, RulePackData pack)
    {
        var candidates = ByFirstSyllable.For(pack);
        if (!candidates.Contains(words[i].SyllableKey)) return null;
        foreach (var s in candidates[words[i].SyllableKey])
        {
            var n = s.Syllables.Count;
            if (i + n > words.Count || !Words.Run(text, words, i, n)) continue;
            var same = true;
            for (var k = 0; k < n && same; k++)
                same = words[i + k].SyllableKey == s.Syllables[k] && char.IsUpper(words[i + k].Text[0]) == s.Capitalised[k];
            if (same) return (n, s.Name, s.Missing);
        }
        return null;
    }
}
