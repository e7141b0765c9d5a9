namespace WordHelper.Core.Text;

/// <summary>
/// A text folded as <see cref="VietnameseText.Key"/> does (lower case, no diacritics, punctuation collapsed to one space),
/// with a map from each folded character back to the original, so that a match on the folded form can be shown as written.
/// </summary>
public sealed class FoldedText
{
    readonly int[] _map;
    readonly int _length;

    public FoldedText(string original)
    {
        Original = original;
        // Folding rarely lengthens a text (a Hangul syllable becomes its letters), so the buffers seldom grow.
        var key = new char[original.Length + 2];
        var map = new int[original.Length + 2];
        var n = 0;
        void Put(char c, int at)
        {
            if (n == key.Length) { Array.Resize(ref key, n * 2); Array.Resize(ref map, n * 2); }
            key[n] = c; map[n++] = at;
        }
        Put(' ', 0);
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            if (char.IsLetterOrDigit(c))
            {
                foreach (var f in VietnameseText.FoldChar(c))
                    if (char.IsLetterOrDigit(f)) Put(f, i);
            }
            else if (char.IsLowSurrogate(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) { }
            else if (key[n - 1] != ' ') Put(' ', i);
        }
        if (key[n - 1] != ' ') Put(' ', original.Length);
        Key = new string(key, 0, n);
        _map = map;
        _length = n;
    }

    public string Original { get; }

    /// <summary>The folded form, padded with one space at each end so that " word " finds whole words.</summary>
    public string Key { get; }

    /// <summary>Positions of a folded phrase as a whole-word match; the phrase is given in <see cref="VietnameseText.Key"/> form.</summary>
    public IEnumerable<int> FindAll(string phraseKey)
    {
        if (phraseKey.Length == 0) yield break;
        var needle = " " + phraseKey + " ";
        for (var at = Key.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = Key.IndexOf(needle, at + 1, StringComparison.Ordinal))
            yield return at + 1;
    }

    public bool Contains(string phraseKey) => FindAll(phraseKey).Any();

    /// <summary>The original text behind folded characters [start, start+length).</summary>
    public (int Start, int Length) OriginalSpan(int start, int length)
    {
        var from = _map[start];
        var lastChar = _map[Math.Min(start + length - 1, _length - 1)];
        var to = lastChar + 1;
        while (to < Original.Length && char.GetUnicodeCategory(Original[to]) == System.Globalization.UnicodeCategory.NonSpacingMark) to++;
        return (from, to - from);
    }

    public string OriginalText(int start, int length)
    {
        var (s, l) = OriginalSpan(start, length);
        return Original.Substring(s, l);
    }
}
