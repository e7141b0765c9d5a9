using WordHelper.Benchmarks;

// Seeds a library of 10,000 clauses, starts the service as a process on loopback and measures what users wait for,
// then what eight large or hostile uploads at once cost it.
// `--checks` measures the registry and the checks only (a minute and a half instead of several).
var checksOnly = args.Contains("--checks");
Console.WriteLine(RegistryLoad.Measure());
var folder = Path.Combine(Path.GetTempPath(), "wordhelper-bench-" + Guid.NewGuid().ToString("N"));
try
{
    var database = Path.Combine(folder, "wordhelper.db");
    Console.WriteLine("Seeding 10,000 clauses…");
    await Seeding.ClausesAsync(database, 10_000);
    var started = System.Diagnostics.Stopwatch.StartNew();
    await using var service = await Service.StartAsync(database);
    Console.WriteLine($"First start (migrations, {RegistryLoad.Documents:N0} registry documents and standard sections seeded): {started.Elapsed.TotalSeconds:F1} s");

    var draft = Drafts.TwentyPages();
    Task<HttpResponseMessage> Check(HttpClient http, int _) =>
        http.PostAsync("/api/checks", new MultipartFormDataContent { { new ByteArrayContent(draft.Bytes), "file", "ke-hoach-20-trang.docx" } });
    var checksName = $"POST /api/checks, 20-page draft ({draft.Paragraphs} paragraphs)";
    Task<HttpResponseMessage> CheckWithDirectory(HttpClient http, int _) =>
        http.PostAsync("/api/checks?directory=true", new MultipartFormDataContent { { new ByteArrayContent(draft.Bytes), "file", "ke-hoach-20-trang.docx" } });

    // Right after start, before the runtime has recompiled the hot code: what the first users of a fresh service wait.
    var cold = await Load.RunAsync($"{checksName}, 8 clients, first 400 after start", clients: 8, requests: 400, TimeSpan.Zero, Check, service.Client);
    var warmUp = TimeSpan.FromSeconds(20);
    var search = await Load.RunAsync("clause search, 10,000 clauses, 1 client", clients: 1, requests: 2_000, warmUp,
        (http, i) => http.GetAsync("/api/clauses?q=" + Uri.EscapeDataString(Seeding.Queries[i % Seeding.Queries.Length])), service.Client);
    var single = await Load.RunAsync($"{checksName}, 1 client", clients: 1, requests: 500, warmUp, Check, service.Client);
    var checks = await Load.RunAsync($"{checksName}, 8 clients", clients: 8, requests: 2_000, warmUp, Check, service.Client);
    if (checksOnly)
    {
        Console.WriteLine();
        Console.WriteLine("| benchmark | requests | p50 ms | p90 ms | p99 ms | max ms | goal |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        Console.WriteLine(single.Row("(service time)"));
        Console.WriteLine(checks.Row("p99 < 150 ms"));
        return checks.P99 < 150 ? 0 : 1;
    }
    Task<HttpResponseMessage> RollForward(HttpClient http, int _) => http.PostAsync("/api/rollforward", new MultipartFormDataContent
    {
        { new ByteArrayContent(draft.Bytes), "file", "ke-hoach-20-trang.docx" }, { new StringContent("2027"), "to" },
    });
    var rolled = await Load.RunAsync($"POST /api/rollforward, the same plan one year on, 1 client", clients: 1, requests: 200, warmUp, RollForward, service.Client);
    var addressed = await Load.RunAsync($"{checksName}, recipients looked up in the local directory, 8 clients", clients: 8, requests: 2_000, warmUp,
        CheckWithDirectory, service.Client);

    var big = Drafts.Paragraphs(100_000);
    var edge = Drafts.Paragraphs(19_900);
    var elements = Drafts.ManyElements(480_000);
    var deep = Drafts.Nested(10_000);
    static HttpContent Docx(byte[] bytes) => new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", "du-thao.docx" } };
    static HttpContent FlatOpc(string xml) => new StringContent(xml, System.Text.Encoding.UTF8, "application/xml");
    var storms = new[]
    {
        await UploadStorm.RunAsync($"8 × 100,000 paragraphs (.docx, {big.Length / 1024} KB)", () => Docx(big), service),
        await UploadStorm.RunAsync($"8 × 19,900 paragraphs (.docx, {edge.Length / 1024} KB, within the budget)", () => Docx(edge), service),
        await UploadStorm.RunAsync($"8 × 480,000 elements (flat OPC, {elements.Length / 1024 / 1024} MB, within the budget)", () => FlatOpc(elements), service),
        await UploadStorm.RunAsync("8 × content controls 10,000 deep (flat OPC)", () => FlatOpc(deep), service),
    };

    Console.WriteLine();
    Console.WriteLine("| benchmark | requests | p50 ms | p90 ms | p99 ms | max ms | goal |");
    Console.WriteLine("|---|---|---|---|---|---|---|");
    Console.WriteLine(search.Row("p99 < 10 ms"));
    Console.WriteLine(single.Row("(service time)"));
    Console.WriteLine(checks.Row("p99 < 150 ms"));
    Console.WriteLine(addressed.Row("p99 < 150 ms"));
    Console.WriteLine(rolled.Row("p99 < 1000 ms"));
    Console.WriteLine(cold.Row("(cold start)"));
    Console.WriteLine();
    Console.WriteLine($"| 8 uploads at once | answers | peak memory MB (goal < {UploadStorm.MemoryGoalMb}) | slowest /health ms (goal < {UploadStorm.HealthGoalMs}) |");
    Console.WriteLine("|---|---|---|---|");
    foreach (var storm in storms) Console.WriteLine(storm.Row());
    return search.P99 < 10 && checks.P99 < 150 && addressed.P99 < 150 && rolled.P99 < 1000 && storms.All(s => s.MetGoals) ? 0 : 1;
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
}
