using WordHelper.Core.Citations;
using WordHelper.Core.Registry;

namespace WordHelper.Core.Rules.CitationChecks;

/// <summary>
/// One document cited under two symbols: its groups in another order ("45/KH-UBND", later "45/UBND-KH", same date)
/// or a last group dropped ("123/KH-BCĐ-CA", later "123/KH-BCĐ"). The same number and year are required, and nothing
/// the two citations say may tell them apart: another date, another type or another issuer is another document.
/// </summary>
static class SymbolVariants
{
    /// <summary>Each later form with the earlier form it varies, reported once a pair, at the later form's first citation.</summary>
    public static IEnumerable<(Citation First, Citation Later)> Of(IReadOnlyList<Citation> citations, Func<string, string, bool> differentIssuers)
    {
        var forms = new List<Citation>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in citations)
        {
            if (!seen.Add(DocumentNumber.Key(c.NumberClean!))) continue;
            var earlier = forms.FirstOrDefault(f => Varies(f, c) && Alike(f, c, differentIssuers));
            if (earlier is not null) yield return (earlier, c);
            forms.Add(c);
        }
    }

    static bool Varies(Citation a, Citation b)
    {
        if (a.Serial != b.Serial || a.NumberYear != b.NumberYear) return false;
        var x = a.SymbolParts;
        var y = b.SymbolParts;
        if (x.Count == y.Count)
            return Reordered(x, y) && a.Date is { IsValid: true, IsComplete: true } d && b.Date is { } e && d.CompareTo(e) == 0;
        var (shorter, longer) = x.Count < y.Count ? (x, y) : (y, x);
        return shorter.Count >= 2 && shorter.SequenceEqual(longer.Take(shorter.Count)) && SameType(a, b) is true;
    }

    /// <summary>The same groups in another order: "KH-UBND" and "UBND-KH".</summary>
    static bool Reordered(IReadOnlyList<string> x, IReadOnlyList<string> y) =>
        !x.SequenceEqual(y) && x.Order(StringComparer.Ordinal).SequenceEqual(y.Order(StringComparer.Ordinal));

    /// <summary>True when both name the same type, false when they name two, null when one names none.</summary>
    static bool? SameType(Citation a, Citation b) =>
        (a.TypeName ?? a.ImpliedType) is { } s && (b.TypeName ?? b.ImpliedType) is { } t ? string.Equals(s, t, StringComparison.OrdinalIgnoreCase) : null;

    /// <summary>Nothing tells the two apart: no other date, type or issuer.</summary>
    static bool Alike(Citation a, Citation b, Func<string, string, bool> differentIssuers) =>
        !(a.Date is { IsValid: true } d && b.Date is { IsValid: true } e && d.CompareTo(e) != 0)
        && SameType(a, b) is not false
        && !(a.Issuer is { } i && b.Issuer is { } j && differentIssuers(i, j));
}
