using WordHelper.Core.Citations;
using WordHelper.Core.RulePack;

namespace WordHelper.Core.Rules.CitationChecks;

/// <summary>
/// The issuer a State symbol names (symbol-issuers.json): "NĐ-CP" Chính phủ, "QĐ-TTg" Thủ tướng Chính phủ,
/// "12/2025/QH15" Quốc hội, "TT-BTC" Bộ Tài chính, "TTLT-BTC-BNV" both ministries. The issuer's code is the group after
/// the type abbreviation, or the first group of a symbol without one (a công văn "45/UBND-KH", a law "…/QH15").
/// </summary>
public sealed class SymbolIssuerTable
{
    readonly RulePackData _pack;
    readonly IReadOnlyList<SymbolIssuer> _items;

    SymbolIssuerTable(RulePackData pack)
    {
        _pack = pack;
        // "UBTVQH15" is looked up before "QH15".
        _items = pack.SymbolIssuers.Items.OrderByDescending(i => i.Code.Length).ToList();
    }

    static readonly PerPack<SymbolIssuerTable> Built = new(pack => new SymbolIssuerTable(pack));

    public static SymbolIssuerTable For(RulePackData pack) => Built.For(pack);

    /// <summary>The bodies a code stands for ("TTg" → Thủ tướng Chính phủ, "QH15" → Quốc hội), or null.</summary>
    public SymbolIssuer? Find(string code) =>
        _items.FirstOrDefault(i => code == i.Code
            || i.Session && code.Length > i.Code.Length && code.StartsWith(i.Code, StringComparison.Ordinal) && code[i.Code.Length..].All(char.IsAsciiDigit));

    /// <summary>
    /// The code a part written in the wrong case stands for: "TTg" for "TTG"; null when the part is written as the code
    /// or no code with small letters matches it.
    /// </summary>
    public string? Recased(string part) =>
        _items.FirstOrDefault(i => i.Code.Any(char.IsLower) && part != i.Code && string.Equals(part, i.Code, StringComparison.OrdinalIgnoreCase))?.Code;

    /// <summary>A code only State bodies use: "UBND", "TTg"; not "BTC", which is also an event's Ban Tổ chức.</summary>
    public bool IsSurelyState(string code) => Find(code) is { Shared: false };

    /// <summary>
    /// The issuers the citation's symbol names, one entry per issuer, each with the bodies its code may stand for;
    /// empty when the symbol names none the table knows. A joint document ("TTLT-BTC-BNV") names each of its issuers.
    /// </summary>
    public IReadOnlyList<SymbolIssuer> Issuers(Citation c)
    {
        var parts = c.SymbolParts;
        if (parts.Count == 0 || c.IsParty) return [];
        var start = SymbolForm.IsStateType(_pack, parts[0]) ? 1 : 0;
        if (start >= parts.Count) return [];
        var joint = start == 1 && (parts[0].EndsWith("LT", StringComparison.Ordinal)
            || c.TypeName?.EndsWith("liên tịch", StringComparison.OrdinalIgnoreCase) == true);
        if (!joint) return Find(parts[start]) is { } one ? [one] : [];
        var all = parts.Skip(start).Select(Find).ToList();
        // Every group of a joint symbol must be known, or the list of its issuers would be short of one.
        return all.All(i => i is not null) ? all.Select(i => i!).ToList() : [];
    }
}
