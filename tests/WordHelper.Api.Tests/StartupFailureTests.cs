using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace WordHelper.Api.Tests;

/// <summary>
/// The service started as the README starts it, where it cannot work: it ends at once with one Vietnamese line on
/// standard error and a non-zero exit code, and never shows a stack trace.
/// </summary>
public sealed class StartupFailureTests
{
    sealed record Outcome(int Exit, string Out, string Err);

    static Outcome Start(IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "WordHelper.Api.dll"));
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{FreePort()}";
        foreach (var (key, value) in environment) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("The service kept running instead of refusing to start.");
        }
        return new(process.ExitCode, output.Result, error.Result);
    }

    static void AssertOneVietnameseLine(Outcome outcome, string expected)
    {
        Assert.NotEqual(0, outcome.Exit);
        var line = Assert.Single(outcome.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("WordHelper không khởi động được: ", line);
        Assert.Contains(expected, line);
        Assert.DoesNotContain("   at ", outcome.Out + outcome.Err);
        Assert.DoesNotContain("Exception", outcome.Out + outcome.Err);
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Fact]
    public void A_data_folder_that_cannot_be_created() =>
        AssertOneVietnameseLine(Start(new Dictionary<string, string> { ["Database__Path"] = "/proc/wordhelper/w.db" }), "không tạo được thư mục dữ liệu \"/proc/wordhelper\"");

    [Fact]
    public void A_data_folder_that_cannot_be_written() =>
        AssertOneVietnameseLine(Start(new Dictionary<string, string> { ["Database__Path"] = "/proc/w.db" }), "Không mở được tệp cơ sở dữ liệu");

    [Fact]
    public async Task A_read_only_database_file()
    {
        await using var database = TestDatabase.Sqlite();
        await using (var first = database.Service()) first.CreateClient(); // created and migrated
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var file = database.Environment["Database__Path"];
        AssertOneVietnameseLine(Start(new Dictionary<string, string> { ["ConnectionStrings__WordHelper"] = $"Data Source={file};Mode=ReadOnly" }), "chỉ đọc");
    }

    [Fact]
    public void An_unreachable_PostgreSQL_server() =>
        AssertOneVietnameseLine(Start(new Dictionary<string, string>
        {
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__WordHelper"] = $"Host=127.0.0.1;Port={FreePort()};Database=wordhelper;Username=wordhelper;Password=x;Timeout=5",
        }), "Không kết nối được tới cơ sở dữ liệu PostgreSQL");

    [Fact]
    public void A_port_another_program_holds()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;
        var folder = Path.Combine(Path.GetTempPath(), "wordhelper-port-" + Guid.NewGuid().ToString("N"));
        try
        {
            AssertOneVietnameseLine(Start(new Dictionary<string, string>
            {
                ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
                ["Database__Path"] = Path.Combine(folder, "w.db"),
            }), $"127.0.0.1:{port} đang được chương trình khác dùng");
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void An_unknown_database_provider() =>
        AssertOneVietnameseLine(Start(new Dictionary<string, string> { ["Database__Provider"] = "Oracle" }), "Database:Provider \"Oracle\" không được hỗ trợ");

    [Fact]
    public void Local_mode_on_an_address_others_can_reach()
    {
        var folder = Path.Combine(Path.GetTempPath(), "wordhelper-open-" + Guid.NewGuid().ToString("N"));
        try
        {
            AssertOneVietnameseLine(Start(new Dictionary<string, string>
            {
                ["ASPNETCORE_URLS"] = $"http://0.0.0.0:{FreePort()}",
                ["Database__Path"] = Path.Combine(folder, "w.db"),
            }), "chỉ được chạy trên địa chỉ loopback");
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Entra_settings_given_in_part() =>
        AssertOneVietnameseLine(Start(new Dictionary<string, string> { ["AzureAd__ClientId"] = "6e74172b-be56-4843-9ff4-e66a39bb12e3" }), "thiếu thiết lập đăng nhập Microsoft Entra ID: AzureAd:TenantId");

    [Fact]
    public void A_multi_tenant_service_without_its_allowed_tenants() =>
        AssertOneVietnameseLine(Start(new Dictionary<string, string>
        {
            ["AzureAd__ClientId"] = "6e74172b-be56-4843-9ff4-e66a39bb12e3",
            ["AzureAd__TenantId"] = "organizations",
        }), "AzureAd:AllowedTenants");
}
