using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WordHelper.Api.Identity;
using WordHelper.Api.Problems;
using WordHelper.Api.Storage;
using WordHelper.Core.Archive;
using WordHelper.Core.Text;

namespace WordHelper.Api.Archive;

/// <summary>
/// Earlier documents: GET /api/archive finds them by title words, type and year; GET /api/archive/{id}/content gives
/// one as .docx. The tenant's archive scope is read by all and set by editors (/api/archive/settings).
/// </summary>
[ApiController]
[Route("api/archive")]
public sealed class ArchiveController(IDocumentArchive archive, ArchiveScope scope) : ControllerBase
{
    const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    [HttpGet]
    [ProducesResponseType<IReadOnlyList<ArchivedDocument>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<ActionResult<IReadOnlyList<ArchivedDocument>>> Search([FromQuery] string? q, [FromQuery] string? type, [FromQuery] int? year, CancellationToken cancel)
    {
        var words = InputText.Clean(q)?.Trim() ?? "";
        var kind = InputText.Clean(type)?.Trim();
        if (words.Length == 0 && string.IsNullOrEmpty(kind) && year is null)
            return Refuse(400, "Cho biết điều cần tìm: từ trong tiêu đề (q), loại văn bản (type) hoặc năm (year).");
        if (words.Length > 200 || kind?.Length > 50) return Refuse(400, "Điều kiện tìm quá dài.");
        if (year is < 1945 or > 2100) return Refuse(400, $"Năm {year} không hợp lệ.");
        return Ok(await archive.SearchAsync(new ArchiveQuery(words, string.IsNullOrEmpty(kind) ? null : kind, year), cancel));
    }

    [HttpGet("{id}/content")]
    [Produces(Docx)]
    [ProducesResponseType<FileStreamResult>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Content(string id, CancellationToken cancel)
    {
        if (id.Length > 2000 || await archive.OpenAsync(id, cancel) is not { } stream)
            return Refuse(404, "Không tìm thấy văn bản này trong kho lưu trữ (có thể đã bị xoá hoặc chuyển đi).");
        return File(stream, Docx, "van-ban.docx");
    }

    [HttpGet("settings")]
    public async Task<ArchiveSettings> Settings(CancellationToken cancel) => new(await scope.GetAsync(cancel));

    [Authorize(Policy = Policies.Editor)]
    [HttpPut("settings")]
    [Consumes("application/json")]
    [ProducesResponseType<ArchiveSettings>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<ActionResult<ArchiveSettings>> SetSettings(ArchiveSettings settings, CancellationToken cancel)
    {
        var value = InputText.Clean(settings.Scope)?.Trim() ?? "";
        if (value.Length > FieldLimits.ArchiveScope) return Refuse(400, $"Phạm vi lưu trữ dài quá {FieldLimits.ArchiveScope} ký tự.");
        if (value.Contains("..", StringComparison.Ordinal)) return Refuse(400, "Phạm vi lưu trữ không được chứa \"..\".");
        await scope.SetAsync(value, cancel);
        return new ArchiveSettings(value);
    }

    ObjectResult Refuse(int status, string detail) => Problem(statusCode: status, title: ProblemSetup.Title(status), detail: detail);
}

/// <param name="Scope">A SharePoint or OneDrive folder address (Microsoft 365), or a subfolder of Archive:Path (local); empty for everything.</param>
public sealed record ArchiveSettings(string? Scope);
