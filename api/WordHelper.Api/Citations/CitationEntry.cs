namespace WordHelper.Api.Citations;

/// <summary>A registry entry as the API shows it.</summary>
public sealed record CitationEntry(string Id, string Type, string Number, string? Date, string Issuer, string Summary, string Status, string? ReplacedBy);

/// <summary>The formatted first-mention text of a citation.</summary>
public sealed record CitationText(string Text);

/// <summary>What an import did: every entry was either added or updated.</summary>
public sealed record ImportResult(int Added, int Updated);
