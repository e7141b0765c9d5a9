using System.Runtime.CompilerServices;
using WordHelper.Core.Rules.Recipients;

namespace WordHelper.Core.Addressing;

/// <summary>
/// Which candidates an entry means. Names are compared with abbreviations spelled out and diacritics folded: the same
/// name is a match; failing that, a name that only adds or drops the place ("Sở Y tế" and "Sở Y tế tỉnh Lâm Đồng").
/// Candidates with an address come first: a unit listed without one (as the local directory starts) gives way to the
/// same unit with its address.
/// </summary>
public sealed class AddresseeMatcher(AgencyNames names)
{
    /// <summary>A directory answers every entry of a draft with the same list: its names are keyed once.</summary>
    readonly ConditionalWeakTable<IReadOnlyList<Addressee>, (Addressee Candidate, string[] Keys)[]> _keyed = new();

    public IReadOnlyList<Addressee> Choose(AddresseeQuery query, IReadOnlyList<Addressee> candidates)
    {
        var keyed = _keyed.GetValue(candidates, list => list.Select(c => (c, c.Names.Select(names.Canonicalize).ToArray())).ToArray());
        List<Addressee> same = [], near = [];
        foreach (var (candidate, keys) in keyed)
        {
            if (Array.IndexOf(keys, query.Key) >= 0) same.Add(candidate);
            else if (keys.Any(k => Extends(k, query.Key) || Extends(query.Key, k))) near.Add(candidate);
        }
        same = Distinct(same);
        near = Distinct(near);
        return new[] { same.Where(Addressable), near.Where(Addressable), same, near }.Select(l => l.ToList()).FirstOrDefault(l => l.Count > 0) ?? [];
    }

    static bool Addressable(Addressee a) => a.Mail is { Length: > 0 };

    /// <summary>Keys are padded with spaces: "so y te tinh lam dong" extends "so y te" word for word.</summary>
    static bool Extends(string longer, string shorter) =>
        shorter.Trim().Length > 0 && longer.Length > shorter.Length && longer.StartsWith(shorter, StringComparison.Ordinal);

    /// <summary>The same address found twice (a group found by its name and by its alias) is one recipient.</summary>
    static List<Addressee> Distinct(IEnumerable<Addressee> found) =>
        found.DistinctBy(a => a.Mail is { Length: > 0 } m ? m.ToLowerInvariant() : "name:" + a.Name).ToList();
}
