namespace WordHelper.Api.Storage;

/// <summary>A document of the citation registry as stored.</summary>
public sealed class RegistryDocument
{
    /// <summary><see cref="Tenants.Shared"/> for the central documents every tenant reads, else the tenant whose register added it.</summary>
    public string Tenant { get; set; } = Tenants.Shared;
    public required string Id { get; set; }
    public required string Type { get; set; }
    public required string Number { get; set; }
    /// <summary>The number without spaces, upper case: what look-ups compare.</summary>
    public required string NumberKey { get; set; }
    public DateOnly? Date { get; set; }
    /// <summary>The year it was issued (its date's, else its number's), 0 when unknown: one document a number and year.</summary>
    public int Year { get; set; }
    /// <summary>The day it takes effect, when its source says.</summary>
    public DateOnly? EffectiveFrom { get; set; }
    public required string Issuer { get; set; }
    public required string Summary { get; set; }
    /// <summary>"in-force", "expired" or "replaced".</summary>
    public required string Status { get; set; }
    public string? ReplacedBy { get; set; }
    public string? Source { get; set; }
    /// <summary>What the document's source says of its status when that is not a plain verdict ("có thể đã hết hiệu lực").</summary>
    public string? StatusNote { get; set; }
    /// <summary>Type, number, issuer and summary folded (no diacritics, lower case): what word search reads.</summary>
    public required string SearchText { get; set; }
}
