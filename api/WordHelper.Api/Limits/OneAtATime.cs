namespace WordHelper.Api.Limits;

/// <summary>A turn that one request holds at a time; the next waits up to a given time for it, then is let go.</summary>
public sealed class OneAtATime : IDisposable
{
    readonly SemaphoreSlim _turn = new(1, 1);

    /// <summary>The turn, to dispose when done, or null when it did not come within <paramref name="wait"/>.</summary>
    public IDisposable? TryEnter(TimeSpan wait) => _turn.Wait(wait) ? new Turn(_turn) : null;

    public async Task<IDisposable?> TryEnterAsync(TimeSpan wait, CancellationToken cancel) =>
        await _turn.WaitAsync(wait, cancel) ? new Turn(_turn) : null;

    public void Dispose() => _turn.Dispose();

    sealed class Turn(SemaphoreSlim turn) : IDisposable
    {
        int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) turn.Release();
        }
    }
}
