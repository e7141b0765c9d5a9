namespace WordHelper.Api.Storage;

/// <summary>
/// A recipient of the local directory: a unit, a person, a group or a contact, its mail address when known and the
/// other names it goes by. Each tenant keeps its own; the first use seeds it with the rule pack's units.
/// </summary>
public sealed class DirectoryRow
{
    public string Tenant { get; set; } = Tenants.Local;
    public required string Id { get; set; }
    public required string Name { get; set; }
    public string? Mail { get; set; }
    public string Kind { get; set; } = "unit";
    /// <summary>Other names, joined by ";".</summary>
    public string Aliases { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
}
