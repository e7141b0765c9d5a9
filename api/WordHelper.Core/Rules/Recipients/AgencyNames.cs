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
    readonly List<(string Variant, string Canonical)> _unitVariants;

    public AgencyNames(RulePackData pack)
    {
        var groups = pack.Aliases.Select(g => (Keys: g.Names.Select(VietnameseText.Key).Where(k => k.Length > 0).Distinct().ToList(), g.Unit)).ToList();
        _variants = groups.SelectMany(g => g.Keys.Select(k => (k, g.Keys[0])))
            .OrderByDescending(v => v.Item1.Length).ToList();
        _unitVariants = groups.Where(g => g.Unit).SelectMany(g => g.Keys.Select(k => (k, g.Keys[0])))
            .OrderByDescending(v => v.Item1.Length).ToList();
    }

    static readonly Lazy<AgencyNames> DefaultNames = new(() => new AgencyNames(RulePackData.Default));
    public static AgencyNames Default => DefaultNames.Value;

    /// <summary>The folded form of a name with every known abbreviation spelled out, padded with spaces.</summary>
    public string Canonicalize(string name)
    {
        var key = " " + VietnameseText.Key(name) + " ";
        foreach (var (variant, canonical) in _variants)
        {
            if (variant == canonical || !key.Contains(" " + variant + " ", StringComparison.Ordinal)) continue;
            key = key.Replace(" " + variant + " ", " " + canonical + " ", StringComparison.Ordinal);
        }
        return key;
    }

    /// <summary>Units of the rule pack named in a text, longest names first, without overlaps.</summary>
    public IEnumerable<UnitMention> Mentions(string text)
    {
        var folded = new FoldedText(text);
        var taken = new List<(int Start, int End)>();
        foreach (var (variant, canonical) in _unitVariants)
        {
            foreach (var at in folded.FindAll(variant))
            {
                var end = at + variant.Length;
                if (taken.Any(t => at < t.End && end > t.Start)) continue;
                taken.Add((at, end));
                var (s, l) = folded.OriginalSpan(at, variant.Length);
                yield return new UnitMention(canonical, s, l, text.Substring(s, l));
            }
        }
    }
}

/// <summary>A unit named in a paragraph: its canonical folded name and where it stands in the text.</summary>
public sealed record UnitMention(string Canonical, int Start, int Length, string Text);
