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
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Dữ liệu gửi lên quá lớn", problem.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/health")).StatusCode);
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
