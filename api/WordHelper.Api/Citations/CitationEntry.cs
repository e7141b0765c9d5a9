namespace WordHelper.Api.Citations;

/// <summary>A registry entry as the API shows it; <see cref="StatusNote"/> is what its source says of its status when that is not a verdict.</summary>
public sealed record CitationEntry(string Id, string Type, string Number, string? Date, string Issuer, string Summary, string Status, string? ReplacedBy,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? StatusNote = null);

/// <summary>The formatted first-mention text of a citation.</summary>
public sealed record CitationText(string Text);

/// <summary>What an import did: every entry was either added or updated.</summary>
public sealed record ImportResult(int Added, int Updated);
