using WordHelper.Core.RulePack;

namespace WordHelper.Core.Rules.CitationChecks;

/// <summary>
/// The type abbreviation in a cited symbol must be that of the type named: "Quyết định số 112/KH-TTg" names a
/// decision but its symbol says plan (Phụ lục III, NĐ 30/2020). Only a group that IS a known abbreviation, compared
/// case-sensitively (CTr, TTr, QyĐ), counts; công văn and generic "văn bản" have none. A typed document whose symbol
/// opens with a State issuer's code ("Quyết định số 2104/UBND-NC") carries a công văn's symbol: VB-CIT-020.
/// </summary>
public sealed class CitationTypeRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-CIT-002", "VB-CIT-020"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var pack = context.Pack;
        foreach (var c in CitationScope.Of(context))
        {
            if (c.TypeName is null || c.IsParty || c.SymbolParts.Count < 2) continue;
            var named = Find(pack, c.TypeName);
            if (named is null || named.Abbr is null || named.Category == "reference") continue;
            var written = c.SymbolParts[0];
            if (written == named.Abbr || SameAbbreviation(pack, c.TypeName, written)) continue;
            var other = pack.DocTypes.FirstOrDefault(t => t.Abbr == written && t.Category is "administrative" or "normative");
            var p = context.Paragraph(c.Paragraph);
            if (other is null)
            {
                // "Kế hoạch số 6159/UBND-NC": the symbol opens with its issuer, as a công văn's does.
                if (SymbolIssuerTable.For(pack).IsSurelyState(written))
                    sink.Report("VB-CIT-020", p, c.Number!, args: [("type", c.TypeName), ("number", c.Number!), ("abbr", written), ("expected", named.Abbr)]);
                continue;
            }
            var fixedNumber = c.NumberClean!.Replace("/" + written + "-", "/" + named.Abbr + "-", StringComparison.Ordinal);
            // "Tờ trình số 11/TT-LĐCL": without a year the symbol is no Thông tư's, but the abbreviation its issuer (an
            // association, a company) gave the type; the number is cited as that issuer wrote it, to be checked, not mended.
            var issuersOwn = other.Category == "normative" && c.NumberYear is null;
            sink.Report("VB-CIT-002", p, c.Number!, severity: issuersOwn ? Severity.Warning : null, suggestion: $"{c.TypeName} số {fixedNumber}",
                args: [("type", c.TypeName), ("number", c.Number!), ("abbr", written), ("other", other.Name), ("expected", named.Abbr)]);
        }
    }

    static DocTypeEntry? Find(RulePackData pack, string name) =>
        pack.DocTypes.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase)
            || (t.Aliases ?? []).Any(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Several entries may share a name across categories (Quyết định cá biệt and quy phạm): any of their abbreviations is right.</summary>
    static bool SameAbbreviation(RulePackData pack, string name, string abbr) =>
        pack.DocTypes.Any(t => t.Abbr == abbr && string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));
}
