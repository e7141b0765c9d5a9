using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using WordHelper.Api.Storage;

namespace WordHelper.Api.Problems;

/// <summary>Every error answers as RFC 9457 problem details, in Vietnamese, never with a stack trace.</summary>
public static class ProblemSetup
{
    /// <summary>Largest request accepted: a long plan with pictures fits; anything bigger answers 413.</summary>
    public const long MaxRequestBytes = 20 * 1024 * 1024;

    static readonly Dictionary<int, string> Titles = new()
    {
        [StatusCodes.Status400BadRequest] = "Yêu cầu không hợp lệ",
        [StatusCodes.Status401Unauthorized] = "Chưa đăng nhập",
        [StatusCodes.Status403Forbidden] = "Không có quyền",
        [StatusCodes.Status404NotFound] = "Không tìm thấy",
        [StatusCodes.Status405MethodNotAllowed] = "Phương thức không được hỗ trợ",
        [StatusCodes.Status406NotAcceptable] = "Không trả được định dạng yêu cầu",
        [StatusCodes.Status409Conflict] = "Xung đột dữ liệu",
        [StatusCodes.Status412PreconditionFailed] = "Dữ liệu đã bị người khác thay đổi",
        [StatusCodes.Status413PayloadTooLarge] = "Dữ liệu gửi lên quá lớn",
        [StatusCodes.Status414UriTooLong] = "Địa chỉ yêu cầu quá dài",
        [StatusCodes.Status415UnsupportedMediaType] = "Kiểu nội dung không được hỗ trợ",
        [StatusCodes.Status422UnprocessableEntity] = "Không xử lý được dữ liệu",
        [StatusCodes.Status428PreconditionRequired] = "Thiếu điều kiện If-Match",
        [StatusCodes.Status500InternalServerError] = "Lỗi máy chủ",
        [StatusCodes.Status501NotImplemented] = "Chức năng chưa có trên máy chủ này",
        [StatusCodes.Status502BadGateway] = "Microsoft 365 báo lỗi",
        [StatusCodes.Status503ServiceUnavailable] = "Dịch vụ tạm thời chưa đáp ứng được",
    };

    public static string Title(int status) => Titles.GetValueOrDefault(status, "Lỗi");

    public static string BodyLimitDetail => $"Văn bản hoặc dữ liệu gửi lên vượt giới hạn {MaxRequestBytes / 1024 / 1024} MB.";

    public static void AddVietnameseProblems(this WebApplicationBuilder builder)
    {
        builder.AddRequestLimits();
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            var status = c.ProblemDetails.Status ?? c.HttpContext.Response.StatusCode;
            if (c.ProblemDetails.Title is null || c.ProblemDetails.Title.All(ch => ch < 128)) c.ProblemDetails.Title = Title(status);
            c.ProblemDetails.Detail ??= status switch
            {
                StatusCodes.Status401Unauthorized => "Cần đăng nhập bằng tài khoản Microsoft 365 của cơ quan để dùng chức năng này (thiếu mã truy cập, hoặc mã đã hết hạn hay không hợp lệ).",
                StatusCodes.Status403Forbidden => "Tài khoản không có quyền này: sửa thư viện điều khoản và nhập sổ đăng ký văn bản cần vai trò WordHelper.Editor.",
                StatusCodes.Status413PayloadTooLarge => BodyLimitDetail,
                _ => null,
            };
            c.ProblemDetails.Extensions.Remove("traceId");
        });
        builder.Services.Configure<ApiBehaviorOptions>(o =>
        {
            foreach (var (status, title) in Titles)
                o.ClientErrorMapping[status] = new ClientErrorData { Title = title, Link = o.ClientErrorMapping.TryGetValue(status, out var d) ? d.Link : null };
        });
        builder.Services.AddVietnameseModelState();
    }

    /// <summary>
    /// A bad request keeps its status; a database that cannot serve, or a request the memory set aside cannot hold, is
    /// 503 for the user to retry; anything else is 500. The detail says which, in Vietnamese.
    /// </summary>
    static (int Status, string? Detail) Classify(Exception e) => e switch
    {
        BadHttpRequestException b => (b.StatusCode, b.StatusCode == StatusCodes.Status413PayloadTooLarge ? BodyLimitDetail
            : "Yêu cầu HTTP không đúng định dạng (dữ liệu gửi lên bị cắt ngang hoặc sai cách truyền)."),
        OutOfMemoryException => (StatusCodes.Status503ServiceUnavailable, "Dịch vụ đang thiếu bộ nhớ cho yêu cầu này; vui lòng thử lại sau ít phút."),
        _ when Graph.GraphProblems.Describe(e) is { } graph => graph,
        _ when Graph.InteractionRequired.Find(e) is not null => (StatusCodes.Status403Forbidden, null),
        _ when DatabaseErrors.IsDatabaseFailure(e) => (StatusCodes.Status503ServiceUnavailable, DatabaseErrors.Describe(e) + " Vui lòng thử lại sau."),
        _ => (StatusCodes.Status500InternalServerError, "Đã có lỗi bất ngờ; vui lòng thử lại sau."),
    };

    public static void UseVietnameseProblems(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = e => Classify(e).Status,
            ExceptionHandler = async context =>
            {
                var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
                if (Graph.InteractionRequired.Find(error) is { } ui)
                {
                    await Graph.InteractionRequired.WriteAsync(context, ui);
                    return;
                }
                var (status, detail) = error is null ? (StatusCodes.Status500InternalServerError, null) : Classify(error);
                context.Response.StatusCode = status;
                if (status == StatusCodes.Status503ServiceUnavailable) context.Response.Headers.RetryAfter = "30";
                await Results.Problem(title: Title(status), detail: detail, statusCode: status).ExecuteAsync(context);
            },
        });
        app.UseStatusCodePages();
        app.UseRequestLimits();
    }
}
