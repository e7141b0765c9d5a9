using WordHelper.Core.RulePack;
using WordHelper.Core.Rules.Recipients;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.CitationChecks;

/// <summary>
/// Whether two citations of one number name two issuers. Names are compared with abbreviations spelled out; a name whose
/// words are all found in the other is the same issuer written short ("UBND tỉnh", "Ủy ban nhân dân tỉnh Lạng Sơn").
/// A head who issues in their own name (signing.json "heads", a deputy's "Phó …" too) is not the body they head:
/// "Chủ tịch UBND tỉnh" and "UBND tỉnh" are two issuers, although every word of the second is in the first.
/// </summary>
sealed class CitedIssuers
{
    static readonly PerPack<CitedIssuers> Built = new(pack => new CitedIssuers(pack));
    public static CitedIssuers For(RulePackData pack) => Built.For(pack);

    readonly AgencyNames _names;
    /// <summary>Folded titles, padded, longest first: " pho chu tich ", " chu tich ", " thu truong "….</summary>
    readonly string[] _titles;

    CitedIssuers(RulePackData pack)
    {
        _names = AgencyNames.For(pack);
        var heads = pack.Signing.Heads.Select(VietnameseText.Key).ToList();
        var deputies = pack.Signing.Deputies.Select(VietnameseText.Key).ToList();
        _titles = heads.Concat(deputies.SelectMany(d => heads.Select(h => d + " " + h))).Concat(deputies.Where(d => d.Contains(' ')))
            .Where(t => t.Length > 0).Distinct().OrderByDescending(t => t.Length).Select(t => " " + t + " ").ToArray();
    }

    /// <summary>True when the two names cannot be one issuer.</summary>
    public bool Different(string a, string b)
    {
        var x = Words(a);
        var y = Words(b);
        if (!WordsFoundIn(x, y) && !WordsFoundIn(y, x)) return true;
        return HeadOfTheOther(a, b) || HeadOfTheOther(b, a);
    }

    /// <summary>The title a name opens with, as written in the pack's folded form ("chu tich"), or null.</summary>
    public string? TitleOf(string name)
    {
        var key = _names.Canonicalize(name);
        return _titles.FirstOrDefault(t => key.StartsWith(t, StringComparison.Ordinal) && key.Length > t.Length)?.Trim();
    }

    /// <summary>"Chủ tịch UBND tỉnh" against "UBND tỉnh": the first names a head, the second only the body.</summary>
    bool HeadOfTheOther(string head, string body) =>
        TitleOf(head) is { } title && TitleOf(body) is null && !_names.Canonicalize(body).Contains(" " + title + " ", StringComparison.Ordinal);

    string[] Words(string name) => _names.Canonicalize(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    static bool WordsFoundIn(string[] words, string[] other) =>
        words.All(w => other.Contains(w) || IsInitialsOf(w, other));

    /// <summary>An abbreviation the pack does not know may stand for the initials of words of the other name ("LN" for "liên ngành").</summary>
    public static bool IsInitialsOf(string word, IReadOnlyList<string> other)
    {
        if (word.Length is < 2 or > 6 || !word.All(char.IsLetter)) return false;
        for (var i = 0; i + word.Length <= other.Count; i++)
            if (Enumerable.Range(0, word.Length).All(k => other[i + k].Length > 0 && other[i + k][0] == word[k])) return true;
        return false;
    }
}
