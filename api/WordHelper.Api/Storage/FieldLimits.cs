namespace WordHelper.Api.Storage;

/// <summary>
/// The longest value of every stored text field. The model and input validation read them here, so that SQLite (which
/// does not enforce lengths) and PostgreSQL (which does) accept exactly the same data, checked before the database
/// sees it. Migrations keep the figures they were written with; the schema test keeps both in step.
/// </summary>
public static class FieldLimits
{
    public const int Id = 100;

    public const int DocumentType = Core.Registry.Import.RegistryLimits.Type;
    public const int DocumentNumber = Core.Registry.Import.RegistryLimits.Number;
    public const int Issuer = Core.Registry.Import.RegistryLimits.Issuer;
    public const int Summary = Core.Registry.Import.RegistryLimits.Summary;
    public const int Status = 20;
    public const int Source = Core.Registry.Import.RegistryLimits.Source;
    public const int DocumentSearchText = 3000;
    public const int StatusNote = 300;

    public const int ClauseTitle = 300;
    public const int ClauseDocType = 10;
    public const int ClauseSection = 300;
    public const int ClauseBody = 100_000;
    /// <summary>The tags joined by ";".</summary>
    public const int ClauseTags = 1000;
    public const int Tag = 100;
    public const int TagCount = 30;
    public const int ClauseScope = 100;

    /// <summary>Words of a search query that count: more only slow the query down (and SQLite refuses a thousand).</summary>
    public const int SearchWords = 12;

    public const int DirectoryName = 300;
    public const int Mail = 320;
    public const int DirectoryKind = 20;
    /// <summary>Other names of a directory entry, joined by ";".</summary>
    public const int DirectoryAliases = 1000;
    public const int ArchiveScope = 1000;

    /// <summary>The key MSAL gives a cached token (a user's or an application's).</summary>
    public const int CacheKey = 449;

    public const int VariableName = 60;
    public const int VariableValue = 10_000;
    public const int VariableCount = 200;

    /// <summary>
    /// Whether <paramref name="id"/> can be a stored id (letters, digits, "-" and "_"): anything else is known to be
    /// absent without asking the database, which may refuse such text outright (NUL on PostgreSQL).
    /// </summary>
    public static bool IsId(string? id) => id is { Length: > 0 and <= Id } && id.All(c => char.IsLetterOrDigit(c) || c is '-' or '_');
}
