using WordHelper.Api.Identity;

namespace WordHelper.Api.AddIn;

/// <summary>
/// What the task pane needs to sign in, at /addin/signin.json beside its files: nothing in local mode, else the
/// application to ask a token for, where, and for which permission. None of it is secret.
/// </summary>
public static class SignInSettings
{
    public static void MapSignInSettings(this WebApplication app) =>
        app.MapGet("/addin/signin.json", (AuthSettings settings) => settings.Local
                ? Results.Json(new { mode = "local" })
                : Results.Json(new { mode = "entra", clientId = settings.ClientId, authority = settings.PaneAuthority, scopes = new[] { settings.PaneScope } }))
            .ExcludeFromDescription().AllowAnonymous();
}
