using WordHelper.Core.Archive;

namespace WordHelper.Api.Archive;

public static class ArchiveSetup
{
    /// <summary>OneDrive and SharePoint when Graph is set up, else the folder of Archive:Path.</summary>
    public static void AddArchive(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ArchiveScope>();
        builder.Services.AddScoped<FolderArchive>();
        builder.Services.AddScoped<GraphArchive>();
        builder.Services.AddScoped<IDocumentArchive>(sp => sp.GetRequiredService<Graph.GraphSettings>().Enabled
            ? sp.GetRequiredService<GraphArchive>()
            : sp.GetRequiredService<FolderArchive>());
    }
}
