using System.Diagnostics;

namespace WordHelper.Benchmarks;

/// <summary>Latency percentiles of a request, sent by a number of concurrent clients once the service is warm.</summary>
sealed record Load(string Name, int Requests, double P50, double P90, double P99, double Max)
{
    /// <summary>
    /// Sends the request for <paramref name="warmUp"/> first, with the same clients: the runtime compiles hot code again
    /// with what it has seen (tiered compilation), which under full load takes seconds; steady state is measured after.
    /// </summary>
    public static async Task<Load> RunAsync(string name, int clients, int requests, TimeSpan warmUp,
        Func<HttpClient, int, Task<HttpResponseMessage>> send, HttpClient http)
    {
        var warming = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
        {
            for (var i = c; warming.Elapsed < warmUp; i += clients)
            {
                using var response = await send(http, i);
                response.EnsureSuccessStatusCode();
            }
        }));

        var timings = new double[requests];
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests)
            {
                var watch = Stopwatch.StartNew();
                using var response = await send(http, i);
                await response.Content.ReadAsByteArrayAsync();
                timings[i] = watch.Elapsed.TotalMilliseconds;
                response.EnsureSuccessStatusCode();
            }
        }));
        Array.Sort(timings);
        double At(double q) => timings[Math.Min(timings.Length - 1, (int)Math.Ceiling(q * timings.Length) - 1)];
        var load = new Load(name, requests, At(0.5), At(0.9), At(0.99), timings[^1]);
        Console.WriteLine($"{name}: p50 {load.P50:0.0} ms, p99 {load.P99:0.0} ms");
        return load;
    }

    public string Row(string goal) => $"| {Name} | {Requests} | {P50:0.0} | {P90:0.0} | {P99:0.0} | {Max:0.0} | {goal} |";
}
