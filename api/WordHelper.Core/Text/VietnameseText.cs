using System.Buffers;
using System.Globalization;
using System.Text;

namespace WordHelper.Core.Text;

/// <summary>Normalisation and folding for Vietnamese text: every comparison in the checker goes through here.</summary>
public static class VietnameseText
{
    /// <summary>NFC, with the invisible and odd spaces Word leaves behind turned into plain ones.</summary>
    public static string Normalize(string text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        if (IsPlain(text)) return text;
        var nfc = HasCombiningMark(text) ? text.Normalize(NormalizationForm.FormC) : text;
        StringBuilder? sb = null;
        for (var i = 0; i < nfc.Length; i++)
        {
            var c = nfc[i];
            var mapped = c switch
            {
                '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' => ' ',
                '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD' => '\0',
                _ => c,
            };
            if (mapped == c && sb is null) continue;
            sb ??= new StringBuilder(nfc, 0, i, nfc.Length);
            if (mapped != '\0') sb.Append(mapped);
        }
        return sb?.ToString() ?? nfc;
    }

    /// <summary>
    /// Text with neither combining marks nor odd spaces is already what <see cref="Normalize"/> returns: precomposed
    /// Vietnamese letters are NFC. Checking this is much cheaper than asking ICU.
    /// </summary>
    static bool IsPlain(string text)
    {
        foreach (var c in text)
        {
            if (c < '\u0080') continue;
            if (c is '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' or '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD') return false;
            if (c >= '\u0300' && char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) return false;
        }
        return true;
    }

    static bool HasCombiningMark(string text)
    {
        foreach (var c in text)
            if (c >= '\u0300' && char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) return true;
        return false;
    }

    /// <summary>Lower case without diacritics, đ folded to d: "Tổ chức" → "to chuc". Lengths may differ from the input.</summary>
    public static string Fold(string text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        if (IsPlainLowerAscii(text)) return text;
        // Folded into a buffer, not a builder: every word of a draft is folded. A character folds to at most a few
        // (a Hangul syllable to its three letters).
        const int MostPerChar = 4, OnStack = 128;
        char[]? rented = null;
        var buffer = text.Length <= OnStack ? stackalloc char[MostPerChar * OnStack] : (rented = ArrayPool<char>.Shared.Rent(MostPerChar * text.Length));
        var n = 0;
        foreach (var c in text)
        {
            var folded = FoldChar(c);
            folded.CopyTo(buffer[n..]);
            n += folded.Length;
        }
        var result = new string(buffer[..n]);
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        return result;
    }

    /// <summary>Only ASCII, none of it a capital: the text is its own lower case, folded or not.</summary>
    public static bool IsPlainLowerAscii(string text)
    {
        foreach (var c in text) if (c >= 128 || char.IsAsciiLetterUpper(c)) return false;
        return true;
    }

    /// <summary>One character folded (a combining mark folds to nothing); computed once per character and kept.</summary>
    public static string FoldChar(char c)
    {
        if (c < 128) return AsciiFolds[c];
        // Half of a pair beyond the basic plane (an emoji, a mathematical letter): nothing to fold, and alone it cannot be normalised.
        if (char.IsSurrogate(c)) return c.ToString();
        var known = FoldTable[c];
        if (known is not null) return known;
        var sb = new StringBuilder(2);
        foreach (var d in c.ToString().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(d is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(d));
        }
        return FoldTable[c] = sb.ToString();
    }

    static readonly string[] AsciiFolds = Enumerable.Range(0, 128).Select(i => char.ToLowerInvariant((char)i).ToString()).ToArray();
    static readonly string?[] FoldTable = new string?[char.MaxValue + 1];

    /// <summary>Folded, with runs of white space and punctuation collapsed to one space: the form used to compare names.</summary>
    public static string Key(string text)
    {
        var folded = Fold(text);
        var sb = new StringBuilder(folded.Length);
        var space = true;
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c)) { sb.Append(c); space = false; }
            else if (!space) { sb.Append(' '); space = true; }
        }
        return sb.ToString().TrimEnd();
    }

    /// <summary>
    /// <paramref name="target"/> given the capitals of the word it replaces: in capitals when that was written in
    /// capitals, else with its first letter capitalised or not like that word's.
    /// </summary>
    public static string CasedLike(string written, string target)
    {
        if (written.Length > 1 && IsUpperText(written)) return Upper(target);
        if (target.Length == 0 || written.Length == 0) return target;
        var first = char.IsUpper(written[0]) ? char.ToUpper(target[0], Vi) : char.ToLower(target[0], Vi);
        return first + target[1..];
    }

    /// <summary>Vietnamese upper case (culture-aware, keeps Đ).</summary>
    public static string Upper(string text) => text.ToUpper(Vi);

    /// <summary>Text with letters, none of them in lower case ("KẾ HOẠCH", "UBND"); false for text without letters.</summary>
    public static bool IsUpperText(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            if (char.IsLower(c)) return false;
            letters++;
        }
        return letters > 0;
    }

    /// <summary>Any digit in the text: a cheap test before a pattern for dates or numbers is run.</summary>
    public static bool HasDigit(string text)
    {
        foreach (var c in text) if (char.IsDigit(c)) return true;
        return false;
    }

    public static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");
}
