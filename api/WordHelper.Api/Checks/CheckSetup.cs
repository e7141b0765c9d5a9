using WordHelper.Core.Registry;
using WordHelper.Core.Reports;
using WordHelper.Core.Rules;

namespace WordHelper.Api.Checks;

public static class CheckSetup
{
    /// <summary>The Core checker, reading the registry from the database.</summary>
    public static void AddChecking(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped(sp => new ReportBuilder(new Checker(
            registry: sp.GetRequiredService<ILegalDocumentRegistry>(),
            clock: sp.GetRequiredService<TimeProvider>())));
    }
}
