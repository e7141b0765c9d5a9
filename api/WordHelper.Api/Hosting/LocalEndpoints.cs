using System.Security.Cryptography.X509Certificates;

namespace WordHelper.Api.Hosting;

/// <summary>
/// Where the service listens when nothing says otherwise: https://localhost:5001, as Office add-ins require, and
/// http://localhost:5000. Without a development certificate (a fresh machine) it serves HTTP only and says how to
/// create and trust one. ASPNETCORE_URLS, --urls or Kestrel settings take precedence.
/// </summary>
public static class LocalEndpoints
{
    public const int HttpsPort = 5001, HttpPort = 5000;

    /// <summary>The OID ASP.NET Core marks its development certificate with.</summary>
    const string DevelopmentCertificateOid = "1.3.6.1.4.1.311.84.1.1";

    public static void UseLocalEndpointsByDefault(this WebApplicationBuilder builder)
    {
        var configured = builder.Configuration["urls"] ?? builder.Configuration["http_ports"] ?? builder.Configuration["https_ports"];
        if (!string.IsNullOrEmpty(configured) || builder.Configuration.GetSection("Kestrel:Endpoints").Exists()) return;

        var certificate = FindDevelopmentCertificate();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.ListenLocalhost(HttpPort);
            if (certificate is not null) k.ListenLocalhost(HttpsPort, l => l.UseHttps(certificate));
        });
        if (certificate is null)
            Console.Error.WriteLine($"Chưa có chứng chỉ phát triển HTTPS: dịch vụ chạy ở http://localhost:{HttpPort}. " +
                "Để Word nạp được add-in, chạy \"dotnet dev-certs https --trust\" rồi khởi động lại.");
    }

    static X509Certificate2? FindDevelopmentCertificate()
    {
        try
        {
            using var store = new X509Store(StoreName.My, StoreLocation.CurrentUser);
            store.Open(OpenFlags.ReadOnly);
            var now = DateTime.Now;
            return store.Certificates
                .Where(c => c.Extensions.Any(e => e.Oid?.Value == DevelopmentCertificateOid) && c.HasPrivateKey && c.NotBefore <= now && now <= c.NotAfter)
                .OrderByDescending(c => c.NotAfter)
                .FirstOrDefault();
        }
        catch (System.Security.Cryptography.CryptographicException) { return null; }
    }
}
