namespace WordHelper.Api.Tests.Graph;

/// <summary>Sends what the service addresses to Microsoft's sign-in host to the fake on loopback instead.</summary>
public sealed class ToLoopback(Uri fake) : DelegatingHandler
{
    public const string Host = "login.microsoftonline.com";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { Host: Host } uri)
            request.RequestUri = new UriBuilder(uri) { Scheme = fake.Scheme, Host = fake.Host, Port = fake.Port }.Uri;
        return base.SendAsync(request, cancellationToken);
    }
}
