using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using WordHelper.Api.Problems;

namespace WordHelper.Api.Limits;

/// <summary>
/// Checks, renders and imports take a core and up to 200 MB each while they run: they run a few at a time (one per
/// core, and as many as the memory set aside for them holds), the next ones wait briefly in a queue, and the rest are
/// answered 503 with Retry-After. Everything else — /health first — never waits behind them. Settings under Limits:
/// ConcurrentDocuments, QueueLength, QueueSeconds, WorkMemoryMB. Within them, large documents go one at a time
/// (<see cref="LargeDocuments"/>).
/// </summary>
public static class DocumentWork
{
    /// <summary>The rate-limiting policy of routes that read or build documents.</summary>
    public const string Policy = "documents";

    /// <summary>The key of the turn imports take one at a time: each holds the database's write lock and a large batch in memory.</summary>
    public const string Imports = "imports";

    /// <summary>How long a request waits for its turn before it is answered 503, unless Limits:QueueSeconds says otherwise.</summary>
    public const double QueueSeconds = 5;

    /// <summary>The most one check takes at its budget's edge (measured: some 180 MB for 500,000 elements of markup).</summary>
    const long MemoryPerDocument = 200L * 1024 * 1024;

    /// <summary>What all document work together may take by default: a service that stays within 700 MB.</summary>
    const long DefaultWorkMemory = 512L * 1024 * 1024;

    public static void AddDocumentWorkLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<LargeDocuments>();
        builder.Services.AddKeyedSingleton<OneAtATime>(Imports);
        builder.Services.AddRateLimiter(_ => { }).AddOptions<RateLimiterOptions>().Configure<IConfiguration>((options, config) =>
        {
            var settings = config.GetSection("Limits");
            var permits = settings.GetValue<int?>("ConcurrentDocuments") ?? DefaultPermits(settings);
            var queue = settings.GetValue<int?>("QueueLength") ?? 8 * permits;
            var wait = QueueTime(config);
            var retryAfter = RetryAfter(config);

            // Work is synchronous and CPU-bound: with threads to spare, requests that do not wait for a permit —
            // /health, search, the pane's files — are served at once instead of after the pool grows.
            ThreadPool.GetMinThreads(out var workers, out var io);
            ThreadPool.SetMinThreads(Math.Max(workers, permits + 4 * Environment.ProcessorCount), io);

            options.AddPolicy(Policy, _ => RateLimitPartition.Get(Policy, _ => new TimedQueueLimiter(new ConcurrencyLimiterOptions
            {
                PermitLimit = permits,
                QueueLimit = queue,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            }, wait)));
            options.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            options.OnRejected = async (context, cancel) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = retryAfter;
                await Results.Problem(
                    statusCode: StatusCodes.Status503ServiceUnavailable,
                    title: ProblemSetup.Title(StatusCodes.Status503ServiceUnavailable),
                    detail: $"Dịch vụ đang kiểm tra nhiều văn bản cùng lúc; vui lòng thử lại sau {retryAfter} giây.")
                    .ExecuteAsync(context.HttpContext);
            };
        });
    }

    /// <summary>How long a request waits for its turn (Limits:QueueSeconds).</summary>
    public static TimeSpan QueueTime(IConfiguration config) => TimeSpan.FromSeconds(config.GetValue<double?>("Limits:QueueSeconds") ?? QueueSeconds);

    /// <summary>What a request refused its turn is told to wait: the queue time, in whole seconds (Retry-After).</summary>
    public static string RetryAfter(IConfiguration config) =>
        ((int)Math.Ceiling(QueueTime(config).TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// A request of document work is given its turn only once its body is in (buffered to a file past 64 KB): a slow
    /// upload holds a connection, never a turn. Then the queue; after authentication, so that a refused request
    /// neither sends its body nor waits.
    /// </summary>
    public static void UseDocumentWorkLimits(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == Policy)
            {
                context.Request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: ProblemSetup.MaxRequestBytes);
                await Microsoft.AspNetCore.WebUtilities.StreamHelperExtensions.DrainAsync(context.Request.Body, context.RequestAborted);
                context.Request.Body.Position = 0;
            }
            await next(context);
        });
        app.UseRateLimiter();
    }

    /// <summary>One per core, and no more than the memory for document work can hold at once (Limits:WorkMemoryMB).</summary>
    static int DefaultPermits(IConfiguration settings)
    {
        var memory = settings.GetValue<long?>("WorkMemoryMB") * 1024 * 1024
            ?? Math.Min(DefaultWorkMemory, Math.Max(MemoryPerDocument, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 4));
        return (int)Math.Clamp(Math.Min(Environment.ProcessorCount, memory / MemoryPerDocument), 1, int.MaxValue);
    }
}
