namespace WordHelper.Api.Hosting;

/// <summary>
/// Headers every answer carries: no content-type sniffing, no referrer, HSTS over HTTPS outside Development. The task
/// pane gets a Content-Security-Policy that lets it load only its own files and Office.js, talk only to the service and
/// the Microsoft identity platform, and be framed only by the Office hosts named in AddIn:FrameAncestors; nothing else
/// the service serves may be framed at all. Cross-origin calls are allowed from the add-in's own origin only.
/// </summary>
public static class SecurityHeaders
{
    const string OfficeJs = "https://appsforoffice.microsoft.com";

    public static void AddOwnOriginCors(this WebApplicationBuilder builder) =>
        builder.Services.AddCors().AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>().Configure<IConfiguration>((options, config) =>
            options.AddDefaultPolicy(p => p.WithOrigins(new Uri(config["AddIn:Origin"] ?? AddIn.AddInManifest.DevelopmentOrigin).GetLeftPart(UriPartial.Authority))
                .AllowAnyHeader().AllowAnyMethod().WithExposedHeaders("ETag", "Retry-After", "WWW-Authenticate")));

    public static void UseSecurityHeaders(this WebApplication app)
    {
        var ancestors = string.Join(' ', app.Configuration.GetSection("AddIn:FrameAncestors").Get<string[]>() ?? []);
        // MSAL in the pane asks the Microsoft identity platform for tokens.
        var identity = new Uri(app.Configuration["AzureAd:Instance"] is { Length: > 0 } instance ? instance : Identity.AuthSettings.DefaultInstance).GetLeftPart(UriPartial.Authority);
        var pane = $"default-src 'self'; script-src 'self' {OfficeJs}; style-src 'self'; img-src 'self' data:; connect-src 'self' {identity}; " +
                   $"frame-src 'self' {identity}; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self' {ancestors}";
        var hsts = !app.Environment.IsDevelopment();
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/addin") ? pane : "frame-ancestors 'none'";
            if (hsts && context.Request.IsHttps) headers.StrictTransportSecurity = "max-age=31536000";
            return next(context);
        });
        app.UseCors();
    }
}
