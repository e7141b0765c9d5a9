using System.Collections.Concurrent;
using WordHelper.Core.RulePack;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Recipients;

/// <summary>
/// Unit names and their abbreviations from the rule pack, compared in folded form: "Sở GD&amp;ĐT", "Sở GDĐT" and
/// "Sở Giáo dục và Đào tạo" all become "so giao duc va dao tao".
/// </summary>
public sealed class AgencyNames
{
    readonly List<(string Variant, string Canonical)> _variants;
    /// <summary>Each unit's full name as written, by its folded key.</summary>
    readonly Dictionary<string, string> _fullNames;
    /// <summary>Unit spellings by their first folded word, longest first: a text is scanned word by word, not name by name.</summary>
    readonly Dictionary<string, List<(string Variant, string Canonical)>>.AlternateLookup<ReadOnlySpan<char>> _unitsByFirstWord;
    /// <summary>Every spelling by its first folded word, longest first.</summary>
    readonly Dictionary<string, List<(string Variant, string Canonical)>>.AlternateLookup<ReadOnlySpan<char>> _namesByFirstWord;

    public AgencyNames(RulePackData pack)
    {
        var groups = pack.Aliases.Select(g => (Keys: g.Names.Select(VietnameseText.Key).Where(k => k.Length > 0).Distinct().ToList(), g.Unit)).ToList();
        var variants = groups.SelectMany(g => g.Keys.Select(k => (Variant: k, Canonical: g.Keys[0], g.Unit))).ToList();
        (_variants, _namesByFirstWord) = Spellings(variants);
        // A name headed by abbreviations ("Văn phòng HĐND và UBND") is known by its spelled-out form, the form every
        // text spelled out comes to: a unit named in the body is then found in a list that names it either way.
        var spelled = variants.Select(v => v.Canonical).Distinct().ToDictionary(c => c, c => SpellOutKey(c).Trim(), StringComparer.Ordinal);
        variants = variants.Select(v => (v.Variant, Canonical: spelled[v.Canonical], v.Unit)).ToList();
        (_variants, _namesByFirstWord) = Spellings(variants);
        _fullNames = pack.Aliases.Where(g => g.Names.Count > 0).GroupBy(g => spelled.GetValueOrDefault(VietnameseText.Key(g.Names[0]), VietnameseText.Key(g.Names[0])))
            .ToDictionary(g => g.Key, g => g.First().Names[0], StringComparer.Ordinal);
        _unitsByFirstWord = ByFirstWord(variants.Where(v => v.Unit).Select(v => (v.Variant, v.Canonical)));
    }

    static (List<(string, string)>, Dictionary<string, List<(string Variant, string Canonical)>>.AlternateLookup<ReadOnlySpan<char>>) Spellings(
        List<(string Variant, string Canonical, bool Unit)> variants) =>
        (variants.Select(v => (v.Variant, v.Canonical)).OrderByDescending(v => v.Variant.Length).ToList(),
         ByFirstWord(variants.Select(v => (v.Variant, v.Canonical))));

    static Dictionary<string, List<(string Variant, string Canonical)>>.AlternateLookup<ReadOnlySpan<char>> ByFirstWord(IEnumerable<(string Variant, string Canonical)> variants) =>
        variants.GroupBy(v => v.Variant.Split(' ')[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(v => v.Variant.Length).ToList(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    static readonly PerPack<AgencyNames> Built = new(pack => new AgencyNames(pack));
    /// <summary>The names of a pack, built once for it.</summary>
    public static AgencyNames For(RulePackData pack) => Built.For(pack);
    public static AgencyNames Default => For(RulePackData.Default);

    /// <summary>Names already spelled out: a directory's entries and a draft's recipients come back check after check.</summary>
    readonly ConcurrentDictionary<string, string> _canonical = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, string> _spelledOut = new(StringComparer.Ordinal);
    const int RememberedNames = 20_000;
    const int MaxRememberedLength = 300;

    /// <summary>The folded form of a name with every known abbreviation spelled out, padded with spaces.</summary>
    public string Canonicalize(string name) => Remembered(_canonical, name, SpellOutKey);

    /// <summary>A short name's result from <paramref name="memo"/>, computed the first time; the memo is bounded.</summary>
    static string Remembered(ConcurrentDictionary<string, string> memo, string name, Func<string, string> compute)
    {
        if (name.Length > MaxRememberedLength) return compute(name);
        if (memo.TryGetValue(name, out var known)) return known;
        if (memo.Count >= RememberedNames) memo.Clear();
        return memo[name] = compute(name);
    }

    string SpellOutKey(string name)
    {
        var key = LongestFirst(" " + VietnameseText.Key(name) + " ");
        foreach (var (variant, canonical) in _variants)
        {
            if (variant == canonical || !key.Contains(" " + variant + " ", StringComparison.Ordinal)) continue;
            key = key.Replace(" " + variant + " ", " " + canonical + " ", StringComparison.Ordinal);
        }
        return key;
    }

    /// <summary>
    /// Spellings replaced from left to right, the longest at each word: "vp ubnd tinh" is "Văn phòng UBND" + "tỉnh", not
    /// "VP" + "UBND tỉnh". The pass that follows spells out what a replacement leaves.
    /// </summary>
    string LongestFirst(string key)
    {
        var sb = new System.Text.StringBuilder(key.Length * 2).Append(' ');
        for (var at = 1; at < key.Length;)
        {
            var wordEnd = key.IndexOf(' ', at);
            if (wordEnd < 0) break;
            if (LongestAt(_namesByFirstWord, key, at, wordEnd) is { } name)
            {
                sb.Append(name.Canonical).Append(' ');
                at += name.Variant.Length + 1;
                continue;
            }
            sb.Append(key, at, wordEnd - at + 1);
            at = wordEnd + 1;
        }
        return sb.ToString();
    }

    /// <summary>
    /// The name as written with every known abbreviation replaced by the full name ("Sở GDĐT tỉnh" → "Sở Giáo dục và
    /// Đào tạo tỉnh"): what a directory is searched for.
    /// </summary>
    public string SpellOut(string name) => Remembered(_spelledOut, name, SpellOutText);

    string SpellOutText(string name)
    {
        var folded = new FoldedText(name);
        var taken = new List<(int Start, int Length, string Full)>();
        foreach (var (variant, canonical) in _variants)
        {
            if (variant == canonical || !_fullNames.TryGetValue(canonical, out var full)) continue;
            foreach (var at in folded.FindAll(variant))
            {
                var (s, l) = folded.OriginalSpan(at, variant.Length);
                if (taken.All(t => s + l <= t.Start || s >= t.Start + t.Length)) taken.Add((s, l, full));
            }
        }
        var text = name;
        foreach (var (s, l, full) in taken.OrderByDescending(t => t.Start)) text = text[..s] + full + text[(s + l)..];
        return text.Trim();
    }

    /// <summary>Units of the rule pack named in a text, in order, the longest name winning where names overlap.</summary>
    public IEnumerable<UnitMention> Mentions(string text) => Mentions(new FoldedText(text));

    public IEnumerable<UnitMention> Mentions(FoldedText folded)
    {
        var text = folded.Original;
        var key = folded.Key;
        var end = 0;
        for (var at = 1; at < key.Length; at = key.IndexOf(' ', at) + 1)
        {
            if (at == 0) yield break;
            var wordEnd = key.IndexOf(' ', at);
            if (at < end || wordEnd < 0) continue;
            if (LongestAt(_unitsByFirstWord, key, at, wordEnd) is not { } unit) continue;
            var (s, l) = folded.OriginalSpan(at, unit.Variant.Length);
            yield return new UnitMention(unit.Canonical, s, l, text.Substring(s, l), at, unit.Variant.Length);
            end = at + unit.Variant.Length;
        }
    }

    /// <summary>The longest spelling that starts at the word <paramref name="at"/> of a padded key and ends at a word's end, or null.</summary>
    static (string Variant, string Canonical)? LongestAt(Dictionary<string, List<(string Variant, string Canonical)>>.AlternateLookup<ReadOnlySpan<char>> byFirstWord,
        string key, int at, int wordEnd)
    {
        if (!byFirstWord.TryGetValue(key.AsSpan(at, wordEnd - at), out var candidates)) return null;
        foreach (var candidate in candidates)
        {
            var length = candidate.Variant.Length;
            if (at + length < key.Length && key[at + length] == ' ' && string.CompareOrdinal(key, at, candidate.Variant, 0, length) == 0) return candidate;
        }
        return null;
    }
}

/// <summary>A unit named in a paragraph: its canonical folded name and where it stands in the text and in the folded text.</summary>
public sealed record UnitMention(string Canonical, int Start, int Length, string Text, int FoldedStart, int FoldedLength);
