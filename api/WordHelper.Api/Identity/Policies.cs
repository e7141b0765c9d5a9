using Microsoft.AspNetCore.Authorization;

namespace WordHelper.Api.Identity;

/// <summary>
/// Who may do what. Every route needs a signed-in user acting through the pane (the access_as_user scope) unless it
/// says otherwise; editing the clause library and importing the registry need the editor role, or membership of a
/// group named in Auth:EditorGroups.
/// </summary>
public static class Policies
{
    public const string Editor = "editor";

    public static void AddWordHelperPolicies(this AuthorizationBuilder authorization)
    {
        var user = new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .RequireAssertion(c => HasScope(c.User, Claims.AccessAsUser))
            .Build();
        authorization.SetFallbackPolicy(user).SetDefaultPolicy(user);
        authorization.AddPolicy(Editor, p => p.Combine(user).AddRequirements(new EditorRequirement()));
    }

    /// <summary>"scp" holds the delegated permissions separated by spaces.</summary>
    static bool HasScope(System.Security.Claims.ClaimsPrincipal user, string scope) =>
        user.FindAll(Claims.Scope).Any(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(scope, StringComparer.Ordinal));
}
