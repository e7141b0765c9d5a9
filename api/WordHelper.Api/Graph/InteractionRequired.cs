using System.Text;
using Microsoft.Identity.Client;
using Microsoft.Identity.Web;

namespace WordHelper.Api.Graph;

/// <summary>
/// Entra needs the user before the service may act for them (consent not given, multi-factor sign-in, a claims
/// challenge): the answer is 403 with a WWW-Authenticate challenge carrying the claims, and a problem of a type the
/// pane recognises, so that it signs the user in again with those claims and retries.
/// </summary>
public static class InteractionRequired
{
    public const string ProblemType = "urn:wordhelper:problem:interaction-required";

    /// <summary>The MSAL exception behind <paramref name="error"/>, however Microsoft.Identity.Web wrapped it.</summary>
    public static MsalUiRequiredException? Find(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
            if (e is MsalUiRequiredException ui) return ui;
            else if (e is MicrosoftIdentityWebChallengeUserException challenge) return challenge.MsalUiRequiredException;
        return null;
    }

    public static async Task WriteAsync(HttpContext context, MsalUiRequiredException ui)
    {
        var claims = string.IsNullOrEmpty(ui.Claims) ? null : ui.Claims;
        var challenge = "Bearer error=\"insufficient_claims\", error_description=\"The user must sign in again or consent\"";
        if (claims is not null) challenge += $", claims=\"{Convert.ToBase64String(Encoding.UTF8.GetBytes(claims))}\"";
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        context.Response.Headers.WWWAuthenticate = challenge;
        var auth = context.RequestServices.GetRequiredService<Identity.AuthSettings>();
        await Results.Problem(
            type: ProblemType,
            title: "Cần đăng nhập lại",
            detail: Detail(ui),
            statusCode: StatusCodes.Status403Forbidden,
            extensions: new Dictionary<string, object?> { ["claims"] = claims, ["scopes"] = new[] { auth.PaneScope } }).ExecuteAsync(context);
    }

    /// <summary>What Entra asks of the user, in words: AADSTS65001 is consent, 50076/50079 a second factor.</summary>
    static string Detail(MsalUiRequiredException ui) => ui.Message switch
    {
        var m when m.Contains("AADSTS65001", StringComparison.Ordinal) =>
            "WordHelper cần được cho phép truy cập danh bạ, tệp và thư của tài khoản trên Microsoft 365: hãy đồng ý ở cửa sổ đăng nhập (hoặc nhờ quản trị viên cấp quyền cho cả cơ quan).",
        var m when m.Contains("AADSTS50076", StringComparison.Ordinal) || m.Contains("AADSTS50079", StringComparison.Ordinal) =>
            "Microsoft 365 yêu cầu xác thực thêm (đa yếu tố) trước khi WordHelper truy cập dữ liệu của tài khoản: hãy đăng nhập lại.",
        _ => "Phiên đăng nhập Microsoft 365 cần được xác nhận lại trước khi WordHelper truy cập dữ liệu của tài khoản: hãy đăng nhập lại.",
    };
}
