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
        var uri = new Uri(origin.TrimEnd('/'), UriKind.Absolute);
        if (uri.Scheme != Uri.UriSchemeHttps) throw new ArgumentException("Office nạp add-in chỉ qua HTTPS.", nameof(origin));
        if (!Guid.TryParse(clientId, out _)) throw new ArgumentException("AzureAd:ClientId phải là một GUID.", nameof(clientId));
        var root = uri.GetLeftPart(UriPartial.Authority);
        return Template.Value
            .Replace("{{ORIGIN}}", SecurityElement.Escape(root), StringComparison.Ordinal)
            .Replace("{{HOST}}", SecurityElement.Escape(uri.Authority), StringComparison.Ordinal)
            .Replace("{{CLIENT_ID}}", clientId, StringComparison.Ordinal);
    }

    public static void MapManifest(this WebApplication app) =>
        app.MapGet("/manifest.xml", (HttpRequest request, IConfiguration config) =>
        {
            var origin = config["AddIn:Origin"] ?? $"https://{request.Host}";
            var clientId = config["AzureAd:ClientId"] ?? DevelopmentClientId;
            return Results.Text(Render(origin, clientId), "application/xml; charset=utf-8");
        }).ExcludeFromDescription();
}
