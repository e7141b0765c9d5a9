using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using WordHelper.Testing;

namespace WordHelper.Api.Tests;

/// <summary>
/// Checks run a few at a time: the next wait briefly in a queue, the rest hear 503 with Retry-After, and /health and
/// searches are served meanwhile.
/// </summary>
public sealed class DocumentWorkLimitTests : IDisposable
{
    readonly string _folder = Path.Combine(Path.GetTempPath(), "wordhelper-limits-" + Guid.NewGuid().ToString("N"));

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
        });
        factory.UseKestrel(0);
        factory.StartServer();
        return factory;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    /// <summary>
    /// A check whose body is still on its way, written on a socket of its own so that the service has its headers now:
    /// it holds its permit until <see cref="HeldCheck.FinishAsync"/> sends the rest.
    /// </summary>
    sealed class HeldCheck : IAsyncDisposable
    {
        readonly TcpClient _socket = new();
        readonly byte[] _draft = Encoding.UTF8.GetBytes(RawDocx.FlatOpc(RawDocx.Paragraph(DeepMarkup.Text)));
        NetworkStream? _stream;

        public static async Task<HeldCheck> StartAsync(Uri service)
        {
            var held = new HeldCheck();
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

    static StringContent Draft() => new(RawDocx.FlatOpc(RawDocx.Paragraph(DeepMarkup.Text)), Encoding.UTF8, "application/xml");

    [Fact]
    public async Task Over_the_limit_a_check_is_refused_with_503_and_Retry_After_while_health_and_search_answer()
    {
        await using var service = Service(queue: 0, queueSeconds: 5);
        var client = service.CreateClient();
        await using var held = await HeldCheck.StartAsync(client.BaseAddress!);

        var refused = await client.PostAsync("/api/checks", Draft());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), refused.Headers.RetryAfter?.Delta);
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("thử lại sau 5 giây", problem.GetProperty("detail").GetString());

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/clauses?q=tcth")).StatusCode);

        Assert.Equal(200, await held.FinishAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/checks", Draft())).StatusCode);
    }

    [Fact]
    public async Task A_queued_check_runs_when_a_permit_frees_and_gives_up_after_the_queue_time()
    {
        await using var service = Service(queue: 4, queueSeconds: 1);
        var client = service.CreateClient();
        await using var held = await HeldCheck.StartAsync(client.BaseAddress!);

        // Waits a second in the queue, then hears 503.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.PostAsync("/api/checks", Draft())).StatusCode);

        // Waits in the queue until the held check ends, then runs.
        var queued = client.PostAsync("/api/checks", Draft());
        await Task.Delay(200);
        Assert.Equal(200, await held.FinishAsync());
        Assert.Equal(HttpStatusCode.OK, (await queued).StatusCode);
    }
}
