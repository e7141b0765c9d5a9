using System.Text;
using Microsoft.AspNetCore.Mvc;
using WordHelper.Api.Problems;
using WordHelper.Core.Reports;

namespace WordHelper.Api.Checks;

/// <summary>
/// POST /api/checks: a draft in, the CLI's report element out. The draft comes as a multipart field "file" (.docx)
/// or as an application/xml body holding the flat-OPC package of Word's body.getOoxml().
/// </summary>
[ApiController]
[Route("api/checks")]
public sealed class ChecksController(ReportBuilder reports) : ControllerBase
{
    [HttpPost]
    [Consumes("multipart/form-data")]
    [ProducesResponseType<FileReport>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    public ActionResult<FileReport> CheckFile(IFormFile? file)
    {
        if (file is null || file.Length == 0)
            return Problem(statusCode: 400, title: ProblemSetup.Title(400), detail: "Thiếu tệp văn bản: gửi tệp .docx trong trường \"file\".");
        using var stream = file.OpenReadStream();
        return Answer(reports.CheckStream(stream, Path.GetFileName(file.FileName)));
    }

    [HttpPost]
    [Consumes("application/xml", "text/xml")]
    [ProducesResponseType<FileReport>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<ActionResult<FileReport>> CheckFlatOpc([FromQuery] string? name)
    {
        using var reader = new StreamReader(Request.Body, Encoding.UTF8);
        var xml = await reader.ReadToEndAsync(HttpContext.RequestAborted);
        return Answer(reports.CheckFlatOpc(xml, name ?? "document.xml"));
    }

    /// <summary>A draft that cannot be read is a bad request: its Vietnamese reason goes in the problem's detail.</summary>
    ActionResult<FileReport> Answer(FileReport report)
    {
        if (report.Error is not { } error) return report;
        var problem = ProblemDetailsFactory.CreateProblemDetails(HttpContext, 400, ProblemSetup.Title(400), detail: error);
        problem.Extensions["file"] = report.File;
        return new ObjectResult(problem) { StatusCode = 400, ContentTypes = { "application/problem+json" } };
    }
}
