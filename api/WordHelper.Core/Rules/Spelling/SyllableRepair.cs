using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Spelling;

/// <summary>
/// The closest well-formed spellings of a faulty syllable: the tone moved to its place, a mark added to or changed on a
/// vowel, an onset swapped for its partner (k/c/kh, g/gh, ng/ngh), sắc or nặng under a stop coda. Adding a missing mark is
/// the likeliest slip and costs least.
/// </summary>
public static class SyllableRepair
{
    static readonly Dictionary<char, string> Siblings = new()
    {
        ['a'] = "ăâ", ['ă'] = "aâ", ['â'] = "aă", ['e'] = "ê", ['ê'] = "e", ['o'] = "ôơ", ['ô'] = "oơ", ['ơ'] = "oô",
        ['u'] = "ư", ['ư'] = "u", ['i'] = "y", ['y'] = "i",
    };

    /// <summary>The cheapest repairs, as lower-case words with their tone.</summary>
    public static IReadOnlyList<string> Candidates(Syllable s, SyllableRules rules)
    {
        var found = new List<(string Word, int Cost)>();
        var onsets = new List<(string, int)> { (s.Onset, 0) };
        onsets.AddRange(rules.Facts.OnsetRepairs.Where(p => p[0] == s.Onset).Select(p => (p[1], 1)));
        var tones = rules.IsStop(s.Coda) && s.Tone is not (Tone.Acute or Tone.Dot)
            ? new List<(Tone, int)> { (Tone.Acute, 1), (Tone.Dot, 1) }
            : [(s.Tone, 0)];
        foreach (var (onset, onsetCost) in onsets)
        foreach (var (vowels, vowelCost) in VowelVariants(s.Vowels))
        foreach (var (tone, toneCost) in tones)
        {
            if (rules.Group(vowels) is not { } g) continue;
            var places = rules.TonePlaces(g, s.Coda);
            var at = tone == Tone.Level ? 0 : places.Contains(s.ToneAt) ? s.ToneAt : places[0];
            var candidate = new Syllable(onset, vowels, s.Coda, tone, at);
            if (rules.Judge(candidate) == SyllableFault.None) found.Add((Render(candidate), onsetCost + vowelCost + toneCost));
        }
        if (found.Count == 0) return [];
        var best = found.Min(f => f.Cost);
        return found.Where(f => f.Cost == best).Select(f => f.Word).Distinct().ToList();
    }

    /// <summary>The vowel group as written and with one or two vowels changed within their family (a/ă/â, o/ô/ơ, u/ư…).</summary>
    static IEnumerable<(string, int)> VowelVariants(string vowels)
    {
        yield return (vowels, 0);
        for (var i = 0; i < vowels.Length; i++)
        {
            if (!Siblings.TryGetValue(vowels[i], out var alts)) continue;
            foreach (var a in alts)
            {
                var once = Replace(vowels, i, a);
                var cost = Cost(vowels[i]);
                yield return (once, cost);
                if (cost > 1) continue;
                for (var j = i + 1; j < vowels.Length; j++)
                {
                    if (!Siblings.TryGetValue(vowels[j], out var alts2) || Cost(vowels[j]) > 1) continue;
                    foreach (var b in alts2) yield return (Replace(once, j, b), 2);
                }
            }
        }
    }

    /// <summary>Adding a mark to a plain a, e, o, u is one slip; changing or dropping one is worse.</summary>
    static int Cost(char from) => from is 'a' or 'e' or 'o' or 'u' ? 1 : 2;

    static string Replace(string s, int i, char c) => string.Concat(s.AsSpan(0, i), c.ToString(), s.AsSpan(i + 1));

    /// <summary>The syllable written out in lower case with its tone mark.</summary>
    public static string Render(Syllable s)
    {
        var vowels = s.Vowels.ToCharArray();
        if (s.Tone != Tone.Level) vowels[s.ToneAt] = VietnameseLetters.Compose(vowels[s.ToneAt], s.Tone, false);
        return s.Onset + new string(vowels) + s.Coda;
    }
}
