using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WordHelper.Api.Problems;
using WordHelper.Api.Storage;
using WordHelper.Core.RulePack;
using WordHelper.Core.Text;

namespace WordHelper.Api.Clauses;

/// <summary>GET /api/sections?docType=KH: the standard skeleton of a document type, in order.</summary>
[ApiController]
[Route("api/sections")]
public sealed class SectionsController(ClauseLibrary library) : ControllerBase
{
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<ClauseView>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<ActionResult<IReadOnlyList<ClauseView>>> Get([FromQuery] string? docType, CancellationToken cancel)
    {
        if (Abbreviation(docType) is not { } abbr)
            return Problem(statusCode: 400, title: ProblemSetup.Title(400),
                detail: $"Loại văn bản \"{docType}\" không hợp lệ: dùng chữ viết tắt như KH (kế hoạch), BC (báo cáo), CV (công văn).");
        return (await library.SectionsAsync(abbr, cancel)).Select(ClausesController.View).ToList();
    }

    /// <summary>"KH", "kh", "Kế hoạch", "ke hoach" → "KH"; "Công văn" → "CV".</summary>
    static string? Abbreviation(string? docType)
    {
        if (string.IsNullOrWhiteSpace(docType)) return null;
        var key = VietnameseText.Key(docType);
        if (key is "cv" or "cong van") return "CV";
        return RulePackData.Default.DocTypes.FirstOrDefault(t => t.Abbr is not null
            && (string.Equals(t.Abbr, docType.Trim(), StringComparison.OrdinalIgnoreCase) || VietnameseText.Key(t.Name) == key))?.Abbr;
    }
}
