using Microsoft.AspNetCore.Connections;
using WordHelper.Api.Storage;

namespace WordHelper.Api.Hosting;

/// <summary>
/// A service that cannot start says why in one Vietnamese line on standard error and exits non-zero: the operator
/// reads what to fix, not a stack trace.
/// </summary>
public static class StartupFailure
{
    public const int ExitCode = 1;

    public static int Report(Exception error, IConfiguration config)
    {
        Console.Error.WriteLine("WordHelper không khởi động được: " + Describe(error, config));
        return ExitCode;
    }

    static string Describe(Exception error, IConfiguration config) => error switch
    {
        StartupException e => e.Message,
        _ when DatabaseErrors.IsDatabaseFailure(error) => $"{DatabaseErrors.Describe(error)} ({StorageSetup.Describe(config)})",
        IOException { InnerException: AddressInUseException } e =>
            $"{e.Message.Replace("Failed to bind to address", "địa chỉ").Replace(": address already in use.", "")} đang được chương trình khác dùng; dừng chương trình đó hoặc đặt ASPNETCORE_URLS sang cổng khác.",
        UnauthorizedAccessException or IOException => $"không truy cập được tệp hoặc thư mục cần dùng: {error.Message}",
        _ => $"lỗi bất ngờ ({error.GetType().Name}): {error.Message}",
    };
}
