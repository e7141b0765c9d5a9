using WordHelper.Api.AddIn;
using WordHelper.Api.Archive;
using WordHelper.Api.Checks;
using WordHelper.Api.Graph;
using WordHelper.Api.Hosting;
using WordHelper.Api.Identity;
using WordHelper.Api.Limits;
using WordHelper.Api.Problems;
using WordHelper.Api.Recipients;
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
    builder.AddIdentity();
    builder.AddGraph();
    builder.AddRecipients();
    builder.AddArchive();
    builder.AddOwnOriginCors();
    builder.Services.AddControllers();
    builder.Services.AddOpenApi();

    var app = builder.Build();
    app.Services.ValidateIdentitySettings();

    app.UseTrustedProxies();
    app.UseSecurityHeaders();
    app.UseVietnameseProblems();
    app.UseTaskPane();
    app.UseIdentity();
    app.UseDocumentWorkLimits();
    await app.Services.MigrateAndSeedAsync();
    app.Services.WarmUpChecking();

    app.MapApiDocuments();
    app.MapHealth();
    app.MapManifest();
    app.MapSignInSettings();
    app.MapControllers();

    await app.StartAsync();
    await app.EnsureLocalModeStaysLocalAsync();
    await app.WaitForShutdownAsync();
    return 0;
}
catch (Exception e) when (e is not HostAbortedException)
{
    return StartupFailure.Report(e, builder.Configuration);
}

/// <summary>The host, visible to the integration tests.</summary>
public partial class Program;
