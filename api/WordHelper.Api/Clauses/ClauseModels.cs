using System.ComponentModel.DataAnnotations;

namespace WordHelper.Api.Clauses;

/// <summary>A clause as the API shows it.</summary>
public sealed record ClauseView(string Id, string Title, string DocType, string Section, string Body, IReadOnlyList<string> Tags,
    string Scope, bool IsStandard, int Order, int Version, DateTimeOffset UpdatedAt, IReadOnlyList<string> Variables);

/// <summary>A clause to create or a new version to save; see <see cref="ClauseInputRules"/> for what it may hold.</summary>
public sealed record ClauseInput(
    [Required(ErrorMessage = "Thiếu tiêu đề.")] string Title,
    [Required(ErrorMessage = "Thiếu loại văn bản (KH, BC, CV…).")] string DocType,
    [Required(ErrorMessage = "Thiếu nội dung.")] string Body,
    string? Section = null,
    IReadOnlyList<string>? Tags = null,
    string? Scope = null);

public sealed record ClauseVersionView(int Version, string Title, string Body, IReadOnlyList<string> Tags, DateTimeOffset SavedAt);

/// <summary>What to fill in a render, and the number of the section where it is inserted ("IV" or 4).</summary>
public sealed record RenderRequest(Dictionary<string, string?>? Variables, string? Number);

/// <summary>The rendered clause; <c>missing</c>: variables left as highlighted blanks; <c>unknown</c>: values for variables the clause does not have.</summary>
public sealed record RenderResponse(string Text, string Html, string Ooxml, IReadOnlyList<string> Missing, IReadOnlyList<string> Unknown);
