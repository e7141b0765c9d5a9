using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using WordHelper.Api.Identity;
using WordHelper.Api.Limits;
using WordHelper.Api.Problems;
using WordHelper.Api.Storage;
using WordHelper.Core.Clauses;
using WordHelper.Core.Text;

namespace WordHelper.Api.Clauses;

/// <summary>
/// The clause library. Every save is a new version; PUT needs the ETag of the version it edits (If-Match), and a
/// stale one answers 412 so that no edit is silently lost.
/// </summary>
[ApiController]
[Route("api/clauses")]
public sealed class ClausesController(ClauseLibrary library) : ControllerBase
{
    [HttpGet]
    public async Task<IReadOnlyList<ClauseView>> Search([FromQuery] string? q, [FromQuery] string? docType, CancellationToken cancel) =>
        (await library.SearchAsync(InputText.Clean(q), InputText.Clean(docType), cancel)).Select(View).ToList();

    [HttpGet("{id}")]
    [ProducesResponseType<ClauseView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<ClauseView>> Get(string id, CancellationToken cancel)
    {
        if (await library.FindAsync(id, cancel) is not { } clause) return NotFoundProblem(id);
        Response.Headers.ETag = ETag(clause);
        return View(clause);
    }

    [Authorize(Policy = Policies.Editor)]
    [HttpPost]
    [Consumes("application/json")]
    [ProducesResponseType<ClauseView>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<ActionResult<ClauseView>> Create(ClauseInput input, CancellationToken cancel)
    {
        try
        {
            var clause = await library.CreateAsync(input, cancel);
            Response.Headers.ETag = ETag(clause);
            return CreatedAtAction(nameof(Get), new { id = clause.Id }, View(clause));
        }
        catch (ClauseInputException e) { return Invalid(e); }
    }

    [Authorize(Policy = Policies.Editor)]
    [HttpPut("{id}")]
    [Consumes("application/json")]
    [ProducesResponseType<ClauseView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status428PreconditionRequired)]
    public async Task<ActionResult<ClauseView>> Update(string id, ClauseInput input, CancellationToken cancel)
    {
        if (await library.FindAsync(id, cancel) is not { } current) return NotFoundProblem(id);
        switch (IfMatch.Evaluate(Request.Headers.IfMatch, current.Version))
        {
            case IfMatchOutcome.Missing:
                return Problem(statusCode: 428, title: ProblemSetup.Title(428),
                    detail: "Gửi kèm ETag của phiên bản đang sửa trong tiêu đề If-Match, để không ghi đè thay đổi của người khác.");
            case IfMatchOutcome.Malformed:
                return Problem(statusCode: 400, title: ProblemSetup.Title(400),
                    detail: "Tiêu đề If-Match không đúng cú pháp: dùng ETag nhận được khi đọc điều khoản, như \"3\" (có ngoặc kép), hoặc *.");
            case IfMatchOutcome.WeakOnly:
                return Stale(current, "ETag yếu (W/…) không dùng được để sửa: gửi ETag mạnh nhận được khi đọc điều khoản.");
            case IfMatchOutcome.Stale:
                return Stale(current);
        }
        var expected = current.Version;
        Clause? saved;
        try { saved = await library.UpdateAsync(id, expected, input, cancel); }
        catch (ClauseInputException e) { return Invalid(e); }
        if (saved is null) return Stale(await library.FindAsync(id, cancel) ?? current);
        Response.Headers.ETag = ETag(saved);
        return View(saved);
    }

    [HttpGet("{id}/history")]
    [ProducesResponseType<IReadOnlyList<ClauseVersionView>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<IReadOnlyList<ClauseVersionView>>> History(string id, CancellationToken cancel)
    {
        if (await library.FindAsync(id, cancel) is null) return NotFoundProblem(id);
        return (await library.HistoryAsync(id, cancel)).Select(v => new ClauseVersionView(v.Version, v.Title, v.Body, SplitTags(v.Tags), v.SavedAt)).ToList();
    }

    /// <summary>
    /// Fills the clause's variables, numbers its heading to fit where it goes and returns text, HTML and a flat-OPC
    /// package for insertOoxml. A variable without a value is not left as {{…}}: it becomes a highlighted blank
    /// "[tên biến]" in the document and is listed in "missing".
    /// </summary>
    [HttpPost("{id}/render")]
    [EnableRateLimiting(DocumentWork.Policy)]
    [Consumes("application/json")]
    [ProducesResponseType<RenderResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    public async Task<ActionResult<RenderResponse>> Render(string id, RenderRequest request, CancellationToken cancel)
    {
        if (await library.FindAsync(id, cancel) is not { } clause) return NotFoundProblem(id);
        try
        {
            var valid = request.Validated();
            var rendered = ClauseRenderer.Render(clause.Title, clause.Body, valid.Variables ?? [], valid.Number);
            return new RenderResponse(rendered.Text, rendered.Html, rendered.Ooxml, rendered.Missing, rendered.Unknown);
        }
        catch (ClauseInputException e) { return Invalid(e); }
        catch (ClauseTooLongException e)
        {
            return Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: ProblemSetup.Title(422), detail: e.Message);
        }
    }

    ActionResult Invalid(ClauseInputException e)
    {
        foreach (var (field, messages) in e.Errors)
            foreach (var message in messages) ModelState.AddModelError(field, message);
        return ValidationProblem(ModelState);
    }

    ObjectResult Stale(Clause current, string? detail = null)
    {
        Response.Headers.ETag = ETag(current);
        return Problem(statusCode: 412, title: ProblemSetup.Title(412),
            detail: detail ?? $"Điều khoản đã được lưu thành phiên bản {current.Version} sau khi anh/chị mở nó: tải lại, xem thay đổi rồi lưu lại.");
    }

    ObjectResult NotFoundProblem(string id) =>
        Problem(statusCode: 404, title: ProblemSetup.Title(404), detail: $"Không có điều khoản \"{id}\".");

    static string ETag(Clause c) => IfMatch.ETag(c.Version).ToString();

    static IReadOnlyList<string> SplitTags(string tags) => tags.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    internal static ClauseView View(Clause c) => new(c.Id, c.Title, c.DocType, c.Section, c.Body, SplitTags(c.Tags), c.Scope, c.IsStandard, c.Order,
        c.Version, c.UpdatedAt, ClauseTemplate.Variables(c.Title + "\n" + c.Body));
}
