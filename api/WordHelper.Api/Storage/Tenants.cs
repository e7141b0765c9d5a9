namespace WordHelper.Api.Storage;

/// <summary>
/// Whose data a row is. Each organisation (the tenant of its users' tokens, "tid") has its own clause library and its
/// own additions to the registry; the central legal documents the service is shipped with belong to no one and are
/// read by all. The local mode is one tenant of its own.
/// </summary>
public static class Tenants
{
    /// <summary>Rows every tenant reads and none changes: the registry's central documents.</summary>
    public const string Shared = "";

    /// <summary>The one tenant of the local mode, and the owner of what was stored before there were tenants.</summary>
    public const string Local = "local";

    public const int MaxLength = 64;
}
