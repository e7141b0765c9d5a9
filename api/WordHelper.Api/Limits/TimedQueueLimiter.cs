using System.Threading.RateLimiting;

namespace WordHelper.Api.Limits;

/// <summary>
/// A concurrency limiter whose queue is brief: a request that has waited <c>wait</c> for a permit is refused (and told
/// when to come back) instead of waiting on, so that under a burst drafters hear "busy, retry" in seconds.
/// </summary>
sealed class TimedQueueLimiter(ConcurrencyLimiterOptions options, TimeSpan wait) : RateLimiter
{
    readonly ConcurrencyLimiter _inner = new(options);

    public override TimeSpan? IdleDuration => _inner.IdleDuration;

    public override RateLimiterStatistics? GetStatistics() => _inner.GetStatistics();

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => _inner.AttemptAcquire(permitCount);

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        using var waited = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        waited.CancelAfter(wait);
        try { return await _inner.AcquireAsync(permitCount, waited.Token); }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested) { return Refused.Instance; }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _inner.Dispose();
        base.Dispose(disposing);
    }

    protected override ValueTask DisposeAsyncCore() => _inner.DisposeAsync();

    sealed class Refused : RateLimitLease
    {
        public static readonly Refused Instance = new();
        public override bool IsAcquired => false;
        public override IEnumerable<string> MetadataNames => [];
        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
