using System.Text.RegularExpressions;

namespace WordHelper.Core.Rules.Spelling;

/// <summary>A run of letters and digits in a paragraph's text, at <see cref="Start"/>.</summary>
public readonly record struct WordRun(int Start, string Text);

/// <summary>
/// The runs of letters and digits a spelling check may judge: not inside a web address or an e-mail address, and not
/// between quotation marks (a quoted name or title is written as its owner wrote it).
/// </summary>
public static partial class WordRuns
{
    /// <summary>Where each run starts and how long it is: the text of a run is cut out only when wanted.</summary>
    public static IEnumerable<(int Start, int Length)> In(string text)
    {
        var quoted = false;
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i])) { i++; continue; }
            var end = i;
            while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
            var skip = Text.WebAddress.Is(text.AsSpan(i, end - i));
            for (var j = i; j < end; j++)
            {
                var c = text[j];
                if (c is '"') { quoted = !quoted; continue; }
                if (c is '“' or '«') { quoted = true; continue; }
                if (c is '”' or '»') { quoted = false; continue; }
                if (!char.IsLetterOrDigit(c)) continue;
                var k = j;
                while (k < end && char.IsLetterOrDigit(text[k])) k++;
                if (!quoted && !skip) yield return (j, k - j);
                j = k - 1;
            }
            i = end;
        }
    }

    /// <summary>
    /// Two words joined by a manual line break and no space, inside a sentence ("của⏎tổ chức", "2031⏎của"): a small
    /// letter or a digit before the break, a small letter or an abbreviation in capitals after it ("sử dụng⏎VLNCN"). Word shows them on two lines, but the break stretches the justified line above it and the words run
    /// together wherever the text is copied or reflows.
    /// </summary>
    public static IEnumerable<(WordRun First, WordRun Second)> BrokenPairs(string text)
    {
        for (var i = 1; i + 1 < text.Length; i++)
        {
            if (text[i] != '\n' || !(char.IsLower(text[i - 1]) || char.IsDigit(text[i - 1])) || !(char.IsLower(text[i + 1]) || IsAbbreviationAt(text, i + 1)))
                continue;
            var digits = char.IsDigit(text[i - 1]);
            var from = i - 1;
            while (from > 0 && (digits ? char.IsDigit(text[from - 1]) : char.IsLetter(text[from - 1]))) from--;
            var to = i + 1;
            while (to < text.Length && char.IsLetter(text[to])) to++;
            if (to < text.Length && char.IsDigit(text[to]) || from > 0 && char.IsLetterOrDigit(text[from - 1])) continue;
            yield return (new WordRun(from, text[from..i]), new WordRun(i + 1, text[(i + 1)..to]));
        }
    }

    /// <summary>An abbreviation in plain capitals starts at <paramref name="at"/>: "VLNCN", "UBND".</summary>
    public static bool IsAbbreviationAt(string text, int at)
    {
        var end = at;
        while (end < text.Length && char.IsAsciiLetterUpper(text[end])) end++;
        return end - at >= 2 && (end == text.Length || !char.IsLetterOrDigit(text[end]));
    }
}
