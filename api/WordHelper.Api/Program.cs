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
    builder.AddTrustedProxies();
    builder.Services.AddControllers();
    builder.Services.AddOpenApi();

    var app = builder.Build();

    app.UseTrustedProxies();
    app.UseSecurityHeaders();
    app.UseVietnameseProblems();
    app.UseRateLimiter();
    await app.Services.MigrateAndSeedAsync();
    app.Services.WarmUpChecking();

    app.UseTaskPane();
    app.MapApiDocuments();
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
