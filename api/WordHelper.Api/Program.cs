using WordHelper.Api.AddIn;
using WordHelper.Api.Checks;
using WordHelper.Api.Hosting;
using WordHelper.Api.Limits;
using WordHelper.Api.Problems;
using WordHelper.Api.Storage;

var builder = WebApplication.CreateBuilder(args);
try
{
    builder.UseLocalEndpointsByDefault();
    builder.AddStorage();
    builder.AddVietnameseProblems();
    builder.AddChecking();
    builder.AddDocumentWorkLimits();
    builder.AddHealth();
    builder.Services.AddControllers();
    builder.Services.AddOpenApi();

    var app = builder.Build();

    app.UseVietnameseProblems();
    app.UseRateLimiter();
    await app.Services.MigrateAndSeedAsync();
    app.Services.WarmUpChecking();

    app.UseTaskPane();
    app.MapOpenApi();
    app.UseSwaggerUI(ui =>
    {
        ui.SwaggerEndpoint("/openapi/v1.json", "WordHelper API");
        ui.DocumentTitle = "WordHelper API";
    });
    app.MapHealth();
    app.MapManifest();
    app.MapControllers();

    await app.RunAsync();
    return 0;
}
catch (Exception e) when (e is not HostAbortedException)
{
    return StartupFailure.Report(e, builder.Configuration);
}

/// <summary>The host, visible to the integration tests.</summary>
public partial class Program;
