using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace WordHelper.Api.Tests;

/// <summary>The built service started as a process, as the README starts it, answering on a real loopback port.</summary>
public sealed class ServedOverKestrelTests : IAsyncLifetime
{
    readonly string _folder = Path.Combine(Path.GetTempPath(), "wordhelper-kestrel-" + Guid.NewGuid().ToString("N"));
    Process? _process;
    readonly HttpClient _client = new() { Timeout = TimeSpan.FromSeconds(60) };

    public async Task InitializeAsync()
    {
        var port = FreePort();
        _client.BaseAddress = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "WordHelper.Api.dll"));
        start.Environment["ASPNETCORE_URLS"] = _client.BaseAddress.ToString();
        start.Environment["Database__Path"] = Path.Combine(_folder, "wordhelper.db");
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        for (var i = 0; i < 150; i++)
        {
            try
            {
                if ((await _client.GetAsync("/health")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(200);
        }
        throw new TimeoutException("The service did not answer /health within 30 s.");
    }

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false }) _process.Kill(entireProcessTree: true);
        _process?.WaitForExit(10_000);
        _client.Dispose();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Fact]
    public async Task A_draft_is_checked_over_the_wire()
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "assets", "corpus", "p-s002.docx"));
        var response = await _client.PostAsync("/api/checks", new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", "p-s002.docx" } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var findings = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.Contains(findings, f => f.GetProperty("rule").GetString() == "VB-STR-001");
        Assert.Contains(findings, f => f.GetProperty("excerpt").GetString()!.Contains("817/SLĐT BXH"));
    }

    [Fact]
    public async Task A_request_over_20_MB_is_413_problem_details()
    {
        var big = new ByteArrayContent(new byte[21 * 1024 * 1024]);
        // As a browser or Office would: announce the body and let the server refuse it before it is sent.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/checks") { Content = new MultipartFormDataContent { { big, "file", "lon.docx" } } };
        request.Headers.ExpectContinue = true;
        var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Dữ liệu gửi lên quá lớn", problem.GetProperty("title").GetString());
    }

    /// <summary>Kestrel enforces the body limit while it reads; a body sent in chunks has no length to refuse early.</summary>
    [Theory]
    [InlineData("/api/checks", "application/xml")]
    [InlineData("/api/checks", "multipart/form-data")]
    [InlineData("/api/clauses", "application/json")]
    [InlineData("/api/citations/import", "text/csv")]
    public async Task A_chunked_body_over_20_MB_is_413_problem_details(string url, string mediaType)
    {
        var filler = new string('a', 21 * 1024 * 1024);
        HttpContent content = mediaType switch
        {
            "multipart/form-data" => new MultipartFormDataContent { { new StreamContent(new MemoryStream(System.Text.Encoding.ASCII.GetBytes(filler))), "file", "lon.docx" } },
            "application/json" => new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes($"{{\"title\": \"{filler}\"}}"))),
            _ => new StreamContent(new MemoryStream(System.Text.Encoding.ASCII.GetBytes(filler))),
        };
        if (mediaType != "multipart/form-data") content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);

        var (status, body) = await PostChunked(url, content.Headers.ContentType!.ToString(), await content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal("Dữ liệu gửi lên quá lớn", problem.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/health")).StatusCode);
    }

    /// <summary>
    /// A chunked POST over a bare socket, its answer read while the body is still being written: the service may answer
    /// 413 and close before the last chunk, which an HTTP client reports as a broken pipe instead of the answer.
    /// </summary>
    async Task<(HttpStatusCode Status, string Body)> PostChunked(string path, string mediaType, byte[] body)
    {
        var address = _client.BaseAddress!;
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        var stream = tcp.GetStream();
        var writing = Task.Run(async () =>
        {
            try
            {
                await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(
                    $"POST {path} HTTP/1.1\r\nHost: {address.Authority}\r\nContent-Type: {mediaType}\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"));
                const int Chunk = 64 * 1024;
                for (var at = 0; at < body.Length; at += Chunk)
                {
                    var n = Math.Min(Chunk, body.Length - at);
                    await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes($"{n:X}\r\n"));
                    await stream.WriteAsync(body.AsMemory(at, n));
                    await stream.WriteAsync("\r\n"u8.ToArray());
                }
                await stream.WriteAsync("0\r\n\r\n"u8.ToArray());
            }
            catch (IOException) { } // answered and closed before the whole body was sent: the answer is what is tested
        });
        var received = new MemoryStream();
        try { await stream.CopyToAsync(received); }
        catch (IOException) { } // a reset after the answer arrived
        await writing;

        var bytes = received.ToArray();
        var headEnd = bytes.AsSpan().IndexOf("\r\n\r\n"u8);
        var head = System.Text.Encoding.ASCII.GetString(bytes, 0, headEnd);
        var status = (HttpStatusCode)int.Parse(head.Split(' ', 3)[1]);
        var rest = bytes[(headEnd + 4)..];
        var content = head.Contains("transfer-encoding: chunked", StringComparison.OrdinalIgnoreCase) ? Unchunked(rest) : rest;
        return (status, System.Text.Encoding.UTF8.GetString(content));
    }

    /// <summary>A chunked answer's body joined: each chunk's size line dropped (sizes count bytes).</summary>
    static byte[] Unchunked(byte[] chunked)
    {
        var body = new MemoryStream();
        var at = 0;
        while (at < chunked.Length)
        {
            var lineEnd = at + chunked.AsSpan(at).IndexOf("\r\n"u8);
            var size = Convert.ToInt32(System.Text.Encoding.ASCII.GetString(chunked, at, lineEnd - at).Split(';')[0], 16);
            if (size == 0) break;
            body.Write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return body.ToArray();
    }

    [Fact]
    public async Task A_query_string_of_almost_a_megabyte_is_a_problem_document()
    {
        var response = await _client.GetAsync("/api/citations?q=" + new string('a', 900_000));
        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_content_control_nested_ten_thousand_deep_is_422_and_the_service_stays_up()
    {
        var flat = WordHelper.Testing.RawDocx.FlatOpc(WordHelper.Testing.RawDocx.Nested("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", 10_000,
            WordHelper.Testing.RawDocx.Paragraph("Kế hoạch")));
        var response = await _client.PostAsync("/api/checks", new StringContent(flat, System.Text.Encoding.UTF8, "application/xml"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/health")).StatusCode);
        Assert.False(_process!.HasExited);
    }
}
