using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using WordHelper.Testing;

namespace WordHelper.Api.Tests;

/// <summary>
/// Checks run a few at a time: the next wait briefly in a queue, the rest hear 503 with Retry-After, and /health and
/// searches are served meanwhile. A turn is taken only once a request's body is in: a slow upload holds none.
/// </summary>
public sealed class DocumentWorkLimitTests : IDisposable
{
    readonly string _folder = Path.Combine(Path.GetTempPath(), "wordhelper-limits-" + Guid.NewGuid().ToString("N"));
    readonly HoldingRule _hold = new();

    /// <summary>A rule that keeps a check of a draft saying "GIỮ LƯỢT" busy until the test lets it go.</summary>
    sealed class HoldingRule : WordHelper.Core.Rules.IRule
    {
        public readonly ManualResetEventSlim Entered = new(), Released = new();
        public IReadOnlyList<string> RuleIds => [];

        public void Analyze(WordHelper.Core.Rules.CheckContext context, WordHelper.Core.Rules.FindingSink sink)
        {
            if (!context.Paragraphs.Any(p => p.Text.Contains("GIỮ LƯỢT"))) return;
            Entered.Set();
            Released.Wait(TimeSpan.FromSeconds(30));
        }
    }

    /// <summary>On Kestrel, so that a request body is streamed to the service as a browser sends it.</summary>
    WebApplicationFactory<Program> Service(int queue, double queueSeconds)
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Testing");
            b.UseSetting("urls", "http://127.0.0.1:0");
            b.UseSetting("Database:Path", Path.Combine(_folder, "w.db"));
            b.UseSetting("Limits:ConcurrentDocuments", "1");
            b.UseSetting("Limits:QueueLength", queue.ToString());
            b.UseSetting("Limits:QueueSeconds", queueSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
            b.ConfigureTestServices(s => s.AddScoped(sp => new WordHelper.Core.Reports.ReportBuilder(
                new WordHelper.Core.Rules.Checker(rules: [_hold]), sp.GetRequiredService<WordHelper.Api.Limits.LargeDocuments>().Admit)));
        });
        factory.UseKestrel(0);
        factory.StartServer();
        return factory;
    }

    public void Dispose()
    {
        _hold.Released.Set();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    static StringContent Draft(string text = DeepMarkup.Text) => new(RawDocx.FlatOpc(RawDocx.Paragraph(text)), Encoding.UTF8, "application/xml");

    /// <summary>A check that holds the only turn until <see cref="HoldingRule.Released"/>.</summary>
    Task<HttpResponseMessage> HoldTurn(HttpClient client)
    {
        var held = client.PostAsync("/api/checks", Draft("GIỮ LƯỢT"));
        Assert.True(_hold.Entered.Wait(TimeSpan.FromSeconds(30)), "the held check never started");
        return held;
    }

    [Fact]
    public async Task Over_the_limit_a_check_is_refused_with_503_and_Retry_After_while_health_and_search_answer()
    {
        await using var service = Service(queue: 0, queueSeconds: 5);
        var client = service.CreateClient();
        var held = HoldTurn(client);

        var refused = await client.PostAsync("/api/checks", Draft());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), refused.Headers.RetryAfter?.Delta);
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("thử lại sau 5 giây", problem.GetProperty("detail").GetString());

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/clauses?q=tcth")).StatusCode);

        _hold.Released.Set();
        Assert.Equal(HttpStatusCode.OK, (await held).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/checks", Draft())).StatusCode);
    }

    [Fact]
    public async Task A_queued_check_runs_when_a_turn_frees_and_gives_up_after_the_queue_time()
    {
        await using var service = Service(queue: 4, queueSeconds: 1);
        var client = service.CreateClient();
        var held = HoldTurn(client);

        // Waits a second in the queue, then hears 503.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.PostAsync("/api/checks", Draft())).StatusCode);

        // Waits in the queue until the held check ends, then runs.
        var queued = client.PostAsync("/api/checks", Draft());
        await Task.Delay(200);
        _hold.Released.Set();
        Assert.Equal(HttpStatusCode.OK, (await held).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await queued).StatusCode);
    }

    [Fact]
    public async Task A_slow_upload_holds_no_turn()
    {
        await using var service = Service(queue: 0, queueSeconds: 5);
        var client = service.CreateClient();
        await using var slow = await SlowUpload.StartAsync(client.BaseAddress!);

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/checks", Draft())).StatusCode);
        Assert.Equal(200, await slow.FinishAsync());
    }

    /// <summary>
    /// A check whose body is still on its way, written on a socket of its own so that the service has its headers now
    /// and the rest of the draft only when <see cref="SlowUpload.FinishAsync"/> sends it.
    /// </summary>
    sealed class SlowUpload : IAsyncDisposable
    {
        readonly TcpClient _socket = new();
        readonly byte[] _draft = Encoding.UTF8.GetBytes(RawDocx.FlatOpc(RawDocx.Paragraph(DeepMarkup.Text)));
        NetworkStream? _stream;

        public static async Task<SlowUpload> StartAsync(Uri service)
        {
            var held = new SlowUpload();
            await held._socket.ConnectAsync(service.Host, service.Port);
            held._stream = held._socket.GetStream();
            var head = $"POST /api/checks HTTP/1.1\r\nHost: {service.Authority}\r\nContent-Type: application/xml\r\nContent-Length: {held._draft.Length}\r\n\r\n";
            await held._stream.WriteAsync(Encoding.ASCII.GetBytes(head));
            await held._stream.WriteAsync(held._draft.AsMemory(0, 10));
            await held._stream.FlushAsync();
            await Task.Delay(500);
            return held;
        }

        /// <summary>Sends the rest of the draft and reads the status line of the answer.</summary>
        public async Task<int> FinishAsync()
        {
            await _stream!.WriteAsync(_draft.AsMemory(10));
            using var reader = new StreamReader(_stream, Encoding.ASCII, leaveOpen: true);
            var status = await reader.ReadLineAsync();
            return int.Parse(status!.Split(' ')[1]);
        }

        public ValueTask DisposeAsync()
        {
            _socket.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
