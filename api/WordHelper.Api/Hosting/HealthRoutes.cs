using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using WordHelper.Api.Problems;
using WordHelper.Api.Storage;

namespace WordHelper.Api.Hosting;

/// <summary>
/// GET /health tells the truth about what the service depends on (the database: there, answering, writable) and is
/// 503 with a Vietnamese detail when it cannot serve; GET /health/live only says the process answers, for a
/// supervisor that restarts it. Neither waits behind document work.
/// </summary>
public static class HealthRoutes
{
    public static void AddHealth(this WebApplicationBuilder builder) =>
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

    public static void MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteAsync }).AllowAnonymous();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync }).AllowAnonymous();
    }

    static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Description);
        if (report.Status != HealthStatus.Unhealthy)
            return context.Response.WriteAsJsonAsync(new { status = report.Status == HealthStatus.Healthy ? "ok" : "degraded", checks });
        return context.Response.WriteAsJsonAsync(new
        {
            type = "https://tools.ietf.org/html/rfc9110#section-15.6.4",
            title = ProblemSetup.Title(StatusCodes.Status503ServiceUnavailable),
            status = StatusCodes.Status503ServiceUnavailable,
            detail = string.Join(" ", report.Entries.Values.Where(e => e.Status == HealthStatus.Unhealthy).Select(e => e.Description)),
            checks,
        }, options: null, contentType: "application/problem+json");
    }
}
