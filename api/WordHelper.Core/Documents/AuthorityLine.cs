using System.Text.RegularExpressions;
using WordHelper.Core.Text;

namespace WordHelper.Core.Documents;

/// <summary>
/// A signature line that opens with an authority abbreviation — "TM. ỦY BAN NHÂN DÂN", "KT. GIÁM ĐỐC" — also when the
/// abbreviation is misspelt ("KT GIÁM ĐỐC", "K.T CHỦ TỊCH", "T/M", "Kt."): <see cref="Written"/> as in the draft,
/// <see cref="Abbr"/> as it must be written, <see cref="Title"/> the rest of the line.
/// </summary>
public sealed partial record AuthorityLine(string Written, string Abbr, string Title, bool Spaced = true)
{
    /// <summary>The abbreviation as NĐ 30 writes it, then a space before the title ("TL. CHỦ TỊCH", not "TL.CHỦ TỊCH").</summary>
    public bool IsWrittenRight => Written == Abbr && Spaced;

    public static AuthorityLine? Parse(string line)
    {
        var text = line.Trim();
        if (text.Length > 100 || Pattern().Match(text) is not { Success: true } m) return null;
        var title = text[m.Length..].Trim();
        var written = m.Groups["a"].Value;
        var letters = new string(written.Where(char.IsLetter).ToArray()).ToUpperInvariant();
        // A misspelt abbreviation is taken as one only before a title in capitals: "Tl. anh ấy" is a sentence.
        if (written != letters && !VietnameseText.IsUpperText(title)) return null;
        return new AuthorityLine((written + m.Groups["d"].Value).Trim(), letters + ".", title, m.Groups["s"].Success);
    }

    /// <summary>TM, KT, TUQ, TL in any case and with dots, slashes or spaces between the letters; Q only with its dot.</summary>
    [GeneratedRegex(@"^(?<a>[Tt]\s?[./]?\s?[Mm]|[Kk]\s?[./]?\s?[Tt]|[Tt]\s?[./]?\s?[Uu]\s?[./]?\s?[Qq]|[Tt]\s?[./]?\s?[Ll]|Q(?=\s?\.))(?<d>\s?[.:])?(?:(?<s>\s+)|(?<=[.:]))(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
