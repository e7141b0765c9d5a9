using WordHelper.Core.Addressing;

namespace WordHelper.Api.Recipients;

public static class RecipientsSetup
{
    /// <summary>The directory a check resolves recipients in: Microsoft 365 with the local list when Graph is set up, else the local list.</summary>
    public static void AddRecipients(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<LocalDirectory>();
        builder.Services.AddScoped<GraphDirectory>();
        builder.Services.AddScoped<CombinedDirectory>();
        builder.Services.AddScoped<IDirectory>(sp => sp.GetRequiredService<Graph.GraphSettings>().Enabled
            ? sp.GetRequiredService<CombinedDirectory>()
            : sp.GetRequiredService<LocalDirectory>());
    }
}
