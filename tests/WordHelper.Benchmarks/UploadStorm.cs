using System.Diagnostics;

namespace WordHelper.Benchmarks;

/// <summary>
/// Eight drafts uploaded at once while /health is asked every 100 ms: the service's peak memory (resident, sampled
/// every 20 ms), the slowest /health, and what the uploads were answered.
/// </summary>
sealed record UploadStorm(string Name, double PeakMb, double SlowestHealthMs, string Answers)
{
    public const double MemoryGoalMb = 700, HealthGoalMs = 2000;

    public static async Task<UploadStorm> RunAsync(string name, Func<HttpContent> draft, Service service, int uploads = 8)
    {
        using var done = new CancellationTokenSource();
        var peak = 0.0;
        var sampling = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                peak = Math.Max(peak, service.ResidentMb());
                await Task.Delay(20);
            }
        });
        var slowest = 0.0;
        var polling = Task.Run(async () =>
        {
            using var health = new HttpClient { BaseAddress = service.Client.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
            while (!done.IsCancellationRequested)
            {
                var watch = Stopwatch.StartNew();
                using (await health.GetAsync("/health")) slowest = Math.Max(slowest, watch.Elapsed.TotalMilliseconds);
                await Task.Delay(100);
            }
        });

        var answers = await Task.WhenAll(Enumerable.Range(0, uploads).Select(async _ =>
        {
            using var response = await service.Client.PostAsync("/api/checks", draft());
            return (int)response.StatusCode;
        }));
        await Task.Delay(500);
        done.Cancel();
        await Task.WhenAll(sampling, polling);

        var storm = new UploadStorm(name, peak, slowest,
            string.Join(", ", answers.GroupBy(a => a).OrderBy(g => g.Key).Select(g => $"{g.Count()}×{g.Key}")));
        Console.WriteLine($"{name}: peak {storm.PeakMb:0} MB, slowest /health {storm.SlowestHealthMs:0} ms, answers {storm.Answers}");
        return storm;
    }

    public bool MetGoals => PeakMb < MemoryGoalMb && SlowestHealthMs < HealthGoalMs && !Answers.Contains("×500");

    public string Row() => $"| {Name} | {Answers} | {PeakMb:0} | {SlowestHealthMs:0} |";
}
