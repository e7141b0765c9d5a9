using System.Text;

namespace WordHelper.Core.Text;

/// <summary>The six tones of Vietnamese; <see cref="Level"/> (ngang) carries no mark.</summary>
public enum Tone { Level, Acute, Grave, Hook, Tilde, Dot }

/// <summary>
/// One letter of a word taken apart: its Vietnamese base letter in lower case (ă, ê, ơ, đ… kept), the tone mark on it
/// and whether it was a capital. <see cref="Base"/> is '\0' when the character is no Vietnamese letter.
/// </summary>
public readonly record struct ToneLetter(char Base, Tone Tone, bool Upper)
{
    public bool IsLetter => Base != '\0';
    public bool IsVowel => VietnameseLetters.IsVowel(Base);
}

/// <summary>Takes Vietnamese letters apart into base letter and tone, and puts them together again.</summary>
public static class VietnameseLetters
{
    const string Alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxy";
    const string Vowels = "aăâeêioôơuưy";
    static readonly ToneLetter?[] Cache = new ToneLetter?[char.MaxValue + 1];

    public static bool IsVowel(char baseLower) => baseLower != '\0' && Vowels.Contains(baseLower);

    /// <summary>The letter taken apart; Base is '\0' for a digit, a foreign letter (f, w, ü, ç…) or punctuation.</summary>
    public static ToneLetter Split(char c) => Cache[c] ??= Compute(c);

    static ToneLetter Compute(char c)
    {
        if (!char.IsLetter(c)) return default;
        var upper = char.IsUpper(c);
        var tone = Tone.Level;
        var rest = new StringBuilder(2);
        foreach (var d in char.ToLowerInvariant(c).ToString().Normalize(NormalizationForm.FormD))
        {
            var t = d switch
            {
                '\u0301' => Tone.Acute, '\u0300' => Tone.Grave, '\u0309' => Tone.Hook, '\u0303' => Tone.Tilde, '\u0323' => Tone.Dot,
                _ => Tone.Level,
            };
            if (t != Tone.Level) tone = t;
            else rest.Append(d);
        }
        var composed = rest.ToString().Normalize(NormalizationForm.FormC);
        return composed.Length == 1 && Alphabet.Contains(composed[0]) ? new ToneLetter(composed[0], tone, upper) : default;
    }

    /// <summary>
    /// A syllable as letters and tone: lower case, its tone mark moved to the end ("khoá" and "khóa" both "khoa" + sắc),
    /// so that only a different letter or tone makes a different syllable.
    /// </summary>
    public static string SyllableKey(string word)
    {
        // A word in plain lower-case ASCII has no tone and no capital: it is its own key.
        if (VietnameseText.IsPlainLowerAscii(word)) return word;
        const int OnStack = 64;
        var letters = word.Length < OnStack ? stackalloc char[OnStack] : new char[word.Length + 1];
        var tone = Tone.Level;
        for (var i = 0; i < word.Length; i++)
        {
            var split = Split(word[i]);
            letters[i] = split.IsLetter ? split.Base : char.ToLowerInvariant(word[i]);
            if (split.Tone != Tone.Level) tone = split.Tone;
        }
        var length = word.Length;
        if (tone != Tone.Level) letters[length++] = (char)('0' + (int)tone);
        return new string(letters[..length]);
    }

    /// <summary>The letter with its tone mark, as one precomposed character.</summary>
    public static char Compose(char baseLower, Tone tone, bool upper)
    {
        var mark = tone switch
        {
            Tone.Acute => "\u0301", Tone.Grave => "\u0300", Tone.Hook => "\u0309", Tone.Tilde => "\u0303", Tone.Dot => "\u0323", _ => "",
        };
        var c = (baseLower + mark).Normalize(NormalizationForm.FormC)[0];
        return upper ? char.ToUpperInvariant(c) : c;
    }

    /// <summary>The text holds a letter only Vietnamese writes (<see cref="IsVietnameseSpecific"/>): it is Vietnamese writing.</summary>
    public static bool HasVietnameseSpecific(ReadOnlySpan<char> text)
    {
        foreach (var c in text) if (IsVietnameseSpecific(c)) return true;
        return false;
    }

    /// <summary>Whether the character is a letter only Vietnamese writes: ă â ê ô ơ ư đ or any letter with a tone.</summary>
    public static bool IsVietnameseSpecific(char c) =>
        c >= 128 && Split(c) is { IsLetter: true } l && (l.Tone != Tone.Level || l.Base is 'ă' or 'â' or 'ê' or 'ô' or 'ơ' or 'ư' or 'đ');
}
