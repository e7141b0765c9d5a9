using WordHelper.Core.RulePack;

namespace WordHelper.Core.Registry;

/// <summary>The registry seed of the rule pack, in memory: documents whose status the pack states from its own sources.</summary>
public sealed class SeedRegistry : ILegalDocumentRegistry
{
    readonly ILookup<string, LegalDocument> _byNumber;

    public SeedRegistry(RulePackData pack) : this(pack.RegistrySeed.Select(ToDocument)) { }

    public SeedRegistry(IEnumerable<LegalDocument> documents)
    {
        Documents = documents.ToList();
        _byNumber = Documents.ToLookup(d => DocumentNumber.Key(d.Number), StringComparer.Ordinal);
    }

    public IReadOnlyList<LegalDocument> Documents { get; }

    public IReadOnlyList<LegalDocument> FindAll(string number) => _byNumber[DocumentNumber.Key(number)].ToList();

    /// <summary>The year that tells an entry from another of the same number, as <see cref="LegalDocument.Year"/>: its date's, else its number's.</summary>
    public static int? YearOf(RegistryEntry e) =>
        (e.Date is null ? (int?)null : DateOnly.Parse(e.Date, System.Globalization.CultureInfo.InvariantCulture).Year) ?? DocumentNumber.Year(e.Number);

    public static LegalDocument ToDocument(RegistryEntry e) => new(
        Id: DocumentNumber.Slug(e.Number),
        Type: e.Type,
        Number: e.Number,
        Date: e.Date is null ? null : DateOnly.Parse(e.Date, System.Globalization.CultureInfo.InvariantCulture),
        Issuer: e.Issuer,
        Summary: e.Summary,
        Status: LegalStatusNames.TryParse(e.Status, out var status) ? status : throw new InvalidDataException($"Unknown status '{e.Status}' of {e.Number}"),
        ReplacedBy: e.ReplacedBy,
        Source: e.Source);
}
