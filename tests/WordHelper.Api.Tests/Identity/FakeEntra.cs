using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace WordHelper.Api.Tests.Identity;

/// <summary>
/// Microsoft Entra ID on loopback, as far as a web API sees it: OpenID metadata and signing keys for any tenant, and
/// access tokens minted with this test's own RSA key, with whatever flaws a test asks for.
/// </summary>
public class FakeEntra : IDisposable
{
    public const string ClientId = "6e74172b-be56-4843-9ff4-e66a39bb12e3";
    public const string TenantA = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string TenantB = "f8cdef31-a31e-4b4a-93e4-5f571e91255a";
    public const string TenantC = "0c6c9b2a-6f3a-4b3c-9d3e-2b1a0c9d8e7f";

    protected readonly WireMockServer Server = WireMockServer.Start();
    readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "clé-1" };

    public FakeEntra() : this(null) { }

    /// <param name="publicInstance">
    /// The authority its tokens and metadata name: by default the fake's own loopback address; Microsoft's own
    /// (https://login.microsoftonline.com/) when the service's traffic to it is routed here (MSAL takes HTTPS only).
    /// </param>
    protected FakeEntra(string? publicInstance)
    {
        Instance = publicInstance ?? Server.Urls[0] + "/";
        var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(_key);
        var keys = JsonSerializer.Serialize(new { keys = new[] { new { kty = "RSA", use = "sig", kid = _key.KeyId, n = jwk.N, e = jwk.E } } });
        Server.Given(Request.Create().WithPath(new RegexMatcher(@"^/[^/]+/v2\.0/\.well-known/openid-configuration$")).UsingGet())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["issuer"] = Instance + "{tenantid}/v2.0",
                ["jwks_uri"] = Instance + "common/discovery/v2.0/keys",
                ["authorization_endpoint"] = Instance + "common/oauth2/v2.0/authorize",
                ["token_endpoint"] = Instance + "common/oauth2/v2.0/token",
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
                ["response_types_supported"] = new[] { "code", "id_token", "token id_token" },
                ["subject_types_supported"] = new[] { "pairwise" },
            })));
        Server.Given(Request.Create().WithPath("/common/discovery/v2.0/keys").UsingGet())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(keys));
    }

    /// <summary>The authority's base, as AzureAd:Instance takes it.</summary>
    public string Instance { get; }

    /// <summary>Where the fake really listens.</summary>
    public Uri Loopback => new(Server.Urls[0]);

    public static string IssuerOf(string instance, string tenant) => $"{instance}{tenant}/v2.0";

    /// <summary>What a token says; each test changes what it needs.</summary>
    public sealed record Token
    {
        public string Tenant { get; init; } = TenantA;
        public string? Issuer { get; init; }
        public string Audience { get; init; } = ClientId;
        public string? Scope { get; init; } = "access_as_user";
        public string[] Roles { get; init; } = [];
        public string[] Groups { get; init; } = [];
        public string ObjectId { get; init; } = "9f3c1b7e-1111-4a2b-8c3d-4e5f6a7b8c9d";
        public DateTime NotBefore { get; init; } = DateTime.UtcNow.AddMinutes(-5);
        public DateTime Expires { get; init; } = DateTime.UtcNow.AddHours(1);
        /// <summary>Signed with another key that claims the same key id.</summary>
        public bool ForgedKey { get; init; }
    }

    public string Mint(Token token)
    {
        var claims = new List<Claim>
        {
            new("tid", token.Tenant), new("oid", token.ObjectId), new("name", "Nguyễn Văn An"),
            new("preferred_username", "an@so-noi-vu.example"), new("ver", "2.0"), new("azp", "b1d6c7f0-5d2e-4b1a-8f0e-2a3b4c5d6e7f"),
        };
        if (token.Scope is not null) claims.Add(new("scp", token.Scope));
        claims.AddRange(token.Roles.Select(r => new Claim("roles", r)));
        claims.AddRange(token.Groups.Select(g => new Claim("groups", g)));
        var key = token.ForgedKey ? new RsaSecurityKey(RSA.Create(2048)) { KeyId = _key.KeyId } : _key;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = token.Issuer ?? IssuerOf(Instance, token.Tenant),
            Audience = token.Audience,
            Subject = new ClaimsIdentity(claims),
            NotBefore = token.NotBefore,
            IssuedAt = token.NotBefore,
            Expires = token.Expires,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>An unsigned token ("alg": "none") with the claims of <paramref name="token"/>.</summary>
    public string MintUnsigned(Token token)
    {
        static string Part(object value) => Base64UrlEncoder.Encode(JsonSerializer.Serialize(value));
        var payload = new Dictionary<string, object>
        {
            ["iss"] = IssuerOf(Instance, token.Tenant), ["aud"] = token.Audience, ["tid"] = token.Tenant, ["oid"] = token.ObjectId,
            ["scp"] = token.Scope ?? "", ["nbf"] = EpochTime.GetIntDate(token.NotBefore), ["exp"] = EpochTime.GetIntDate(token.Expires), ["ver"] = "2.0",
        };
        return $"{Part(new { alg = "none", typ = "JWT" })}.{Part(payload)}.";
    }

    public void Dispose()
    {
        Server.Stop();
        GC.SuppressFinalize(this);
    }
}
