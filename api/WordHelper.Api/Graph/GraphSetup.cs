using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;

namespace WordHelper.Api.Graph;

/// <summary>
/// Microsoft Graph for the request's user: one HttpClient for the process, made by the Graph SDK's factory so that
/// throttled calls (429, Retry-After) are retried, and a <see cref="GraphServiceClient"/> per request over it.
/// </summary>
public static class GraphSetup
{
    public static void AddGraph(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(sp => GraphSettings.From(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<Identity.AuthSettings>()));
        builder.Services.AddSingleton(_ => new GraphHttp(GraphClientFactory.Create()));
        builder.Services.AddScoped<UserGraphToken>();
        builder.Services.AddScoped(sp => new GraphServiceClient(sp.GetRequiredService<GraphHttp>().Client,
            sp.GetRequiredService<UserGraphToken>(), sp.GetRequiredService<GraphSettings>().BaseUrl));
    }
}

/// <summary>The process's one HttpClient for Graph (its handlers retry, redirect and compress).</summary>
public sealed record GraphHttp(HttpClient Client);
