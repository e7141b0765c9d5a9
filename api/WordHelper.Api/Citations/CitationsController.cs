using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using WordHelper.Api.Limits;
using Microsoft.EntityFrameworkCore;
using WordHelper.Api.Problems;
using WordHelper.Api.Storage;
using WordHelper.Core.Citations;

namespace WordHelper.Api.Citations;

/// <summary>The citation registry: search, formatted citation text, import.</summary>
[ApiController]
[Route("api/citations")]
public sealed class CitationsController(WordHelperDb db, CitationSearch search, RegistryImport import) : ControllerBase
{
    /// <summary>Entries whose number, symbol or words match <paramref name="q"/> (diacritics optional).</summary>
    [HttpGet]
    public async Task<IReadOnlyList<CitationEntry>> Search([FromQuery] string? q, [FromQuery] int limit = 20, CancellationToken cancel = default) =>
        (await search.FindAsync(q, Math.Clamp(limit, 1, 100), cancel)).Select(ToEntry).ToList();

    [HttpGet("{id}")]
    [ProducesResponseType<CitationEntry>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<CitationEntry>> Get(string id, CancellationToken cancel) =>
        await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancel) is { } row ? ToEntry(row) : NotFoundProblem(id);

    /// <summary>The first-mention text of a citation, ready to insert.</summary>
    [HttpGet("{id}/text")]
    [ProducesResponseType<CitationText>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<CitationText>> Text(string id, CancellationToken cancel) =>
        await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancel) is { } row
            ? new CitationText(CitationFormatter.Format(RegistryMapping.ToDocument(row)))
            : NotFoundProblem(id);

    /// <summary>Adds or updates entries from CSV (text/csv) or a JSON array (application/json).</summary>
    [HttpPost("import")]
    [EnableRateLimiting(DocumentWork.Policy)]
    [Consumes("text/csv", "application/json")]
    [ProducesResponseType<ImportResult>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<ActionResult<ImportResult>> Import(CancellationToken cancel)
    {
        // The body is read whole, asynchronously (the request size limit bounds it); parsing is then synchronous.
        using var reader = new StreamReader(Request.Body);
        var body = await reader.ReadToEndAsync(cancel);
        IReadOnlyList<Core.RulePack.RegistryEntry> entries;
        try
        {
            entries = Request.ContentType?.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) == true
                ? RegistryImport.ParseCsv(new StringReader(body))
                : RegistryImport.ParseJson(body);
        }
        catch (Exception e) when (e is FormatException or System.Text.Json.JsonException or Microsoft.VisualBasic.FileIO.MalformedLineException)
        {
            return Problem(statusCode: 400, title: ProblemSetup.Title(400), detail: "Không đọc được dữ liệu nhập: " + (e is FormatException ? e.Message : "sai định dạng."));
        }
        return await import.SaveAsync(entries, cancel);
    }

    ObjectResult NotFoundProblem(string id) =>
        Problem(statusCode: 404, title: ProblemSetup.Title(404), detail: $"Không có văn bản \"{id}\" trong sổ đăng ký.");

    static CitationEntry ToEntry(RegistryDocument d) =>
        new(d.Id, d.Type, d.Number, d.Date?.ToString("yyyy-MM-dd"), d.Issuer, d.Summary, d.Status, d.ReplacedBy);
}
