using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WordHelper.Api.Identity;
using WordHelper.Api.Problems;
using WordHelper.Api.Storage;
using WordHelper.Core.Addressing;
using WordHelper.Core.Rules.Recipients;
using WordHelper.Core.Text;

namespace WordHelper.Api.Recipients;

/// <summary>
/// The directory: GET /api/directory/lookup finds who a name means (Microsoft 365 and the local list, as a check does);
/// /api/directory lists and edits the tenant's local list, editors only for changes.
/// </summary>
[ApiController]
[Route("api/directory")]
public sealed class DirectoryController(LocalDirectory local, IDirectory directory) : ControllerBase
{
    [HttpGet]
    public async Task<IReadOnlyList<DirectoryEntryView>> List(CancellationToken cancel) =>
        (await local.ListAsync(cancel)).Select(View).ToList();

    [HttpGet("lookup")]
    [ProducesResponseType<IReadOnlyList<AddresseeView>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<ActionResult<IReadOnlyList<AddresseeView>>> Lookup([FromQuery] string? name, CancellationToken cancel)
    {
        var entry = InputText.Clean(name)?.Trim();
        if (string.IsNullOrEmpty(entry) || entry.Length > FieldLimits.DirectoryName)
            return Problem(statusCode: 400, title: ProblemSetup.Title(400), detail: $"Cần tên nơi nhận cần tra (tham số name, không quá {FieldLimits.DirectoryName} ký tự).");
        var names = AgencyNames.Default;
        var query = AddresseeQuery.For(entry, names);
        var matches = new AddresseeMatcher(names).Choose(query, await directory.FindAsync(query, cancel));
        return matches.Select(m => new AddresseeView(m.Name, m.Mail, m.Kind)).ToList();
    }

    [Authorize(Policy = Policies.Editor)]
    [HttpPost]
    [Consumes("application/json")]
    [ProducesResponseType<DirectoryEntryView>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<ActionResult<DirectoryEntryView>> Create(DirectoryEntryInput input, CancellationToken cancel)
    {
        var (clean, errors) = DirectoryEntryRules.Validate(input);
        if (clean is null) return Invalid(errors);
        var row = await local.CreateAsync(clean, cancel);
        return Created($"/api/directory/{row.Id}", View(row));
    }

    [Authorize(Policy = Policies.Editor)]
    [HttpPut("{id}")]
    [Consumes("application/json")]
    [ProducesResponseType<DirectoryEntryView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<DirectoryEntryView>> Update(string id, DirectoryEntryInput input, CancellationToken cancel)
    {
        var (clean, errors) = DirectoryEntryRules.Validate(input);
        if (clean is null) return Invalid(errors);
        if (await local.FindAsync(id, cancel) is not { } row) return Missing(id);
        await local.UpdateAsync(row, clean, cancel);
        return View(row);
    }

    [Authorize(Policy = Policies.Editor)]
    [HttpDelete("{id}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Delete(string id, CancellationToken cancel)
    {
        if (await local.FindAsync(id, cancel) is not { } row) return Missing(id);
        await local.DeleteAsync(row, cancel);
        return NoContent();
    }

    static DirectoryEntryView View(DirectoryRow r) => new(r.Id, r.Name, r.Mail, r.Kind, LocalDirectory.Aliases(r));

    ObjectResult Missing(string id) =>
        Problem(statusCode: 404, title: ProblemSetup.Title(404), detail: $"Danh bạ không có mục \"{id}\".");

    ActionResult Invalid(Dictionary<string, string[]> errors) =>
        ValidationProblem(new ValidationProblemDetails(errors) { Title = ProblemSetup.Title(400), Detail = "Mục danh bạ chưa hợp lệ." });
}

public sealed record AddresseeView(string Name, string? Mail, string Kind);
