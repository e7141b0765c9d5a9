namespace WordHelper.Api.Identity;

/// <summary>The claims of a v2.0 access token that the service reads, kept as the token names them (no inbound mapping).</summary>
public static class Claims
{
    public const string Scope = "scp";
    public const string Roles = "roles";
    public const string Groups = "groups";
    public const string Tenant = "tid";
    public const string ObjectId = "oid";
    public const string Name = "name";
    public const string PreferredUserName = "preferred_username";

    /// <summary>The delegated permission the task pane asks for.</summary>
    public const string AccessAsUser = "access_as_user";

    /// <summary>The app role of those who edit the shared clause library and import the registry.</summary>
    public const string EditorRole = "WordHelper.Editor";
}
