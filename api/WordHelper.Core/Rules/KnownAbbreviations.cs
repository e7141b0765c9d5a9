using WordHelper.Core.RulePack;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules;

/// <summary>
/// Every abbreviation the rule pack knows, each word of it: the bodies' (agency-abbreviations.json, agency-names.json)
/// and the document types' ("UBND", "HĐND", "KH", "QĐ"). A word among them is written right.
/// </summary>
static class KnownAbbreviations
{
    static readonly PerPack<HashSet<string>> Built = new(pack =>
        pack.Abbreviations.SelectMany(a => Words.Split(a.Abbr)).Select(w => w.Text)
            .Concat(pack.DocTypes.Where(t => t.Abbr is not null).Select(t => t.Abbr!))
            .Concat(pack.FixedNames.Abbreviations)
            .ToHashSet(StringComparer.Ordinal));

    public static IReadOnlySet<string> For(RulePackData pack) => Built.For(pack);
}
