using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using WordHelper.Api.Limits;
using WordHelper.Api.Problems;
using WordHelper.Core.Documents;
using WordHelper.Core.Registry;
using WordHelper.Core.RollForward;

namespace WordHelper.Api.RollForward;

/// <summary>
/// POST /api/rollforward: last period's .docx (multipart "file"), the period to roll to ("to": 2026 or 2025-10) and
/// optionally the new date line's date → the summary, each change and comment, and the rolled .docx in base64.
/// </summary>
[ApiController]
[Route("api/rollforward")]
[EnableRateLimiting(DocumentWork.Policy)]
public sealed class RollForwardController(ILegalDocumentRegistry registry, TimeProvider clock) : ControllerBase
{
    [HttpPost]
    [Consumes("multipart/form-data")]
    [ProducesResponseType<RolledDocument>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable)]
    public async Task<ActionResult<RolledDocument>> Roll(IFormFile? file, [FromForm] string? to, [FromForm] string? date, CancellationToken cancel)
    {
        if (file is null || file.Length == 0) return Refuse(400, "Thiếu tệp văn bản kỳ trước: gửi tệp .docx trong trường \"file\".");
        RollOptions options;
        try
        {
            options = new RollOptions(RollTarget.Parse(to), RollOptions.ParseDate(date));
        }
        catch (RollForwardException e) { return Refuse(400, e.Message); }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancel);
        try
        {
            var result = new RollForwarder(registry: registry, clock: clock).Roll(buffer.ToArray(), options);
            return new RolledDocument(result.From, result.To, result.Summary, result.Changes, result.Comments, Convert.ToBase64String(result.Docx));
        }
        catch (DocumentReadException e)
        {
            return Refuse(e.Reason switch { ReadFailure.OverBudget => 413, ReadFailure.TooDeep => 422, _ => 400 }, e.Message);
        }
        catch (RollForwardException e) { return Refuse(422, e.Message); }
    }

    ObjectResult Refuse(int status, string detail) => Problem(statusCode: status, title: ProblemSetup.Title(status), detail: detail);
}

/// <summary>The rolled document and what was done to it (the contract of POST /api/rollforward).</summary>
public sealed record RolledDocument(string From, string To, IReadOnlyDictionary<string, int> Summary, IReadOnlyList<RollChange> Changes,
    IReadOnlyList<RollComment> Comments, string Docx);
