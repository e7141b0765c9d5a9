using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace WordHelper.Api.Identity;

/// <summary>
/// Local mode, for a service on one's own machine without Microsoft Entra: every request is the same local user, with
/// the editor role, in a local tenant. Only over loopback: a request that reaches the service from elsewhere is not
/// signed in, whatever else went wrong (the service also refuses to start on another binding).
/// </summary>
public sealed class LocalUser(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Local";
    public const string Tenant = Storage.Tenants.Local;
    public const string ObjectId = "00000000-0000-0000-0000-000000000000";

    static readonly ClaimsPrincipal Principal = new(new ClaimsIdentity(
    [
        new Claim(Claims.ObjectId, ObjectId),
        new Claim(Claims.Tenant, Tenant),
        new Claim(Claims.Name, "Người dùng cục bộ"),
        new Claim(Claims.Scope, Claims.AccessAsUser),
        new Claim(Claims.Roles, Claims.EditorRole),
    ], SchemeName, Claims.Name, Claims.Roles));

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        // An in-memory test server has no socket, hence no address; a real connection always has one.
        var local = Context.Connection.LocalIpAddress;
        if (local is not null && !IPAddress.IsLoopback(local))
            return Task.FromResult(AuthenticateResult.Fail("Chế độ cục bộ chỉ phục vụ qua địa chỉ loopback."));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(Principal, SchemeName)));
    }
}
