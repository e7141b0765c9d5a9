using Microsoft.Graph.Models.ODataErrors;

namespace WordHelper.Api.Graph;

/// <summary>Microsoft Graph's refusals, as the drafter should read them.</summary>
public static class GraphProblems
{
    public static (int Status, string Detail)? Describe(Exception error) => error is not ODataError o ? null : o.ResponseStatusCode switch
    {
        StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden => (StatusCodes.Status403Forbidden,
            "Microsoft 365 không cho tài khoản này đọc mục được yêu cầu (danh bạ, tệp hoặc thư): quản trị viên cần cấp quyền cho WordHelper, hoặc tài khoản không được xem mục đó."),
        StatusCodes.Status404NotFound => (StatusCodes.Status404NotFound,
            "Không tìm thấy mục này trên Microsoft 365: tệp hoặc mục có thể đã bị xoá, đổi tên hay chuyển đi."),
        StatusCodes.Status429TooManyRequests => (StatusCodes.Status503ServiceUnavailable,
            "Microsoft 365 đang giới hạn số yêu cầu của cơ quan; vui lòng thử lại sau ít phút."),
        _ => (StatusCodes.Status502BadGateway, $"Microsoft 365 báo lỗi ({o.ResponseStatusCode}) khi WordHelper truy cập dữ liệu; vui lòng thử lại sau."),
    };
}
