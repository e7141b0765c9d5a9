using WordHelper.Benchmarks;

// Seeds a library of 10,000 clauses, starts the service as a process on loopback and measures what users wait for.
var folder = Path.Combine(Path.GetTempPath(), "wordhelper-bench-" + Guid.NewGuid().ToString("N"));
try
{
    var database = Path.Combine(folder, "wordhelper.db");
    Console.WriteLine("Seeding 10,000 clauses…");
    await Seeding.ClausesAsync(database, 10_000);
    await using var service = await Service.StartAsync(database);

    var warmUp = TimeSpan.FromSeconds(20);
    var search = await Load.RunAsync("clause search, 10,000 clauses, 1 client", clients: 1, requests: 2_000, warmUp,
        (http, i) => http.GetAsync("/api/clauses?q=" + Uri.EscapeDataString(Seeding.Queries[i % Seeding.Queries.Length])), service.Client);
    var draft = Drafts.TwentyPages();
    var single = await Load.RunAsync($"POST /api/checks, 20-page draft ({draft.Paragraphs} paragraphs), 1 client", clients: 1, requests: 500, warmUp,
        (http, _) => http.PostAsync("/api/checks", new MultipartFormDataContent { { new ByteArrayContent(draft.Bytes), "file", "ke-hoach-20-trang.docx" } }),
        service.Client);
    var checks = await Load.RunAsync($"POST /api/checks, 20-page draft ({draft.Paragraphs} paragraphs), 8 clients", clients: 8, requests: 2_000, warmUp,
        (http, _) => http.PostAsync("/api/checks", new MultipartFormDataContent { { new ByteArrayContent(draft.Bytes), "file", "ke-hoach-20-trang.docx" } }),
        service.Client);

    Console.WriteLine();
    Console.WriteLine("| benchmark | requests | p50 ms | p90 ms | p99 ms | max ms | goal |");
    Console.WriteLine("|---|---|---|---|---|---|---|");
    Console.WriteLine(search.Row("p99 < 10 ms"));
    Console.WriteLine(single.Row("(service time)"));
    Console.WriteLine(checks.Row("p99 < 150 ms"));
    return search.P99 < 10 && checks.P99 < 150 ? 0 : 1;
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
}
