using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using WordHelper.Api.Tests.Identity;

namespace WordHelper.Api.Tests.Graph;

/// <summary>
/// The service as an organisation deploys it: Entra sign-in with the application's secret, so that it calls Graph on
/// its users' behalf; Microsoft's sign-in host and Graph are the fake on loopback.
/// </summary>
public static class Microsoft365Service
{
    public static EntraService Start(FakeMicrosoft365 fake, TestDatabase? database = null, Action<IWebHostBuilder>? configure = null) =>
        new(fake, database: database, configure: b =>
        {
            b.UseSetting("AzureAd:ClientSecret", "test-secret");
            b.UseSetting("AzureAd:RequireHttpsMetadata", "true");
            b.UseSetting("Graph:BaseUrl", fake.GraphBaseUrl);
            b.ConfigureTestServices(s =>
            {
                // MSAL (through IHttpClientFactory) and the token validation's metadata both reach Entra at the fake.
                s.ConfigureHttpClientDefaults(h => h.AddHttpMessageHandler(() => new ToLoopback(fake.Loopback)));
                s.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme,
                    o => o.BackchannelHttpHandler = new ToLoopback(fake.Loopback) { InnerHandler = new HttpClientHandler() });
            });
            configure?.Invoke(b);
        });
}
