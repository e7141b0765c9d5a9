using Microsoft.Extensions.FileProviders;

namespace WordHelper.Api.AddIn;

/// <summary>Serves the task pane (copied next to the service at build) under /addin.</summary>
public static class TaskPaneFiles
{
    public static void UseTaskPane(this WebApplication app)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "addin");
        if (!Directory.Exists(folder)) return;
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(folder),
            RequestPath = "/addin",
            // Office caches add-in files hard; a new build must reach the drafter.
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "no-cache",
        });
    }
}
