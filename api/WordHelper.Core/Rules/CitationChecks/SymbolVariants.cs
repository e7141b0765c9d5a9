using WordHelper.Core.Citations;
using WordHelper.Core.Documents;
using WordHelper.Core.Registry;

namespace WordHelper.Core.Rules.CitationChecks;

/// <summary>
/// One document cited under two symbols: its groups in another order ("45/KH-UBND", later "45/UBND-KH", same date)
/// or a last group dropped ("123/KH-BCĐ-CA", later "123/KH-BCĐ"). The same number and year are required, and nothing
/// the two citations say may tell them apart: another date, another type or another issuer is another document.
/// Two more slips are told only when everything else agrees, since either could also be another document:
/// one group changed ("46/2025/QĐ-CTUBND", later "46/2025/QĐ-UBND") with the same type, full date and issuer named
/// in both; and a group dropped together with a date one digit off ("176/KH-TCTLN-PC04, ngày 08/10/2025", later
/// "176/KH-TCTLN ngày 18/10/2025"), where the symbol and the date are both in doubt.
/// </summary>
static class SymbolVariants
{
    /// <summary>
    /// Each pair of forms of one document, reported once, at the first citation of the form that is the slip
    /// (<see cref="Odd"/>) with the other form as the reference; <c>DateToo</c> when the dates disagree as well.
    /// </summary>
    public static IEnumerable<(Citation Reference, Citation Odd, bool DateToo)> Of(IReadOnlyList<Citation> citations, CitedIssuers issuers, IReadOnlySet<string> knownGroups)
    {
        var forms = new List<Citation>();
        // Per form: how many of its citations give the full date, and how many there are.
        var written = citations.GroupBy(c => DocumentNumber.Key(c.NumberClean!))
            .ToDictionary(g => g.Key, g => (Dated: g.Count(c => c.Date is { IsValid: true, IsComplete: true }), All: g.Count()), StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in citations)
        {
            if (!seen.Add(DocumentNumber.Key(c.NumberClean!))) continue;
            if (forms.FirstOrDefault(f => Varies(f, c) && Alike(f, c, issuers)) is { } earlier) yield return Odd(earlier, c, false);
            else if (forms.FirstOrDefault(f => OneGroupChanged(f, c) && AllAgree(f, c, issuers)) is { } changed) yield return Odd(changed, c, false);
            else if (forms.FirstOrDefault(f => GroupDropped(f, c) && DigitSlip(f, c) && SameType(f, c) is true && !OtherIssuers(f, c, issuers)) is { } slipped)
                yield return Odd(slipped, c, true);
            forms.Add(c);
        }

        // The slip is the form cited in full (with its date) fewer times, a short mention copying the symbol less
        // carefully than a full citation; else the form written fewer times; else, of two symbols as long, the one with
        // a group no type or body is abbreviated to ("QĐ-CTUBND" beside "QĐ-UBND"); else the later one.
        (Citation, Citation, bool) Odd(Citation earlier, Citation later, bool dateToo)
        {
            var (e, l) = (written[DocumentNumber.Key(earlier.NumberClean!)], written[DocumentNumber.Key(later.NumberClean!)]);
            var earlierOdd = e.Dated != l.Dated ? e.Dated < l.Dated
                : e.All != l.All ? e.All < l.All
                : earlier.SymbolParts.Count == later.SymbolParts.Count && Unknown(earlier) > Unknown(later);
            return earlierOdd ? (later, earlier, dateToo) : (earlier, later, dateToo);
        }

        int Unknown(Citation c) => c.SymbolParts.Count(part => !knownGroups.Contains(part));
    }

    static bool Varies(Citation a, Citation b)
    {
        if (!SameSerial(a, b)) return false;
        if (a.SymbolParts.Count == b.SymbolParts.Count)
            return Reordered(a.SymbolParts, b.SymbolParts) && SameFullDate(a, b);
        return GroupDropped(a, b) && SameType(a, b) is true;
    }

    static bool SameSerial(Citation a, Citation b) => a.Serial == b.Serial && a.SerialPart == b.SerialPart && a.NumberYear == b.NumberYear;

    /// <summary>The one symbol is the other with its last group left out: "KH-BCĐ-CA" and "KH-BCĐ".</summary>
    static bool GroupDropped(Citation a, Citation b)
    {
        if (!SameSerial(a, b) || a.SymbolParts.Count == b.SymbolParts.Count) return false;
        var (shorter, longer) = a.SymbolParts.Count < b.SymbolParts.Count ? (a.SymbolParts, b.SymbolParts) : (b.SymbolParts, a.SymbolParts);
        return shorter.Count >= 2 && shorter.SequenceEqual(longer.Take(shorter.Count));
    }

    /// <summary>The same groups in another order: "KH-UBND" and "UBND-KH".</summary>
    static bool Reordered(IReadOnlyList<string> x, IReadOnlyList<string> y) =>
        !x.SequenceEqual(y) && x.Order(StringComparer.Ordinal).SequenceEqual(y.Order(StringComparer.Ordinal));

    /// <summary>As many groups, all in place but one: "QĐ-CTUBND" and "QĐ-UBND".</summary>
    static bool OneGroupChanged(Citation a, Citation b) =>
        SameSerial(a, b) && a.SymbolParts.Count == b.SymbolParts.Count && a.SymbolParts.Count >= 2
        && a.SymbolParts.Zip(b.SymbolParts).Count(p => !string.Equals(DocumentNumber.Key(p.First), DocumentNumber.Key(p.Second), StringComparison.Ordinal)) == 1;

    static bool SameFullDate(Citation a, Citation b) =>
        a.Date is { IsValid: true, IsComplete: true } d && b.Date is { } e && d.CompareTo(e) == 0;

    /// <summary>Two full dates written alike but for one digit: "08/10/2025" and "18/10/2025".</summary>
    static bool DigitSlip(Citation a, Citation b) =>
        a.Date is { IsValid: true, IsComplete: true } d && b.Date is { IsValid: true, IsComplete: true } e
        && d.ToShortVietnamese().Zip(e.ToShortVietnamese()).Count(p => p.First != p.Second) == 1;

    /// <summary>True when both name the same type, false when they name two, null when one names none.</summary>
    static bool? SameType(Citation a, Citation b) =>
        (a.TypeName ?? a.ImpliedType) is { } s && (b.TypeName ?? b.ImpliedType) is { } t ? string.Equals(s, t, StringComparison.OrdinalIgnoreCase) : null;

    static bool OtherIssuers(Citation a, Citation b, CitedIssuers issuers) =>
        a.Issuer is { } i && b.Issuer is { } j && issuers.Different(i, j);

    /// <summary>Nothing tells the two apart: no other date, type or issuer.</summary>
    static bool Alike(Citation a, Citation b, CitedIssuers issuers) =>
        !(a.Date is { IsValid: true } d && b.Date is { IsValid: true } e && d.CompareTo(e) != 0)
        && SameType(a, b) is not false
        && !OtherIssuers(a, b, issuers);

    /// <summary>Everything but the symbol is said, and said alike: type, full date and issuer.</summary>
    static bool AllAgree(Citation a, Citation b, CitedIssuers issuers) =>
        SameType(a, b) is true && SameFullDate(a, b) && a.Issuer is not null && b.Issuer is not null && !OtherIssuers(a, b, issuers);
}
