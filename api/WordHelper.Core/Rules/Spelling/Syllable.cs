using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Spelling;

/// <summary>
/// One written syllable taken apart: onset, vowel group, coda (all lower case, toneless) and its tone, with the position of
/// the tone mark in the vowel group (-1 when the mark sits on the onset's i or u: "gìa", "qúa").
/// </summary>
public sealed record Syllable(string Onset, string Vowels, string Coda, Tone Tone, int ToneAt)
{
    /// <summary>
    /// The ways a single word of Vietnamese letters reads as one syllable; none when it has no vowel, more than one vowel
    /// group, more than one tone mark or a letter Vietnamese does not write. "gi" before a vowel reads both as the onset
    /// "gi" and as "g" + "i" ("giếng" is g + iêng).
    /// </summary>
    public static IReadOnlyList<Syllable> Read(IReadOnlyList<ToneLetter> letters)
    {
        if (letters.Count == 0 || letters.Any(l => !l.IsLetter) || letters.Count(l => l.Tone != Tone.Level) > 1) return [];
        var bases = new string(letters.Select(l => l.Base).ToArray());
        var toneIndex = -1;
        for (var i = 0; i < letters.Count; i++) if (letters[i].Tone != Tone.Level) toneIndex = i;
        var tone = toneIndex < 0 ? Tone.Level : letters[toneIndex].Tone;

        var first = 0;
        while (first < bases.Length && !VietnameseLetters.IsVowel(bases[first])) first++;
        if (first == bases.Length) return [];
        var onsetEnds = new List<int> { first };
        // "qu": the u belongs to the onset; "gi" before another vowel may too.
        if (first > 0 && bases[first - 1] == 'q' && bases[first] == 'u') onsetEnds = [first + 1];
        else if (first > 0 && bases[first - 1] == 'g' && bases[first] == 'i' && first + 1 < bases.Length && VietnameseLetters.IsVowel(bases[first + 1]))
            onsetEnds.Add(first + 1);

        var result = new List<Syllable>();
        foreach (var end in onsetEnds)
        {
            var last = end;
            while (last < bases.Length && VietnameseLetters.IsVowel(bases[last])) last++;
            if (last == end) continue;
            // A second vowel group: not one syllable.
            if (bases[last..].Any(VietnameseLetters.IsVowel)) return [];
            var toneAt = toneIndex < 0 ? 0 : toneIndex >= end ? toneIndex - end : -1;
            result.Add(new Syllable(bases[..end], bases[end..last], bases[last..], tone, toneAt));
        }
        return result;
    }

    public override string ToString() => Onset + Vowels + Coda;
}

/// <summary>What is wrong with a syllable, from worst to none.</summary>
public enum SyllableFault
{
    /// <summary>The onset or coda is none Vietnamese writes ("Krông", "Đắk"): a foreign or minority name, not judged.</summary>
    NotJudged,
    /// <summary>The onset does not go with the vowel ("koáng", "nghành").</summary>
    Onset,
    /// <summary>The vowel group does not exist or does not take this coda ("Thưòng", "đuợc").</summary>
    VowelGroup,
    /// <summary>A stop coda under a tone other than sắc or nặng ("luât").</summary>
    StopTone,
    /// <summary>The tone mark sits on the wrong vowel ("múôn").</summary>
    TonePlace,
    None,
}
