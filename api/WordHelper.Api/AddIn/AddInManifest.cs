using System.Security;

namespace WordHelper.Api.AddIn;

/// <summary>
/// The Word add-in manifest, rendered from manifest/manifest.template.xml for an origin and an Entra application:
/// the development variant (https://localhost:5001) is kept in the repository, production is served by the service.
/// </summary>
public static class AddInManifest
{
    public const string DevelopmentOrigin = "https://localhost:5001";
    /// <summary>Stands in for the Entra application id until AzureAd:ClientId is set.</summary>
    public const string DevelopmentClientId = "00000000-0000-4000-8000-000000000001";

    static readonly Lazy<string> Template = new(() =>
    {
        using var stream = typeof(AddInManifest).Assembly.GetManifestResourceStream("WordHelper.AddIn.manifest.template.xml")
            ?? throw new InvalidDataException("manifest.template.xml is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static string Render(string origin, string clientId)
    {
        if (!Uri.TryCreate(origin.TrimEnd('/'), UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
            throw new ArgumentException($"AddIn:Origin \"{origin}\" phải là một địa chỉ HTTPS đầy đủ, như https://wordhelper.example.gov.vn: Office nạp add-in chỉ qua HTTPS.");
        if (!Guid.TryParse(clientId, out _)) throw new ArgumentException($"AzureAd:ClientId \"{clientId}\" phải là một GUID.");
        var root = uri.GetLeftPart(UriPartial.Authority);
        return Template.Value
            .Replace("{{ORIGIN}}", SecurityElement.Escape(root), StringComparison.Ordinal)
            .Replace("{{HOST}}", SecurityElement.Escape(uri.Authority), StringComparison.Ordinal)
            .Replace("{{CLIENT_ID}}", clientId, StringComparison.Ordinal);
    }

    /// <summary>
    /// The manifest for the origin of AddIn:Origin (the development origin when unset), never for the Host a request
    /// names: a forged Host header must not point Word at another server. Rendered once, at start, so that a wrong
    /// setting stops the service with its reason.
    /// </summary>
    public static void MapManifest(this WebApplication app)
    {
        string manifest;
        try { manifest = Render(app.Configuration["AddIn:Origin"] ?? DevelopmentOrigin, app.Configuration["AzureAd:ClientId"] ?? DevelopmentClientId); }
        catch (ArgumentException e) { throw new Hosting.StartupException(e.Message, e); }
        app.MapGet("/manifest.xml", () => Results.Text(manifest, "application/xml; charset=utf-8")).ExcludeFromDescription().AllowAnonymous();
    }
}
