namespace WordHelper.Api.Hosting;

/// <summary>The OpenAPI document at /openapi/v1.json, open to all, and in Development a browsable UI at /swagger.</summary>
public static class ApiDocuments
{
    public static void MapApiDocuments(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        if (!app.Environment.IsDevelopment()) return;
        app.UseSwaggerUI(ui =>
        {
            ui.SwaggerEndpoint("/openapi/v1.json", "WordHelper API");
            ui.DocumentTitle = "WordHelper API";
        });
    }
}
