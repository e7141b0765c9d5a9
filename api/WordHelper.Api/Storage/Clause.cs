using System.ComponentModel.DataAnnotations;

namespace WordHelper.Api.Storage;

/// <summary>A clause of the shared library, at its current version; standard sections are clauses too.</summary>
public sealed class Clause
{
    /// <summary>The organisation whose library holds the clause (<see cref="Tenants"/>); with <see cref="Id"/>, the key.</summary>
    public string Tenant { get; set; } = Tenants.Local;
    public required string Id { get; set; }
    public required string Title { get; set; }
    /// <summary>Type abbreviation: KH, BC, … or CV for công văn.</summary>
    public required string DocType { get; set; }
    /// <summary>The standard section the clause belongs to ("Tổ chức thực hiện").</summary>
    public required string Section { get; set; }
    public required string Body { get; set; }
    /// <summary>Tags joined by ";".</summary>
    public string Tags { get; set; } = "";
    /// <summary>Who shares the clause: "chung" for everyone, or an organisation's code.</summary>
    public string Scope { get; set; } = "chung";
    /// <summary>A standard section of its document type, in <see cref="Order"/>.</summary>
    public bool IsStandard { get; set; }
    public int Order { get; set; }
    /// <summary>Incremented by every save; the ETag, and the guard against concurrent edits.</summary>
    [ConcurrencyCheck]
    public int Version { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>Title, section, tags and body folded, with the title's initials ("tcth"): what search reads.</summary>
    public required string SearchText { get; set; }
}

/// <summary>One saved state of a clause: edits never destroy, every save adds a version.</summary>
public sealed class ClauseVersion
{
    public required string Id { get; set; }
    public string Tenant { get; set; } = Tenants.Local;
    public required string ClauseId { get; set; }
    public int Version { get; set; }
    public required string Title { get; set; }
    public required string Body { get; set; }
    public string Tags { get; set; } = "";
    public DateTimeOffset SavedAt { get; set; }
}
