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
}
