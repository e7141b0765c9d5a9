using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace WordHelper.Api.Tests;

/// <summary>
/// Headers that keep the pane and the API safe to serve: no sniffing, no referrer, framing by Office hosts only, HSTS
/// over HTTPS, forwarded headers believed only from configured proxies, and the Swagger UI only in Development.
/// </summary>
public sealed class SecurityHeaderTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_pane_may_load_Office_js_and_be_framed_by_Office_hosts_only()
    {
        var response = await factory.CreateClient().GetAsync("/addin/taskpane.html");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self' https://appsforoffice.microsoft.com;", policy);
        Assert.Contains("frame-ancestors 'self' https://*.office.com", policy);
        Assert.Contains("https://*.officeapps.live.com", policy);
        Assert.Contains("connect-src 'self' https://login.microsoftonline.com;", policy);
        Assert.DoesNotContain("*;", policy);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Nothing_else_may_be_framed_and_every_answer_is_not_sniffed()
    {
        foreach (var url in new[] { "/api/clauses?q=tcth", "/manifest.xml", "/health", "/api/clauses/khong-co" })
        {
            var response = await factory.CreateClient().GetAsync(url);
            Assert.Equal("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        }
    }

    [Theory]
    [InlineData("https://localhost:5001", true)]
    [InlineData("https://evil.example", false)]
    public async Task Only_the_add_ins_own_origin_may_call_across_origins(string origin, bool allowed)
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/checks")
        {
            Headers = { { "Origin", origin }, { "Access-Control-Request-Method", "POST" }, { "Access-Control-Request-Headers", "authorization,content-type" } },
        };
        var response = await factory.CreateClient().SendAsync(preflight);
        Assert.Equal(allowed, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var origins) && origins.Single() == origin);
    }

    [Fact]
    public async Task The_Swagger_UI_is_served_in_Development_only()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/swagger/index.html")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/openapi/v1.json")).StatusCode);
        await using var development = factory.WithWebHostBuilder(b => b.UseEnvironment("Development"));
        Assert.Equal(HttpStatusCode.OK, (await development.CreateClient().GetAsync("/swagger/index.html")).StatusCode);
    }

    /// <summary>
    /// On Kestrel, so that requests come from 127.0.0.1: X-Forwarded-Proto: https makes a request HTTPS (and so gets
    /// HSTS) only when 127.0.0.1 is a configured proxy, even with ASPNETCORE_FORWARDEDHEADERS_ENABLED set.
    /// </summary>
    [Theory]
    [InlineData(null, false)]
    [InlineData("127.0.0.1", true)]
    [InlineData("10.1.2.3", false)]
    public async Task Forwarded_headers_are_believed_from_configured_proxies_only(string? proxy, bool https)
    {
        var folder = Path.Combine(Path.GetTempPath(), "wordhelper-proxy-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var service = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
            {
                b.UseEnvironment("Testing");
                b.UseSetting("urls", "http://127.0.0.1:0");
                b.UseSetting("Database:Path", Path.Combine(folder, "w.db"));
                b.UseSetting("FORWARDEDHEADERS_ENABLED", "true");
                if (proxy is not null) b.UseSetting("ForwardedHeaders:KnownProxies:0", proxy);
            });
            service.UseKestrel(0);
            service.StartServer();
            using var request = new HttpRequestMessage(HttpMethod.Get, "/health") { Headers = { { "X-Forwarded-Proto", "https" }, { "X-Forwarded-For", "203.0.113.7" } } };
            var response = await service.CreateClient().SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(https, response.Headers.Contains("Strict-Transport-Security"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }
}
