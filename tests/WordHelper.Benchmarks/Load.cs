using System.Diagnostics;

namespace WordHelper.Benchmarks;

/// <summary>Latency percentiles of a request, sent by a number of concurrent clients, after a warm-up.</summary>
sealed record Load(string Name, int Requests, double P50, double P90, double P99, double Max)
{
    public static async Task<Load> RunAsync(string name, int clients, int requests, Func<HttpClient, int, Task<HttpResponseMessage>> send, HttpClient http)
    {
        for (var i = 0; i < 50; i++) (await send(http, i)).EnsureSuccessStatusCode();
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
