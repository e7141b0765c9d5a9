using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace WordHelper.Api.Problems;

/// <summary>
/// Requests MVC could not bind answer in Vietnamese and name only what the client sent (fields, JSON paths), never a
/// type of the service: the framework's own messages are replaced, JSON parser messages are not shown, and a body that
/// exceeded the size limit while it was being read is 413, as it is when its size was announced.
/// </summary>
static class ModelStateProblems
{
    const string InvalidValue = "Giá trị không hợp lệ: sai cú pháp JSON hoặc sai kiểu dữ liệu.";

    public static void AddVietnameseModelState(this IServiceCollection services)
    {
        services.PostConfigure<MvcOptions>(o =>
        {
            // A body parameter is required by [ApiController] already, in Vietnamese below; the implicit [Required] of
            // a non-nullable parameter would add an English message naming the parameter.
            o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            var m = o.ModelBindingMessageProvider;
            m.SetMissingBindRequiredValueAccessor(name => $"Thiếu giá trị của \"{name}\".");
            m.SetMissingKeyOrValueAccessor(() => "Thiếu khoá hoặc giá trị.");
            m.SetMissingRequestBodyRequiredValueAccessor(() => "Thiếu nội dung yêu cầu (JSON).");
            m.SetValueMustNotBeNullAccessor(value => "Giá trị không được để trống (null).");
            m.SetAttemptedValueIsInvalidAccessor((value, name) => $"Giá trị \"{value}\" của \"{name}\" không hợp lệ.");
            m.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"Giá trị \"{value}\" không hợp lệ.");
            m.SetUnknownValueIsInvalidAccessor(name => $"Giá trị của \"{name}\" không hợp lệ.");
            m.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Giá trị không hợp lệ.");
            m.SetValueIsInvalidAccessor(value => $"Giá trị \"{value}\" không hợp lệ.");
            m.SetValueMustBeANumberAccessor(name => $"\"{name}\" phải là một số.");
            m.SetNonPropertyValueMustBeANumberAccessor(() => "Giá trị phải là một số.");
        });
        services.PostConfigure<Microsoft.AspNetCore.Mvc.JsonOptions>(o => o.AllowInputFormatterExceptionMessages = false);
        // After MVC's own set-up, which would replace them.
        services.PostConfigure<ApiBehaviorOptions>(o => o.InvalidModelStateResponseFactory = Answer);
    }

    static IActionResult Answer(ActionContext context)
    {
        var errors = context.ModelState.Where(e => e.Value?.Errors.Count > 0).ToList();
        if (errors.SelectMany(e => e.Value!.Errors).Any(IsBodyTooLarge))
            return new ObjectResult(new ProblemDetails
            {
                Type = "https://tools.ietf.org/html/rfc9110#section-15.5.14",
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = ProblemSetup.Title(StatusCodes.Status413PayloadTooLarge),
                Detail = ProblemSetup.BodyLimitDetail,
            }) { StatusCode = StatusCodes.Status413PayloadTooLarge, ContentTypes = { "application/problem+json" } };

        // A body parameter's own name is the service's; the client knows it as the body ("$").
        var bodyParameters = context.ActionDescriptor.Parameters
            .Where(p => p.BindingInfo?.BindingSource == BindingSource.Body).Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var problem = new ValidationProblemDetails
        {
            Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
            Status = StatusCodes.Status400BadRequest,
            Title = "Dữ liệu gửi lên không hợp lệ",
            Detail = "Kiểm tra lại các trường được nêu trong \"errors\".",
        };
        foreach (var (key, entry) in errors)
        {
            var field = key.Length == 0 || bodyParameters.Contains(key) ? "$" : key;
            var messages = entry!.Errors.Select(e => string.IsNullOrEmpty(e.ErrorMessage) ? InvalidValue : e.ErrorMessage);
            problem.Errors[field] = [.. problem.Errors.TryGetValue(field, out var earlier) ? earlier : [], .. messages.Distinct()];
        }
        return new BadRequestObjectResult(problem) { ContentTypes = { "application/problem+json" } };
    }

    /// <summary>
    /// Kestrel's limit struck while MVC read the body: JSON bodies keep the exception, multipart forms only its
    /// message (MVC reports a form it could not read as text).
    /// </summary>
    static bool IsBodyTooLarge(ModelError error)
    {
        for (var e = error.Exception; e is not null; e = e.InnerException)
            if (e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }) return true;
        return error.ErrorMessage.Contains("Request body too large", StringComparison.Ordinal);
    }
}
