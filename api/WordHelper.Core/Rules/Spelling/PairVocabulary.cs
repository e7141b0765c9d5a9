using System.Text;
using WordHelper.Core.Registry;
using WordHelper.Core.RulePack;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Spelling;

/// <summary>
/// Which pairs of syllables Vietnamese legal writing puts side by side, learnt from the summaries of the central legal
/// documents (about 135,000 words) and the rule pack's own phrases. It tells a compound ("xây dựng": its syllables
/// mostly come together) from a pair merely seen, and a pair never seen at all. Syllables are compared by letters and
/// tone, so the old and new tone placements ("khoá", "khóa") are one syllable.
/// </summary>
public sealed class PairVocabulary
{
    /// <summary>Seen this often, a pair is a phrase of the language, not a slip the summaries happen to hold.</summary>
    const int SeenAtLeast = 2;
    /// <summary>A compound: its first syllable is followed by its second, or its second preceded by its first, this often.</summary>
    const double CompoundShare = 0.2;
    /// <summary>A common word of the rule pack counts as seen this often at least, however rare in the summaries.</summary>
    const int CommonWordSeen = 8;
    /// <summary>A compound this frequent in the summaries ("sửa đổi", "khoáng sản") is what a pair never seen, one letter short of it, meant.</summary>
    const int FrequentCompoundSeen = 30;

    readonly Dictionary<(string, string), int> _pairs = new();
    readonly Dictionary<string, int> _asFirst = new(StringComparer.Ordinal);
    readonly Dictionary<string, int> _asSecond = new(StringComparer.Ordinal);
    readonly HashSet<(string, string)> _known = new();
    readonly HashSet<string> _functionWords;
    readonly HashSet<(string, string)> _compoundsFolded = new();
    // By the first syllable folded, then the second: string keys hash fastest, and most words open no compound.
    readonly Dictionary<string, Dictionary<string, (string First, string Second, int Seen)>> _commonestCompound = new(StringComparer.Ordinal);
    readonly Dictionary<string, string> _written = new(StringComparer.Ordinal);
    readonly HashSet<(string, string)> _common = new();
    readonly HashSet<(string, string, string)> _commonTriples = new();
    readonly HashSet<string> _everyday;
    // The pairs of the common words by each of their syllables, for the slips that change a letter of the other.
    readonly Dictionary<string, List<(string First, string Second)>> _commonByFirst = new(StringComparer.Ordinal);
    readonly Dictionary<string, List<(string First, string Second)>> _commonBySecond = new(StringComparer.Ordinal);
    // The most frequent compounds of the summaries by each of their syllables, for the slips that change a letter of the other.
    readonly Dictionary<string, List<(string First, string Second)>> _frequentByFirst = new(StringComparer.Ordinal);
    readonly Dictionary<string, List<(string First, string Second)>> _frequentBySecond = new(StringComparer.Ordinal);

    static readonly PerPack<PairVocabulary> Built = new(pack => new PairVocabulary(
        CentralRegistry.Default.Documents.Select(d => d.Summary), pack.WordPairs.Phrases, pack.WordPairs.Words, pack.WordPairs.EverydayWords, pack.WordPairs.FunctionWords));

    public static PairVocabulary For(RulePackData pack) => Built.For(pack);

    public PairVocabulary(IEnumerable<string> texts, IEnumerable<string> phrases, IEnumerable<string> commonWords, IEnumerable<string> everydayWords,
        IEnumerable<string> functionWords)
    {
        _everyday = everydayWords.Select(w => VietnameseLetters.SyllableKey(VietnameseText.Normalize(w))).ToHashSet(StringComparer.Ordinal);
        _functionWords = functionWords.Select(w => VietnameseLetters.SyllableKey(VietnameseText.Normalize(w))).ToHashSet(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var word in Words.Split(text)) _written.TryAdd(word.SyllableKey, word.Lower);
            foreach (var (a, b) in AdjacentPairs(text))
            {
                _pairs[(a, b)] = _pairs.GetValueOrDefault((a, b)) + 1;
                _asFirst[a] = _asFirst.GetValueOrDefault(a) + 1;
                _asSecond[b] = _asSecond.GetValueOrDefault(b) + 1;
            }
        }
        foreach (var phrase in phrases.Select(VietnameseText.Normalize))
        {
            foreach (var word in Words.Split(phrase)) _written.TryAdd(word.SyllableKey, word.Lower);
            foreach (var pair in AdjacentPairs(phrase)) _known.Add(pair);
        }
        foreach (var word in commonWords.Select(VietnameseText.Normalize))
        {
            var split = Words.Split(word);
            var syllables = split.Select(w => w.SyllableKey).ToList();
            for (var k = 0; k < split.Count; k++) _written.TryAdd(syllables[k], split[k].Text.ToLowerInvariant());
            for (var k = 2; k < syllables.Count; k++) _commonTriples.Add((syllables[k - 2], syllables[k - 1], syllables[k]));
            foreach (var pair in AdjacentPairs(word))
            {
                if (!_known.Add(pair) && _common.Contains(pair)) continue;
                _common.Add(pair);
                Listed(_commonByFirst, pair.First).Add(pair);
                Listed(_commonBySecond, pair.Second).Add(pair);
            }
        }
        foreach (var (a, b) in _pairs.Keys.Concat(_known))
        {
            if (!IsCompound(a, b)) continue;
            var folded = (Folded(a), Folded(b));
            _compoundsFolded.Add(folded);
            var seen = _pairs.GetValueOrDefault((a, b));
            if (_common.Contains((a, b))) seen = Math.Max(seen, CommonWordSeen);
            if (!_commonestCompound.TryGetValue(folded.Item1, out var seconds)) _commonestCompound[folded.Item1] = seconds = new(StringComparer.Ordinal);
            if (!seconds.TryGetValue(folded.Item2, out var best) || seen > best.Seen) seconds[folded.Item2] = (a, b, seen);
            // A pair both seen and listed comes twice: listed once.
            if (seen >= FrequentCompoundSeen && !Listed(_frequentByFirst, a).Contains((a, b)))
            {
                _frequentByFirst[a].Add((a, b));
                Listed(_frequentBySecond, b).Add((a, b));
            }
        }
    }

    /// <summary>A syllable as the summaries write it, in lower case ("thông"); null for one they never write.</summary>
    public string? Written(string syllable) => _written.GetValueOrDefault(syllable);

    /// <summary>How often the summaries write this pair; 0 for one never seen.</summary>
    public int Seen(string a, string b) => _pairs.GetValueOrDefault((a, b));

    /// <summary>
    /// The compound most often written with these letters once their marks are dropped ("thong tin" → "thông tin"), with
    /// how often it is seen; null when no compound has them.
    /// </summary>
    public (string First, string Second, int Seen)? CommonestCompound(string foldedFirst, string foldedSecond) =>
        _commonestCompound.TryGetValue(foldedFirst, out var seconds) && seconds.TryGetValue(foldedSecond, out var c) ? c : null;

    /// <summary>A pair written in the language: seen more than once, or a phrase of the rule pack.</summary>
    public bool IsPhrase(string a, string b) => _known.Contains((a, b)) || _pairs.GetValueOrDefault((a, b)) >= SeenAtLeast;

    /// <summary>Three syllables of one of the rule pack's common words ("tái sử dụng").</summary>
    public bool IsCommonWord(string a, string b, string c) => _commonTriples.Contains((a, b, c));

    /// <summary>A syllable the summaries, the rule pack's phrases, its common words or its everyday words write.</summary>
    public bool IsWritten(string syllable) => _written.ContainsKey(syllable) || _everyday.Contains(syllable);

    /// <summary>A phrase of the rule pack's own lists.</summary>
    public bool IsKnown(string a, string b) => _known.Contains((a, b));

    /// <summary>
    /// The common word one letter away from the pair <paramref name="a"/> <paramref name="b"/> (in lower case) in one of its syllables
    /// ("công khau" → "công khai", "chuyên muôn" → "chuyên môn", "công ghiệp" → "công nghiệp"), as the syllables of
    /// <see cref="VietnameseLetters.SyllableKey"/>; null when none is, or when more than one is and the slip is not clear.
    /// </summary>
    public (string First, string Second)? CommonWordOneLetterAway(string a, string b, string sa, string sb)
    {
        (string, string)? found = null;
        // A word in its own right is no slip: only a syllable the language never writes on its own is taken apart.
        if (_commonBySecond.TryGetValue(sb, out var bySecond) && !IsWritten(sa))
            foreach (var pair in bySecond)
                if (pair.First != sa && Near(a, pair.First) && !Found(pair)) return null;
        if (_commonByFirst.TryGetValue(sa, out var byFirst) && !IsWritten(sb))
            foreach (var pair in byFirst)
                if (pair.Second != sb && Near(b, pair.Second) && !Found(pair)) return null;
        return found;

        bool Near(string written, string syllable) => _written.GetValueOrDefault(syllable) is { } right && OneLetterApart(written, right);
        // False when a second word is one letter away too: the slip is not clear.
        bool Found((string, string) pair)
        {
            if (found is not null && found != pair) return false;
            found = pair;
            return true;
        }
    }

    /// <summary>
    /// The one very frequent compound of the summaries with a letter dropped from one of its syllables ("sử đổi" →
    /// "sửa đổi", "khoán sản" → "khoáng sản"), even where the syllable written is a word of its own; null when none is
    /// or more than one is. A letter changed for another is not taken: it makes other words too often ("việc san" is
    /// no "việc ban"). The caller makes sure the pair is never written.
    /// </summary>
    public (string First, string Second)? FrequentCompoundOneLetterAway(string sa, string sb)
    {
        (string, string)? found = null;
        if (_frequentBySecond.TryGetValue(sb, out var bySecond))
            foreach (var pair in bySecond)
                if (OneLetterDropped(sa, pair.First)) { if (found is not null && found != pair) return null; found = pair; }
        if (_frequentByFirst.TryGetValue(sa, out var byFirst))
            foreach (var pair in byFirst)
                if (OneLetterDropped(sb, pair.Second)) { if (found is not null && found != pair) return null; found = pair; }
        return found;
    }

    /// <summary><paramref name="written"/> is <paramref name="meant"/> with one letter left out.</summary>
    static bool OneLetterDropped(string written, string meant) => meant.Length == written.Length + 1 && OneLetterApart(written, meant);

    /// <summary>One letter put in, left out or changed for another; a letter with its marks is one letter.</summary>
    static bool OneLetterApart(string x, string y)
    {
        if (Math.Abs(x.Length - y.Length) > 1 || x == y) return false;
        var i = 0;
        while (i < x.Length && i < y.Length && x[i] == y[i]) i++;
        var (j, k) = (x.Length, y.Length);
        while (j > i && k > i && x[j - 1] == y[k - 1]) { j--; k--; }
        return j - i <= 1 && k - i <= 1;
    }

    static List<(string, string)> Listed(Dictionary<string, List<(string First, string Second)>> index, string key)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        return list;
    }

    /// <summary>A word that ties others together ("của", "các"): it starts or ends no compound.</summary>
    public bool IsFunctionWord(string syllable) => _functionWords.Contains(syllable);

    /// <summary>A phrase whose syllables go together more often than not by chance: a compound word.</summary>
    public bool IsCompound(string a, string b)
    {
        if (_known.Contains((a, b))) return true;
        if (IsFunctionWord(a) || IsFunctionWord(b)) return false;
        var seen = _pairs.GetValueOrDefault((a, b));
        if (seen < SeenAtLeast) return false;
        return seen >= CompoundShare * _asFirst[a] || seen >= CompoundShare * _asSecond[b];
    }

    /// <summary>Some compound is written with these two syllables once their marks are dropped ("thong tin").</summary>
    public bool IsCompoundWhenFolded(string foldedFirst, string foldedSecond) => _compoundsFolded.Contains((foldedFirst, foldedSecond));

    /// <summary>A syllable key folded like <see cref="VietnameseText.Fold"/> folds a word: no marks, đ as d.</summary>
    static string Folded(string syllable) => VietnameseText.Fold(syllable.TrimEnd('1', '2', '3', '4', '5'));

    /// <summary>The pairs of syllables of a text that only spaces part, each syllable as <see cref="VietnameseLetters.SyllableKey"/> gives it.</summary>
    public static IEnumerable<(string First, string Second)> AdjacentPairs(string text)
    {
        var words = Words.Split(text);
        for (var i = 1; i < words.Count; i++)
            if (Words.SpaceBetween(text, words[i - 1], words[i])) yield return (words[i - 1].SyllableKey, words[i].SyllableKey);
    }

    /// <summary>The words of a phrase as <see cref="VietnameseLetters.SyllableKey"/> gives them, the phrase normalised first ("sát nhập" → "sat1", "nhâp5").</summary>
    public static IReadOnlyList<string> Syllables(string phrase) => Words.Split(VietnameseText.Normalize(phrase)).Select(w => w.SyllableKey).ToList();
}
