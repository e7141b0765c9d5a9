using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WordHelper.Api.Tests.Identity;

namespace WordHelper.Api.Tests.Graph;

/// <summary>
/// Microsoft Entra ID and Microsoft Graph on one loopback server: the sign-in host's metadata and keys, its token
/// endpoint answering the on-behalf-of exchange (or refusing it as Entra does when the user must consent or pass MFA),
/// and whatever Graph routes a test declares under /v1.0.
/// </summary>
public sealed class FakeMicrosoft365 : FakeEntra
{
    public const string GraphToken = "graph-access-token-for-an";

    /// <summary>The delegated permissions the organisation consented to for the service.</summary>
    static readonly string[] ConsentedPermissions =
        ["User.ReadBasic.All", "GroupMember.Read.All", "OrgContact.Read.All", "Files.Read.All", "Sites.Read.All", "Mail.ReadWrite", "profile", "openid", "offline_access"];

    public FakeMicrosoft365() : base("https://" + ToLoopback.Host + "/")
    {
        // MSAL asks where a tenant's endpoints are before its first token.
        Server.Given(Request.Create().WithPath("/common/discovery/instance").UsingGet())
            .RespondWith(Json(new Dictionary<string, object>
            {
                ["tenant_discovery_endpoint"] = Instance + "{tenant}/v2.0/.well-known/openid-configuration",
                ["api-version"] = "1.1",
                ["metadata"] = new[] { new { preferred_network = ToLoopback.Host, preferred_cache = "login.windows.net", aliases = new[] { ToLoopback.Host, "login.windows.net", "login.microsoft.com", "sts.windows.net" } } },
            }));
        Server.Given(Request.Create().WithPath(new RegexMatcher(@"^/[^/]+/oauth2/v2\.0/token$")).UsingPost()).AtPriority(10)
            .RespondWith(Json(new Dictionary<string, object>
            {
                ["token_type"] = "Bearer",
                // Entra grants every permission consented to, not only those asked for.
                ["scope"] = string.Join(' ', ConsentedPermissions.Select(p => "https://graph.microsoft.com/" + p)),
                ["expires_in"] = 3600,
                ["ext_expires_in"] = 3600,
                ["access_token"] = GraphToken,
                ["refresh_token"] = "refresh-token",
                // MSAL files the token under the user's home account, which it reads from here.
                ["client_info"] = Base64UrlEncoder.Encode(JsonSerializer.Serialize(new { uid = new Token().ObjectId, utid = TenantA })),
            }));
    }

    /// <summary>Graph, as the service's Graph:BaseUrl.</summary>
    public string GraphBaseUrl => Server.Urls[0] + "/v1.0";

    public WireMockServer Routes => Server;

    /// <summary>How many times the service exchanged a token on behalf of a user.</summary>
    public int TokenExchanges => Server.LogEntries.Count(e => e.RequestMessage.Path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal));

    /// <summary>The requests Graph received on a path (beneath /v1.0).</summary>
    public IReadOnlyList<WireMock.Logging.ILogEntry> GraphCalls(string path) =>
        Server.LogEntries.Where(e => e.RequestMessage.Path == "/v1.0" + path).ToList();

    /// <summary>From now on Entra refuses the exchange as it does when the user must act: AADSTS65001 (consent) or 50076 (MFA).</summary>
    public void RefuseExchange(string code, string description, string? claims = null)
    {
        var error = new Dictionary<string, object>
        {
            ["error"] = "invalid_grant",
            ["error_description"] = $"AADSTS{code}: {description}",
            ["error_codes"] = new[] { int.Parse(code) },
            ["suberror"] = code == "65001" ? "consent_required" : "basic_action",
        };
        if (claims is not null) error["claims"] = claims;
        Server.Given(Request.Create().WithPath(new RegexMatcher(@"^/[^/]+/oauth2/v2\.0/token$")).UsingPost()).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(400).WithHeader("Content-Type", "application/json").WithBody(JsonSerializer.Serialize(error)));
    }

    public static IResponseBuilder Json(object body, int status = 200) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(JsonSerializer.Serialize(body));

    public static string Utf8(byte[] body) => Encoding.UTF8.GetString(body);
}
