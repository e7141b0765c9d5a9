using System.Text.RegularExpressions;
using WordHelper.Core.Citations;
using WordHelper.Core.RulePack;

namespace WordHelper.Core.Rules.CitationChecks;

/// <summary>What is wrong with how a cited number joins its parts, and the number written right.</summary>
public enum SymbolFault { None, SlashInSymbol, PartyAsState, StateAsParty, StrayMarks, YearJoined, CodeCase }

/// <summary>
/// The joins of a cited number as people mistype them. A State document writes "25/KH-SYT" (NĐ 30/2020: number, "/",
/// groups joined by "-"); a Party or Youth Union document writes "18-NQ/TW" (number and type joined by "-", the issuer
/// after a "/"). A "/" between the groups ("25/KH/SYT", "18/NQ/TW") and doubled or stray marks ("05//KH-UBND",
/// "05/KH--UBND", "05/KH.-UBND") are slips; the right form is given only where the symbol says which system it is.
/// </summary>
public static partial class SymbolForm
{
    public sealed record Result(SymbolFault Fault, string? Expected, string? Marks = null);

    static readonly Result Fine = new(SymbolFault.None, null);

    /// <summary>The year from which State symbols are written with "-" only (Thông tư 01/2011/TT-BNV, then NĐ 30/2020).</summary>
    const int FirstYearOfHyphens = 2011;

    /// <summary>
    /// The fault of a citation's number; none for a number the registry knows as written: older central documents
    /// carry a "/" in their symbol ("146/2010/TTLT/BTC-BCA-BQP", "…/QĐ-BNN/TCCB"), and that is their number.
    /// </summary>
    public static Result Of(CheckContext context, Citation c)
    {
        var result = Of(c, context.Pack);
        return result.Fault != SymbolFault.None && context.Registry.FindAll(c.NumberClean!).Count > 0 ? Fine : result;
    }

    public static Result Of(Citation c, RulePackData pack)
    {
        if (c.NumberClean is not { Length: > 0 } clean) return Fine;
        return c.IsParty ? OfParty(clean, pack) : OfState(c, clean, pack);
    }

    /// <summary>"25-KH/UBND": a Party form whose issuer is surely a State body.</summary>
    static Result OfParty(string clean, RulePackData pack)
    {
        var m = PartyShape().Match(clean);
        if (!m.Success) return Fine;
        var issuers = m.Groups["issuers"].Value.Split('-');
        if (IsPartyIssuer(pack, issuers[0], exact: false) || !SymbolIssuerTable.For(pack).IsSurelyState(issuers[0])) return Fine;
        return new Result(SymbolFault.StateAsParty, $"{m.Groups["serial"].Value}/{m.Groups["type"].Value}-{string.Join("-", issuers)}");
    }

    static Result OfState(Citation c, string clean, RulePackData pack)
    {
        var m = StateShape().Match(clean);
        if (!m.Success || c.SymbolParts.Count == 0) return Fine;
        var serial = m.Groups["serial"].Value;
        var year = m.Groups["year"].Success ? m.Groups["year"].Value + "/" : "";
        var symbol = m.Groups["symbol"].Value;
        var parts = c.SymbolParts;
        var state = $"{serial}/{year}{string.Join("-", parts)}";

        // "18/20202QĐ-UBND": the year runs into the symbol, a figure too many as often as not; the date cited tells the year.
        // Only before a State type: a company may number its letters "11/2026CV-YVG".
        if (m.Groups["joined"] is { Success: true } joined && IsStateType(pack, parts[0]))
        {
            var meant = c.Date?.Year.ToString() is { } dated && joined.Value.StartsWith(dated, StringComparison.Ordinal) ? dated : joined.Value[..4];
            return new Result(SymbolFault.YearJoined, $"{serial}/{meant}/{string.Join("-", parts)}");
        }

        var stray = StrayMarks().Match(m.Groups["slashes"].Value.Length > 1 ? m.Groups["slashes"].Value : symbol);
        if (m.Groups["slashes"].Value.Length > 1 || stray.Success)
            return serial.Length > 0 ? new Result(SymbolFault.StrayMarks, state, stray.Success ? stray.Value : m.Groups["slashes"].Value) : Fine;

        // A Party document: its type, then its issuer after a "/" ("18/NQ/TW"), or even after a "-" ("18/NQ-TW").
        var slashAfterType = parts.Count >= 2 && symbol.StartsWith(parts[0] + "/", StringComparison.Ordinal);
        // The first group must be a type ("NQ", "KL"), not a State body's code ("45/UBND-TU" is a công văn of the UBND).
        var typeFirst = parts[0].Length <= 4 && SymbolIssuerTable.For(pack).Find(parts[0]) is null;
        if (serial.Length > 0 && year.Length == 0 && parts.Count >= 2 && typeFirst && IsPartyIssuer(pack, parts[1], exact: !slashAfterType)
            && (slashAfterType || parts.Count == 2))
            return new Result(SymbolFault.PartyAsState, $"{serial}-{parts[0]}/{string.Join("-", parts.Skip(1))}");

        // Before Thông tư 01/2011/TT-BNV symbols were often written with "/" ("…/2008/QĐ-BNN/TCCB"), and joint documents
        // kept one after their type ("…/TTLT/BTC-BNV"): only a later number, not a joint one, is judged.
        var before2011 = (c.NumberYear ?? c.Date?.Year) is < FirstYearOfHyphens;
        var joint = parts[0].EndsWith("LT", StringComparison.Ordinal);
        if (symbol.Contains('/') && !before2011 && !joint && (IsStateType(pack, parts[0]) || SymbolIssuerTable.For(pack).IsSurelyState(parts[0])))
            return new Result(SymbolFault.SlashInSymbol, state);

        // "749/QĐ-TTG": a code written with small letters ("TTg") typed in capitals.
        var recased = parts.Select(part => SymbolIssuerTable.For(pack).Recased(part) ?? part).ToList();
        if (serial.Length > 0 && !recased.SequenceEqual(parts) && symbol.Replace('/', '-') == string.Join("-", parts))
            return new Result(SymbolFault.CodeCase, $"{serial}/{year}{string.Join("-", recased)}");
        return Fine;
    }

    /// <summary>An issuer's code of the Party or the Youth Union: "TW", "TU", "ĐTN", and with <paramref name="exact"/> false "BTGTU", "TWĐTN".</summary>
    static bool IsPartyIssuer(RulePackData pack, string code, bool exact) =>
        pack.SymbolIssuers.PartyIssuerEndings.Any(e => exact ? code == e : code.EndsWith(e, StringComparison.Ordinal));

    /// <summary>The abbreviation of a State document type (Phụ lục III): "KH", "QĐ", "NĐ", "TT".</summary>
    public static bool IsStateType(RulePackData pack, string abbr) =>
        pack.DocTypes.Any(t => t.Abbr == abbr && t.Category is "administrative" or "normative");

    [GeneratedRegex(@"^(?<serial>\d+)-(?<type>[^/]+)/(?<issuers>.+)$")]
    private static partial Regex PartyShape();

    [GeneratedRegex(@"^(?<serial>\d*)(?<slashes>/+)(?:(?<year>\d{4})/|(?<joined>\d{4,5})(?=\p{Lu}))?(?<symbol>.+)$")]
    private static partial Regex StateShape();

    /// <summary>Two or more marks in a row inside a symbol: "--", "//", ".-", "-.".</summary>
    [GeneratedRegex(@"(?=[.]?[\-/])[\-/.]{2,}")]
    private static partial Regex StrayMarks();
}
