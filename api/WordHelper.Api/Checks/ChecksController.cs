using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using WordHelper.Api.Limits;
using WordHelper.Api.Problems;
using WordHelper.Core.Addressing;
using WordHelper.Core.Documents;
using WordHelper.Core.Reports;

namespace WordHelper.Api.Checks;

/// <summary>
/// POST /api/checks: a draft in, the CLI's report element out. The draft comes as a multipart field "file" (.docx)
/// or as an application/xml body holding the flat-OPC package of Word's body.getOoxml().
/// With directory=true the recipients are looked up in the directory, and the report lists who each resolved to.
/// </summary>
[ApiController]
[Route("api/checks")]
[EnableRateLimiting(DocumentWork.Policy)]
public sealed class ChecksController(ReportBuilder reports, IConfiguration config, IDirectory directory) : ControllerBase
{
    [HttpPost]
    [Consumes("multipart/form-data")]
    [ProducesResponseType<FileReport>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable)]
    public async Task<ActionResult<FileReport>> CheckFile(IFormFile? file, [FromQuery(Name = "directory")] bool withDirectory = false)
    {
        if (file is null || file.Length == 0)
            return Problem(statusCode: 400, title: ProblemSetup.Title(400), detail: "Thiếu tệp văn bản: gửi tệp .docx trong trường \"file\".");
        await using var stream = file.OpenReadStream();
        var name = Path.GetFileName(file.FileName);
        return Answer(withDirectory ? await reports.CheckStreamAsync(stream, name, directory, HttpContext.RequestAborted) : reports.CheckStream(stream, name));
    }

    [HttpPost]
    [Consumes("application/xml", "text/xml")]
    [ProducesResponseType<FileReport>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable)]
    public async Task<ActionResult<FileReport>> CheckFlatOpc([FromQuery] string? name, [FromQuery(Name = "directory")] bool withDirectory = false)
    {
        using var reader = new StreamReader(Request.Body, Encoding.UTF8);
        var xml = await reader.ReadToEndAsync(HttpContext.RequestAborted);
        name ??= "document.xml";
        return Answer(withDirectory ? await reports.CheckFlatOpcAsync(xml, name, directory, HttpContext.RequestAborted) : reports.CheckFlatOpc(xml, name));
    }

    /// <summary>Anything else — no content type, or another one — is told what to send.</summary>
    [HttpPost]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType)]
    public ObjectResult Unsupported() =>
        Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: ProblemSetup.Title(415),
            detail: "Gửi tệp .docx trong trường \"file\" (multipart/form-data), hoặc gói văn bản Flat OPC (application/xml).");

    /// <summary>
    /// A draft that was not read answers with its Vietnamese reason in the problem's detail: 400 when it is broken,
    /// 413 when it is over the budget of a check, 422 when its markup is nested beyond any real document, 503 when it
    /// is large and another large one is being checked.
    /// </summary>
    ActionResult<FileReport> Answer(FileReport report)
    {
        if (report.Error is not { } error) return report;
        var status = report.Failure switch
        {
            ReadFailure.OverBudget => StatusCodes.Status413PayloadTooLarge,
            ReadFailure.TooDeep => StatusCodes.Status422UnprocessableEntity,
            ReadFailure.Busy => StatusCodes.Status503ServiceUnavailable,
            _ => StatusCodes.Status400BadRequest,
        };
        if (status == StatusCodes.Status503ServiceUnavailable) Response.Headers.RetryAfter = DocumentWork.RetryAfter(config);
        var problem = ProblemDetailsFactory.CreateProblemDetails(HttpContext, status, ProblemSetup.Title(status), detail: error);
        problem.Extensions["file"] = report.File;
        return new ObjectResult(problem) { StatusCode = status, ContentTypes = { "application/problem+json" } };
    }
}
