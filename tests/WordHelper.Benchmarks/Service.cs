using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace WordHelper.Benchmarks;

/// <summary>The built service, started as the README starts it, on a free loopback port.</summary>
sealed class Service : IAsyncDisposable
{
    readonly Process _process;
    public HttpClient Client { get; }

    Service(Process process, HttpClient client) => (_process, Client) = (process, client);

    public static async Task<Service> StartAsync(string databasePath)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "WordHelper.Api.dll"));
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["Database__Path"] = databasePath;
        var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        for (var i = 0; i < 150; i++)
        {
            try { if ((await client.GetAsync("/health")).IsSuccessStatusCode) return new Service(process, client); }
            catch (HttpRequestException) { }
            await Task.Delay(200);
        }
        process.Kill(entireProcessTree: true);
        throw new TimeoutException("The service did not start.");
    }

    /// <summary>The service's resident memory now, from the kernel's account of the process.</summary>
    public double ResidentMb()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0;
    }

    public ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
        return ValueTask.CompletedTask;
    }
}
