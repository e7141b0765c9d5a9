using WordHelper.Core.Registry.Import;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using WordHelper.Api.Identity;
using WordHelper.Api.Limits;
using WordHelper.Api.Problems;
using WordHelper.Api.Storage;
using WordHelper.Core.Citations;
using WordHelper.Core.Text;

namespace WordHelper.Api.Citations;

/// <summary>The citation registry: search, formatted citation text, import.</summary>
[ApiController]
[Route("api/citations")]
public sealed class CitationsController(WordHelperDb db, CitationSearch search, RegistryImport import,
    [FromKeyedServices(DocumentWork.Imports)] OneAtATime imports, IConfiguration config) : ControllerBase
{
    /// <summary>Entries whose number, symbol or words match <paramref name="q"/> (diacritics optional).</summary>
    [HttpGet]
    public async Task<IReadOnlyList<CitationEntry>> Search([FromQuery] string? q, [FromQuery] int limit = 20, CancellationToken cancel = default) =>
        (await search.FindAsync(InputText.Clean(q), Math.Clamp(limit, 1, 100), cancel)).Select(ToEntry).ToList();

    [HttpGet("{id}")]
    [ProducesResponseType<CitationEntry>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<CitationEntry>> Get(string id, CancellationToken cancel) =>
        await FindAsync(id, cancel) is { } row ? ToEntry(row) : NotFoundProblem(id);

    /// <summary>The first-mention text of a citation, ready to insert.</summary>
    [HttpGet("{id}/text")]
    [ProducesResponseType<CitationText>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<CitationText>> Text(string id, CancellationToken cancel) =>
        await FindAsync(id, cancel) is { } row
            ? new CitationText(CitationFormatter.Format(RegistryMapping.ToDocument(row)))
            : NotFoundProblem(id);

    /// <summary>
    /// Adds or updates entries from CSV (text/csv: a register of documents as e-office systems export it, headings in
    /// Vietnamese or English) or a JSON array (application/json), UTF-8 with or without its mark. <paramref name="organisation"/>
    /// names whose register it is (the issuer of rows that name none). An entry of a number and year already in the
    /// register is updated, never doubled. Every row is checked first: one bad row answers 400 with the problems of
    /// every row, and nothing is saved.
    /// </summary>
    [Authorize(Policy = Policies.Editor)]
    [HttpPost("import")]
    [EnableRateLimiting(DocumentWork.Policy)]
    [Consumes("text/csv", "application/json")]
    [ProducesResponseType<ImportResult>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable)]
    public async Task<ActionResult<ImportResult>> Import([FromQuery] string? organisation, CancellationToken cancel)
    {
        using var turn = await imports.TryEnterAsync(DocumentWork.QueueTime(config), cancel);
        if (turn is null)
        {
            Response.Headers.RetryAfter = DocumentWork.RetryAfter(config);
            return Problem(statusCode: 503, title: ProblemSetup.Title(503), detail: "Một lần nhập khác đang chạy; vui lòng gửi lại sau ít giây.");
        }
        using var body = new MemoryStream();
        await Request.Body.CopyToAsync(body, cancel); // bounded by the request size limit
        if (!Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(Request.ContentType, out var media))
            return Problem(statusCode: 415, title: ProblemSetup.Title(415), detail: "Gửi dữ liệu nhập dạng CSV (text/csv) hoặc JSON (application/json), mã hoá UTF-8.");
        try
        {
            var text = ImportText.Decode(body.GetBuffer().AsSpan(0, (int)body.Length), media.Charset.Value);
            var rows = media.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase) ? RegisterCsv.Read(text, organisation) : ImportRows.FromJson(text);
            return await import.SaveAsync(rows, cancel);
        }
        catch (ImportRefusedException e)
        {
            return Problem(statusCode: 400, title: ProblemSetup.Title(400), detail: "Không nhập được: " + e.Message);
        }
        catch (ImportInvalidException e)
        {
            var problem = ProblemDetailsFactory.CreateProblemDetails(HttpContext, 400, ProblemSetup.Title(400),
                detail: $"Không nhập văn bản nào: {e.Errors.Count} lỗi ở {e.Errors.Select(x => x.Row).Distinct().Count()} dòng. Sửa các dòng được nêu rồi nhập lại cả tệp.");
            problem.Extensions["errors"] = e.Errors.Take(MaxErrorsShown).Select(x => new { row = x.Row, message = x.Message }).ToList();
            return new ObjectResult(problem) { StatusCode = 400, ContentTypes = { "application/problem+json" } };
        }
    }

    /// <summary>Enough to fix a file by; a file wrong on every row does not need a list of all of them.</summary>
    const int MaxErrorsShown = 200;

    async Task<RegistryDocument?> FindAsync(string id, CancellationToken cancel) =>
        FieldLimits.IsId(id) ? await db.Documents.AsNoTracking().Where(d => d.Id == id).OrderByDescending(d => d.Tenant).FirstOrDefaultAsync(cancel) : null;

    ObjectResult NotFoundProblem(string id) =>
        Problem(statusCode: 404, title: ProblemSetup.Title(404), detail: $"Không có văn bản \"{id}\" trong sổ đăng ký.");

    static CitationEntry ToEntry(RegistryDocument d) =>
        new(d.Id, d.Type, d.Number, d.Date?.ToString("yyyy-MM-dd"), d.Issuer, d.Summary, d.Status, d.ReplacedBy, d.StatusNote);
}
