using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Identity.Web;
using WordHelper.Api.Hosting;

namespace WordHelper.Api.Identity;

/// <summary>
/// Who reaches the service. With Microsoft Entra settings, the bearer of an access token the pane obtained for this
/// API (validated by Microsoft.Identity.Web: signature, lifetime, issuer, audience as client id or api:// URI, tenant);
/// without them, the local user, over loopback only. Both schemes are registered; settings choose one when the first
/// request comes, so that the mode follows the configuration the host ends up with.
/// </summary>
public static class IdentitySetup
{
    public static void AddIdentity(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(sp => AuthSettings.From(sp.GetRequiredService<IConfiguration>()));
        // Microsoft.Identity.Web needs the instance spelled out; an organisation's settings may leave it to the default.
        var azureAd = builder.Configuration.GetSection("AzureAd");
        if (string.IsNullOrWhiteSpace(azureAd["Instance"]) && azureAd.GetChildren().Any(c => c.Value is { Length: > 0 } || c.GetChildren().Any()))
            builder.Configuration.AddInMemoryCollection([new("AzureAd:Instance", AuthSettings.DefaultInstance)]);
        var tokens = builder.Services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, LocalUser>(LocalUser.SchemeName, null)
            .AddMicrosoftIdentityWebApi(builder.Configuration.GetSection("AzureAd"), JwtBearerDefaults.AuthenticationScheme)
            // Graph on the user's behalf: the pane's token exchanged for one to Graph, cached per user.
            .EnableTokenAcquisitionToCallDownstreamApi();
        if (Storage.StorageSetup.IsPostgres(builder.Configuration))
        {
            // Several instances share one database: they share the users' tokens through it too.
            tokens.AddDistributedTokenCaches();
            builder.Services.AddSingleton<Microsoft.Extensions.Caching.Distributed.IDistributedCache, Storage.DbDistributedCache>();
        }
        else tokens.AddInMemoryTokenCaches();
        builder.Services.AddOptions<AuthenticationOptions>().Configure<AuthSettings>((options, settings) =>
            options.DefaultScheme = options.DefaultChallengeScheme = settings.Local ? LocalUser.SchemeName : JwtBearerDefaults.AuthenticationScheme);
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<AuthSettings>((options, settings) =>
        {
            options.MapInboundClaims = false;
            // Only a test authority on loopback is served over plain HTTP.
            options.RequireHttpsMetadata = builder.Configuration.GetValue("AzureAd:RequireHttpsMetadata", true);
            options.TokenValidationParameters.ValidIssuers = [settings.IssuerTemplate];
            options.TokenValidationParameters.ValidAudiences = settings.Audiences;
            options.TokenValidationParameters.NameClaimType = Claims.Name;
            options.TokenValidationParameters.RoleClaimType = Claims.Roles;
            var validated = options.Events.OnTokenValidated;
            options.Events.OnTokenValidated = async context =>
            {
                // The issuer is checked against the token's own tenant; which tenants may come in is this service's say.
                if (!settings.Allows(context.Principal?.FindFirst(Claims.Tenant)?.Value)) context.Fail("Tổ chức của tài khoản không được phép dùng dịch vụ này.");
                else await validated(context);
            };
        });
        builder.Services.AddSingleton<IAuthorizationHandler, EditorHandler>();
        builder.Services.AddAuthorizationBuilder().AddWordHelperPolicies();
    }

    public static void UseIdentity(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
    }

    /// <summary>Fails start-up on settings that name Entra only in part.</summary>
    public static void ValidateIdentitySettings(this IServiceProvider services) => services.GetRequiredService<AuthSettings>();

    /// <summary>
    /// The local user is everyone who can connect: the service, once started, stops when it listens anywhere but on
    /// loopback without Entra settings.
    /// </summary>
    public static async Task EnsureLocalModeStaysLocalAsync(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<AuthSettings>().Local) return;
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var exposed = addresses.Where(a => !IsLoopback(a)).ToList();
        if (exposed.Count == 0) return;
        await app.StopAsync();
        throw new StartupException(
            $"chưa có thiết lập đăng nhập Microsoft Entra ID (AzureAd:Instance, AzureAd:TenantId, AzureAd:ClientId) mà dịch vụ lại lắng nghe tại {string.Join(", ", exposed)}: " +
            "ở chế độ cục bộ, ai kết nối được cũng có toàn quyền, nên chỉ được chạy trên địa chỉ loopback (localhost, 127.0.0.1).");
    }

    static bool IsLoopback(string address)
    {
        if (!Uri.TryCreate(address.Replace("://+", "://0.0.0.0").Replace("://*", "://0.0.0.0"), UriKind.Absolute, out var uri)) return false;
        return uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }
}
