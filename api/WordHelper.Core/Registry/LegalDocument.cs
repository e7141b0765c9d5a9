namespace WordHelper.Core.Registry;

public enum LegalStatus { InForce, Expired, Replaced }

/// <summary>A document of the citation registry. <see cref="StatusNote"/> is what its source says of its status, in its words.</summary>
public sealed record LegalDocument(
    string Id,
    string Type,
    string Number,
    DateOnly? Date,
    string Issuer,
    string Summary,
    LegalStatus Status,
    string? ReplacedBy = null,
    string? Source = null,
    string? StatusNote = null);

/// <summary>Where the checker looks documents up. Core ships the seed; the API backs it with its database.</summary>
public interface ILegalDocumentRegistry
{
    /// <summary>Exact look-up by number/symbol ("1791/QĐ-TTg", "30/2020/NĐ-CP"), compared without spaces and case.</summary>
    LegalDocument? FindByNumber(string number);
}
