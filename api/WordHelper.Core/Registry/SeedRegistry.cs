using WordHelper.Core.RulePack;

namespace WordHelper.Core.Registry;

/// <summary>The registry seed of the rule pack, in memory: what the CLI checks against when no database is there.</summary>
public sealed class SeedRegistry : ILegalDocumentRegistry
{
    readonly Dictionary<string, LegalDocument> _byNumber;

    public SeedRegistry(RulePackData pack)
    {
        Documents = pack.RegistrySeed.Select(ToDocument).ToList();
        _byNumber = Documents.ToDictionary(d => NumberKey(d.Number), StringComparer.Ordinal);
    }

    public IReadOnlyList<LegalDocument> Documents { get; }

    public LegalDocument? FindByNumber(string number) => _byNumber.GetValueOrDefault(NumberKey(number));

    /// <summary>Number/symbol compared without white space, case-insensitively, Đ kept apart from D.</summary>
    public static string NumberKey(string number) =>
        string.Concat(Text.VietnameseText.Normalize(number).Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    public static LegalDocument ToDocument(RegistryEntry e) => new(
        Id: Slug(e.Number),
        Type: e.Type,
        Number: e.Number,
        Date: e.Date is null ? null : DateOnly.Parse(e.Date, System.Globalization.CultureInfo.InvariantCulture),
        Issuer: e.Issuer,
        Summary: e.Summary,
        Status: e.Status switch
        {
            "in-force" => LegalStatus.InForce,
            "expired" => LegalStatus.Expired,
            "replaced" => LegalStatus.Replaced,
            _ => throw new InvalidDataException($"Unknown status '{e.Status}' of {e.Number}"),
        },
        ReplacedBy: e.ReplacedBy,
        Source: e.Source);

    /// <summary>A stable id from a number: "1791/QĐ-TTg" → "1791-qd-ttg".</summary>
    public static string Slug(string number) =>
        string.Join('-', Text.VietnameseText.Key(number).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
