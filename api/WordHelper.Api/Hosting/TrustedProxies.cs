using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace WordHelper.Api.Hosting;

/// <summary>
/// X-Forwarded-For and X-Forwarded-Proto are believed only from the proxies named in settings
/// (ForwardedHeaders:KnownProxies, addresses; ForwardedHeaders:KnownNetworks, CIDR ranges). With none named, no
/// forwarded header is believed, even where ASPNETCORE_FORWARDEDHEADERS_ENABLED would trust every sender.
/// </summary>
public static class TrustedProxies
{
    public static void AddTrustedProxies(this WebApplicationBuilder builder) =>
        builder.Services.AddOptions<ForwardedHeadersOptions>().PostConfigure<IConfiguration>((options, config) =>
        {
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var address in config.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
                options.KnownProxies.Add(IPAddress.TryParse(address, out var ip) ? ip
                    : throw new StartupException($"ForwardedHeaders:KnownProxies: \"{address}\" không phải địa chỉ IP."));
            foreach (var network in config.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [])
                options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var range) ? range
                    : throw new StartupException($"ForwardedHeaders:KnownNetworks: \"{network}\" không phải dải địa chỉ CIDR (như 10.0.0.0/8)."));
            options.ForwardedHeaders = options.KnownProxies.Count + options.KnownIPNetworks.Count > 0
                ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto
                : ForwardedHeaders.None;
        });

    public static void UseTrustedProxies(this WebApplication app) => app.UseForwardedHeaders();
}
