using Microsoft.Identity.Abstractions;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;

namespace WordHelper.Api.Graph;

/// <summary>
/// Authenticates Graph requests as the signed-in user: the token the pane sent is exchanged on behalf of the user
/// (Microsoft.Identity.Web, its token cache in front), once per request however many Graph calls the request makes.
/// </summary>
public sealed class UserGraphToken(IAuthorizationHeaderProvider headers, IHttpContextAccessor http, GraphSettings settings) : IAuthenticationProvider
{
    readonly Lock _asking = new();
    Task<string>? _header;

    public async Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null,
        CancellationToken cancellationToken = default)
    {
        Task<string> header;
        lock (_asking)
            header = _header ??= headers.CreateAuthorizationHeaderForUserAsync(settings.Scopes, claimsPrincipal: http.HttpContext?.User, cancellationToken: cancellationToken);
        request.Headers.Add("Authorization", await header);
    }
}
