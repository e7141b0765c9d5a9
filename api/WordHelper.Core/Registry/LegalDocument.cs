namespace WordHelper.Core.Registry;

public enum LegalStatus { InForce, Expired, Replaced }

/// <summary>
/// A document of the citation registry. <see cref="StatusNote"/> is what its source says of its status, in its words;
/// <see cref="Source"/> names where the facts come from (the codification, an organisation's register…).
/// </summary>
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
    string? StatusNote = null,
    DateOnly? EffectiveFrom = null)
{
    /// <summary>The year it was issued: its date's, else the one its number carries.</summary>
    public int? Year => Date?.Year ?? DocumentNumber.Year(Number);
}

/// <summary>A later document that changed part of this one ("sửa đổi", "bổ sung", "bãi bỏ"), from when it took effect.</summary>
public sealed record Amendment(string Relation, string ByNumber, string ByType, DateOnly? EffectiveFrom);

/// <summary>Where the checker looks documents up. Core ships the rule pack's entries and the central data; the API backs them with its database.</summary>
public interface ILegalDocumentRegistry
{
    /// <summary>
    /// Every document of a number/symbol (compared by <see cref="DocumentNumber.Key"/>): one for a number with its year,
    /// one a year for numbers without ("1791/QĐ-TTg" of 2016 and of 2021), the first-asked source's first.
    /// </summary>
    IReadOnlyList<LegalDocument> FindAll(string number);

    /// <summary>The first document of a number, when any.</summary>
    LegalDocument? FindByNumber(string number) => FindAll(number) is [var first, ..] ? first : null;

    /// <summary>Whether a source lists the number as a real document, even without its facts.</summary>
    bool IsListed(string number) => FindAll(number).Count > 0;

    /// <summary>Whether the registry knows every document of the series the number belongs to (the Nghị định of 2020).</summary>
    bool CoversSeries(string number, string type) => false;

    /// <summary>Real documents a mistaken number may have meant: same date, same subject, the number's neighbours.</summary>
    IReadOnlyList<LegalDocument> Nearest(string number, DateOnly? date, string? summary) => [];

    /// <summary>The later documents that amended, supplemented or repealed parts of it.</summary>
    IReadOnlyList<Amendment> AmendmentsOf(LegalDocument document) => [];
}
