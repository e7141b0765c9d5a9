namespace WordHelper.Core.Rules.CitationChecks;

/// <summary>
/// One document cited twice must be cited alike (VB-CIT-005). A different date is an error when both dates fall in the
/// same year or the number carries its year (a legal normative number names one document only); across years it is a
/// warning, since administrative numbers restart each year; the date most mentions give is the one the others are held
/// to. The same number with another issuer and another date is another document, not a slip. The same date with another
/// issuer is a warning. A symbol written later with its groups in another order or with a group dropped is a warning
/// naming both forms (<see cref="SymbolVariants"/>).
/// </summary>
public sealed class CitationConsistencyRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-CIT-005"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var groups = context.NumberedCitations
            .GroupBy(c => Registry.DocumentNumber.Key(c.NumberClean!));
        foreach (var g in groups)
        {
            // A tie goes to the date written first.
            var dated = g.Where(c => c.Date is { IsValid: true }).GroupBy(c => c.Date!.Value)
                .OrderByDescending(same => same.Count()).Select(same => same.First()).FirstOrDefault();
            var withIssuer = g.FirstOrDefault(c => c.Issuer is not null);
            foreach (var c in g)
            {
                var p = context.Paragraph(c.Paragraph);
                var otherIssuer = c.Issuer is { } issuer && withIssuer is not null && withIssuer != c && DifferentIssuers(issuer, withIssuer.Issuer!);
                if (dated is not null && c != dated && c.Date is { IsValid: true } d && dated.Date is { } f && d.CompareTo(f) != 0)
                {
                    if (otherIssuer && c.NumberYear is null) continue;
                    var certain = d.Year == f.Year || c.NumberYear is not null;
                    sink.Report("VB-CIT-005", p, CitationScope.Lead(c), severity: certain ? Severity.Error : Severity.Warning,
                        args: [("what", CitationScope.Name(c)), ("problem", $"ngày {c.DateText} khác với ngày {dated.DateText} đã ghi ở đoạn {dated.Paragraph + 1}")]);
                }
                else if (otherIssuer)
                    sink.Report("VB-CIT-005", p, c.Text, severity: Severity.Warning,
                        args: [("what", CitationScope.Name(c)), ("problem", $"cơ quan ban hành \"{c.Issuer}\" khác với \"{withIssuer!.Issuer}\" đã ghi ở đoạn {withIssuer.Paragraph + 1}")]);
            }
        }
        foreach (var (first, later) in SymbolVariants.Of(context.NumberedCitations, DifferentIssuers))
            sink.Report("VB-CIT-005", context.Paragraph(later.Paragraph), later.Number!, suggestion: first.NumberClean, severity: Severity.Warning,
                args: [("what", CitationScope.Name(later)), ("problem", $"số, ký hiệu ghi \"{later.NumberClean}\", khác với \"{first.NumberClean}\" đã ghi ở đoạn {first.Paragraph + 1}")]);
    }

    /// <summary>
    /// Issuers differ when the words of neither name, abbreviations spelled out, are all found in the other; an
    /// abbreviation the pack does not know may stand for the initials of words of the other name ("LN" for "liên ngành").
    /// </summary>
    static bool DifferentIssuers(string a, string b)
    {
        var names = Recipients.AgencyNames.Default;
        var x = names.Canonicalize(a).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var y = names.Canonicalize(b).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return !WordsFoundIn(x, y) && !WordsFoundIn(y, x);
    }

    static bool WordsFoundIn(string[] words, string[] other) =>
        words.All(w => other.Contains(w) || IsInitialsOf(w, other));

    static bool IsInitialsOf(string word, string[] other)
    {
        if (word.Length is < 2 or > 6 || !word.All(char.IsLetter)) return false;
        for (var i = 0; i + word.Length <= other.Length; i++)
            if (Enumerable.Range(0, word.Length).All(k => other[i + k].Length > 0 && other[i + k][0] == word[k])) return true;
        return false;
    }
}
