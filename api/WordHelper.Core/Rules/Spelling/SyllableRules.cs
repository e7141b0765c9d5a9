using System.Runtime.CompilerServices;
using WordHelper.Core.RulePack;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Spelling;

/// <summary>Judges a syllable against the facts of vietnamese-syllables.json.</summary>
public sealed class SyllableRules
{
    readonly SyllableFacts _facts;
    readonly HashSet<string> _onsets, _codas, _stopCodas, _medial, _initialOnly;
    readonly Dictionary<string, VowelGroup> _groups;

    public SyllableRules(SyllableFacts facts)
    {
        _facts = facts;
        _onsets = [.. facts.Onsets, ""];
        _codas = [.. facts.Codas, ""];
        _stopCodas = [.. facts.StopCodas];
        _medial = [.. facts.MedialGroups];
        _initialOnly = [.. facts.InitialOnly];
        _groups = facts.Groups.ToDictionary(g => g.Vowels, StringComparer.Ordinal);
    }

    static readonly ConditionalWeakTable<SyllableFacts, SyllableRules> Built = new();

    /// <summary>The rules of a pack, built once and kept as long as its facts live.</summary>
    public static SyllableRules For(SyllableFacts facts) => Built.GetValue(facts, f => new SyllableRules(f));

    public SyllableFacts Facts => _facts;

    public VowelGroup? Group(string vowels) => _groups.GetValueOrDefault(vowels);

    public bool IsStop(string coda) => _stopCodas.Contains(coda);

    /// <summary>The worst fault of one reading of a syllable.</summary>
    public SyllableFault Judge(Syllable s)
    {
        if (!_onsets.Contains(s.Onset) || !_codas.Contains(s.Coda)) return SyllableFault.NotJudged;
        if (!OnsetFits(s.Onset, s.Vowels)) return SyllableFault.Onset;
        if (_groups.GetValueOrDefault(s.Vowels) is not { } g || !g.Codas.Contains(s.Coda)
            || (_initialOnly.Contains(s.Vowels) && s.Onset is not ("" or "qu"))
            || (s.Onset == "qu" && s.Vowels[0] is 'u' or 'o'))
            return SyllableFault.VowelGroup;
        if (_stopCodas.Contains(s.Coda) && s.Tone is not (Tone.Acute or Tone.Dot)) return SyllableFault.StopTone;
        if (s.Tone != Tone.Level && !TonePlaces(g, s.Coda).Contains(s.ToneAt)) return SyllableFault.TonePlace;
        return SyllableFault.None;
    }

    /// <summary>The best of a word's readings as one syllable, or null when it reads as none.</summary>
    public (Syllable Reading, SyllableFault Fault)? Best(IReadOnlyList<Syllable> readings) =>
        readings.Count == 0 ? null : readings.Select(r => (r, Judge(r))).MaxBy(x => x.Item2);

    public IReadOnlyList<int> TonePlaces(VowelGroup g, string coda) => coda.Length == 0 && g.OpenTone is { } open ? open : g.Tone;

    /// <summary>k, gh, ngh only before i, e, ê, y; c, g, ng never (g before i is "gi"); c and k take no medial o/u.</summary>
    bool OnsetFits(string onset, string vowels)
    {
        var front = _facts.FrontVowels.Contains(vowels[..1]);
        if (_facts.FrontOnly.Contains(onset) && !front) return false;
        // g before i spells the onset gi: "gìn" (gi + in), "giếng" (gi + iêng); "gia" is gi + a, never g + ia.
        if (_facts.NotFront.Contains(onset) && front && !(onset == "g" && (vowels == "i" || vowels.StartsWith("iê", StringComparison.Ordinal)))) return false;
        if (_facts.NoMedial.Contains(onset) && _medial.Contains(vowels)) return false;
        return true;
    }
}
