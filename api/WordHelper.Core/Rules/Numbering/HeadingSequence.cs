using Humanizer;

namespace WordHelper.Core.Rules.Numbering;

/// <summary>Which number follows which at one level, and how a number of that level is written.</summary>
public static class HeadingSequence
{
    /// <summary>
    /// Whether <paramref name="h"/> is the number after <paramref name="last"/>. Points follow the Vietnamese alphabet
    /// (d → đ → e) or, as Word's automatic letters and many drafters do, the Latin one (d → e → f).
    /// </summary>
    public static bool IsNext(HeadingNumber last, HeadingNumber h)
    {
        if (h.Kind != HeadingKind.Letter) return h.Value == (last.RunsTo ?? last.Value) + 1;
        var letters = HeadingNumber.VietnameseLetters;
        var vietnamese = letters.IndexOf(last.Written[0]) is var i and >= 0 && i + 1 < letters.Length && letters[i + 1] == h.Written[0];
        return vietnamese || Latin(h) == Latin(last) + 1;
    }

    /// <summary>The number expected after <paramref name="last"/>, written the same way.</summary>
    public static HeadingNumber Next(HeadingNumber last)
    {
        // Letters outside the Vietnamese alphabet (f) carry their Latin position, so f + 1 is g either way.
        var value = (last.RunsTo ?? last.Value) + 1;
        var written = Written(last, value);
        var path = last.Kind == HeadingKind.Path ? last.Path.Take(last.Path.Count - 1).Append(value).ToList() : [value];
        return last with { Value = value, Written = written, Path = path, RunsTo = null };
    }

    /// <summary>Position at the level, đ just after d, for telling "before" from "after".</summary>
    public static double Order(HeadingNumber h) =>
        h.Kind != HeadingKind.Letter ? h.Value : h.Written == "đ" ? 4.5 : Latin(h) ?? h.Value;

    /// <summary>The number <paramref name="value"/> written as the numbers of <paramref name="h"/>'s level are.</summary>
    public static string Written(HeadingNumber h, int value)
    {
        value = Math.Max(1, value);
        return h.Kind switch
        {
            HeadingKind.Roman => value.ToRoman(),
            HeadingKind.Letter => value <= HeadingNumber.VietnameseLetters.Length ? HeadingNumber.VietnameseLetters[value - 1].ToString() : h.Written,
            HeadingKind.Path => string.Join(".", h.Path.Take(h.Path.Count - 1).Append(value)),
            HeadingKind.Part or HeadingKind.Chapter when h.Written.All(char.IsDigit) => value.ToString(),
            HeadingKind.Part or HeadingKind.Chapter when HeadingNumber.IsOrdinalWord(h.Written) => OrdinalWord(h.Written, value),
            HeadingKind.Part or HeadingKind.Chapter => value.ToRoman(),
            _ => value.ToString(),
        };
    }

    /// <summary>"hai" → "ba", keeping the case of the word it replaces ("HAI" → "BA").</summary>
    static string OrdinalWord(string like, int value)
    {
        if (value > HeadingNumber.OrdinalWords.Length) return value.ToString();
        var word = HeadingNumber.OrdinalWords[value - 1];
        return like.Any(char.IsLower) ? word : word.ToUpper(Text.VietnameseText.Vi);
    }

    static int? Latin(HeadingNumber h) => h.Written.Length == 1 && h.Written[0] is >= 'a' and <= 'z' ? h.Written[0] - 'a' + 1 : null;
}
