using System.Text;

namespace WordHelper.Core.Text;

/// <summary>
/// Text that people type or paste, made safe to store and to write into a document. XML cannot hold C0 control
/// characters (other than tab and line feed), lone surrogates or U+FFFE/U+FFFF, and PostgreSQL cannot store NUL: they
/// are removed, as are DEL and the C1 controls. Word's line and page breaks (\v, \f), CR LF and the Unicode line
/// separators become line feeds, or spaces in a field of one line. The result is NFC (<see cref="VietnameseText.Normalize"/>).
/// </summary>
public static class InputText
{
    public static string Clean(string? text, bool multiline = false)
    {
        if (string.IsNullOrEmpty(text)) return "";
        StringBuilder? clean = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var kept = c switch
            {
                '\r' when i + 1 < text.Length && text[i + 1] == '\n' => Removed,
                '\r' or '\n' or '\v' or '\f' or '\u0085' or '\u2028' or '\u2029' => multiline ? "\n" : " ",
                '\t' => multiline ? "\t" : " ",
                < ' ' or (>= '\u007F' and <= '\u009F') or '\uFFFE' or '\uFFFF' => Removed,
                _ when char.IsHighSurrogate(c) => i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? null : Removed,
                _ when char.IsLowSurrogate(c) => i > 0 && char.IsHighSurrogate(text[i - 1]) ? null : Removed,
                _ => null,
            };
            if (kept is null || (kept.Length == 1 && kept[0] == c && clean is null)) { clean?.Append(c); continue; }
            clean ??= new StringBuilder(text, 0, i, text.Length);
            clean.Append(kept);
        }
        return VietnameseText.Normalize(clean?.ToString() ?? text);
    }

    const string Removed = "";
}
