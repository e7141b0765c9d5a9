using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Agency;

/// <summary>What the agency rules read around a name: the word after it, and whether a unit word follows.</summary>
static class NameCase
{
    /// <summary>The word after <paramref name="index"/>, with only spaces between, in lower case; "" when none.</summary>
    public static string NextWord(string text, IReadOnlyList<Word> words, int index) =>
        Words.After(text, words, index)?.Lower ?? "";

    /// <summary>A unit word ("tỉnh", "thành phố", "xã" …) follows the word at <paramref name="index"/>.</summary>
    public static bool UnitFollows(string text, IReadOnlyList<Word> words, int index, IReadOnlyList<string> unitWords)
    {
        var next = NextWord(text, words, index);
        if (next.Length == 0) return false;
        var after = Words.After(text, words, index + 1) is { } second ? next + " " + second.Lower : next;
        return unitWords.Any(u => u == next || u == after);
    }
}
