using Microsoft.AspNetCore.Authorization;

namespace WordHelper.Api.Identity;

/// <summary>The editor role, or membership of a group named in Auth:EditorGroups.</summary>
public sealed class EditorRequirement : IAuthorizationRequirement;

public sealed class EditorHandler(AuthSettings settings) : AuthorizationHandler<EditorRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, EditorRequirement requirement)
    {
        var user = context.User;
        if (user.HasClaim(Claims.Roles, Claims.EditorRole) || user.FindAll(Claims.Groups).Any(g => settings.EditorGroups.Contains(g.Value, StringComparer.OrdinalIgnoreCase)))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
