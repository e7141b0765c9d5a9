using WordHelper.Core.Clauses;
using WordHelper.Core.Registry;
using WordHelper.Core.Reports;
using WordHelper.Core.Rules;

namespace WordHelper.Api.Checks;

public static class CheckSetup
{
    /// <summary>The Core checker, reading the registry from the database; large documents one at a time.</summary>
    public static void AddChecking(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped(sp => new ReportBuilder(
            new Checker(registry: sp.GetRequiredService<ILegalDocumentRegistry>(), clock: sp.GetRequiredService<TimeProvider>()),
            sp.GetRequiredService<Limits.LargeDocuments>().Admit));
    }

    /// <summary>
    /// Checks a standard section with a citation once, before the service takes requests: the citation grammar's
    /// compiled expressions, the rule pack, the document model and the registry query are built now, not while the
    /// first drafters wait (the first checks of a cold service took up to a second).
    /// </summary>
    public static void WarmUpChecking(this IServiceProvider services)
    {
        var section = StandardSections.Default[0];
        var draft = ClauseRenderer.Render(section.Title,
            section.Body + "\nCăn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;",
            new Dictionary<string, string?>(), "I");
        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<ReportBuilder>().CheckFlatOpc(draft.Ooxml, "warm-up.xml");
    }
}
