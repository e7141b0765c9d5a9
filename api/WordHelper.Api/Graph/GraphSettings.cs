namespace WordHelper.Api.Graph;

/// <summary>
/// Whether the service reaches Microsoft 365 on behalf of its users, and how: only with Entra settings that include
/// the application's own credential (AzureAd:ClientSecret or AzureAd:ClientCredentials), which the on-behalf-of
/// exchange needs. Without them, the directory and the archive are the local ones.
/// </summary>
public sealed record GraphSettings(bool Enabled, string BaseUrl, IReadOnlyList<string> Scopes)
{
    public const string DefaultBaseUrl = "https://graph.microsoft.com/v1.0";

    /// <summary>
    /// The delegated permissions asked for, always the same set so that one cached token serves every call: people,
    /// groups and contacts of the directory, files for the archive, a draft message.
    /// </summary>
    static readonly string[] DefaultScopes =
        ["User.ReadBasic.All", "GroupMember.Read.All", "OrgContact.Read.All", "Files.Read.All", "Sites.Read.All", "Mail.ReadWrite"];

    public static GraphSettings From(IConfiguration config, Identity.AuthSettings auth)
    {
        var azureAd = config.GetSection("AzureAd");
        var credential = azureAd["ClientSecret"] is { Length: > 0 } || azureAd.GetSection("ClientCredentials").GetChildren().Any();
        var scopes = config.GetSection("Graph:Scopes").Get<string[]>() is { Length: > 0 } s ? s : DefaultScopes;
        return new(!auth.Local && credential, (config["Graph:BaseUrl"] is { Length: > 0 } b ? b : DefaultBaseUrl).TrimEnd('/'),
            scopes.Select(x => x.Contains("://", StringComparison.Ordinal) ? x : "https://graph.microsoft.com/" + x).ToList());
    }
}
