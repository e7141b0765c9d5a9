using WordHelper.Core.Registry;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.CitationChecks;

/// <summary>
/// The issuer a citation names ("… của Ủy ban Thường vụ Quốc hội", "… do Bộ Y tế ban hành") against the one its symbol names ("12/2025/QH15":
/// Quốc hội), compared as the registry rule compares (<see cref="IssuerMatch"/>: abbreviations, the office for its body,
/// the body that took over in 2025). Only a name that clearly names a body is judged, and only where the registry
/// does not know the document: there VB-CIT-010 compares with the registry's issuer instead.
/// </summary>
public sealed class CitationIssuerSymbolRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-CIT-018"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var table = SymbolIssuerTable.For(context.Pack);
        var match = IssuerMatch.For(context.Pack);
        var names = Recipients.AgencyNames.For(context.Pack);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in context.NumberedCitations)
        {
            if ((c.Issuer ?? CitedWords.IssuedBy(context, c)) is not { Length: > 0 } issuer || !NamesABody(context, names, issuer)) continue;
            var bySymbol = table.Issuers(c);
            if (bySymbol.Count == 0 || context.Resolve(c).Document is { Issuer.Length: > 0 }) continue;
            var named = CitedWords.IssuerOnwards(context, c, issuer);
            // A code may stand for several bodies ("BTC"); a joint document's codes stand for its ministries together.
            var readings = bySymbol.Count == 1 ? bySymbol[0].Issuers : [string.Join(" và ", bySymbol.Select(i => i.Issuers[0]))];
            if (readings.Any(r => match.Same(named, r)) || !reported.Add(DocumentNumber.Key(c.NumberClean!))) continue;
            var expected = string.Join(" hoặc ", readings);
            var p = context.Paragraph(c.Paragraph);
            sink.Report("VB-CIT-018", p, c.Text, suggestion: expected,
                args: [("what", CitationScope.Name(c)), ("issuer", issuer), ("expected", expected)]);
        }
    }

    /// <summary>"của UBND tỉnh", "của Bộ Y tế", "của Thủ tướng Chính phủ" name a body; "của tỉnh", "của đơn vị" do not.</summary>
    static bool NamesABody(CheckContext context, Recipients.AgencyNames names, string issuer)
    {
        var key = names.Canonicalize(issuer).Trim();
        return context.Pack.SymbolIssuers.IssuerHeads.Any(h => key == h || key.StartsWith(h + " ", StringComparison.Ordinal));
    }
}
