namespace WordHelper.Api.Problems;

/// <summary>
/// The sizes a request may have. A body over <see cref="ProblemSetup.MaxRequestBytes"/> is 413 whether its length was
/// announced or it came in chunks; a query string over <see cref="MaxQueryLength"/> is 414 — Kestrel lets longer
/// request lines through (up to its buffer) so that they get a Vietnamese problem instead of a bare status.
/// </summary>
static class RequestLimits
{
    public const int MaxQueryLength = 2048;
    const int MaxRequestLine = 1024 * 1024;

    public static void AddRequestLimits(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = ProblemSetup.MaxRequestBytes;
            k.Limits.MaxRequestLineSize = MaxRequestLine;
            k.Limits.MaxRequestBufferSize = Math.Max(k.Limits.MaxRequestBufferSize ?? 0, MaxRequestLine);
        });
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(f => f.MultipartBodyLengthLimit = ProblemSetup.MaxRequestBytes);
    }

    public static void UseRequestLimits(this WebApplication app) =>
        app.Use(async (context, next) =>
        {
            // A body announced as too large is refused before it is read, so the client hears 413 and not a broken upload.
            if (context.Request.ContentLength > ProblemSetup.MaxRequestBytes)
            {
                await Problem(context, StatusCodes.Status413PayloadTooLarge, ProblemSetup.BodyLimitDetail);
                return;
            }
            if (context.Request.QueryString.Value?.Length > MaxQueryLength)
            {
                await Problem(context, StatusCodes.Status414UriTooLong,
                    $"Chuỗi truy vấn dài quá {MaxQueryLength.ToString("N0", Core.Text.VietnameseText.Vi)} ký tự: hãy rút gọn từ khoá tìm kiếm.");
                return;
            }
            await next();
        });

    static Task Problem(HttpContext context, int status, string detail)
    {
        context.Response.StatusCode = status;
        return Results.Problem(title: ProblemSetup.Title(status), detail: detail, statusCode: status).ExecuteAsync(context);
    }
}
