using WordHelper.Api.Hosting;

namespace WordHelper.Api.Identity;

/// <summary>
/// How the service signs people in, read from settings: Microsoft Entra ID when AzureAd names the application
/// (Instance, TenantId, ClientId), the local user when it names nothing or Auth:Mode is Development.
/// </summary>
public sealed record AuthSettings(bool Local, string Instance, string? TenantId, IReadOnlyList<string> Audiences, IReadOnlyList<string> AllowedTenants, IReadOnlyList<string> EditorGroups)
{
    /// <summary>The application's client id (the first audience), as the pane names it to MSAL.</summary>
    public string? ClientId => Local ? null : Audiences[0];

    /// <summary>The permission the pane asks for: access_as_user under the application id URI (AzureAd:Audience, else api://clientId).</summary>
    public string? PaneScope => Local ? null : (Audiences.FirstOrDefault(a => a.StartsWith("api://", StringComparison.OrdinalIgnoreCase) && a != "api://" + ClientId) ?? "api://" + ClientId) + "/" + Claims.AccessAsUser;

    /// <summary>Where the pane signs in: the tenant itself, or any organisation when several are allowed.</summary>
    public string? PaneAuthority => Local ? null : Instance + (IsMultiTenant ? "organizations" : TenantId);

    public const string DefaultInstance = "https://login.microsoftonline.com/";

    /// <summary>TenantId values that let any organisation's users in: AllowedTenants then says which.</summary>
    static readonly string[] MultiTenant = ["organizations", "common"];

    public bool IsMultiTenant => TenantId is not null && MultiTenant.Contains(TenantId, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The issuer of a v2.0 access token of any tenant, "{tenantid}" standing for the token's own: the issuer validator
    /// fills it in, and <see cref="Allows"/> then says whether that tenant may come in.
    /// </summary>
    public string IssuerTemplate => Instance + "{tenantid}/v2.0";

    /// <summary>Whether a token of tenant <paramref name="tenant"/> may come in.</summary>
    public bool Allows(string? tenant) =>
        tenant is not null && (IsMultiTenant ? AllowedTenants.Contains(tenant, StringComparer.OrdinalIgnoreCase) : string.Equals(tenant, TenantId, StringComparison.OrdinalIgnoreCase));

    /// <summary>The settings, or a <see cref="StartupException"/> that names what is missing.</summary>
    public static AuthSettings From(IConfiguration config)
    {
        var azureAd = config.GetSection("AzureAd");
        var groups = config.GetSection("Auth:EditorGroups").Get<string[]>() ?? [];
        var mode = config["Auth:Mode"];
        if (string.Equals(mode, "Development", StringComparison.OrdinalIgnoreCase) || !azureAd.GetChildren().Any(c => c.Value is { Length: > 0 } || c.GetChildren().Any()))
            return new(Local: true, DefaultInstance, null, [], [], groups);
        if (mode is { Length: > 0 } && !string.Equals(mode, "Entra", StringComparison.OrdinalIgnoreCase))
            throw new StartupException($"Auth:Mode \"{mode}\" không được hỗ trợ: dùng Entra hoặc Development.");

        var missing = new[] { "TenantId", "ClientId" }.Where(k => string.IsNullOrWhiteSpace(azureAd[k])).Select(k => "AzureAd:" + k).ToList();
        var allowed = azureAd.GetSection("AllowedTenants").Get<string[]>() ?? [];
        var instance = (azureAd["Instance"] is { Length: > 0 } i ? i : DefaultInstance).TrimEnd('/') + "/";
        // The application as the pane names it when it asks for a token: its client id, or its application id URI.
        var audiences = new[] { azureAd["ClientId"], "api://" + azureAd["ClientId"], azureAd["Audience"] }
            .Where(a => !string.IsNullOrWhiteSpace(a)).Distinct(StringComparer.Ordinal).ToList()!;
        var settings = new AuthSettings(Local: false, instance, azureAd["TenantId"], audiences!, allowed, groups);
        if (settings.IsMultiTenant && allowed.Length == 0) missing.Add("AzureAd:AllowedTenants (TenantId là \"" + settings.TenantId + "\")");
        if (missing.Count > 0)
            throw new StartupException("thiếu thiết lập đăng nhập Microsoft Entra ID: " + string.Join(", ", missing) +
                ". Điền đủ các thiết lập này, hoặc bỏ hẳn mục AzureAd để chạy ở chế độ cục bộ trên máy này.");
        return settings;
    }
}
