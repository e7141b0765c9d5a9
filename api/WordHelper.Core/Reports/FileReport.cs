using System.Text.Json.Serialization;
using WordHelper.Core.Documents;

namespace WordHelper.Core.Reports;

/// <summary>The checker's verdict on one file, in the shape the CLI prints and POST /api/checks returns.</summary>
public sealed record FileReport(
    string File,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DocumentSummary? Document,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<FindingReport>? Findings,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Error = null)
{
    /// <summary>The Kính gửi and Nơi nhận entries as a directory resolved them, when the check was made with one.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<RecipientReport>? Recipients { get; init; }

    /// <summary>Every citation of another document with what the registry says of it (a table of cited documents).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<CitationReport>? Citations { get; init; }

    [JsonIgnore] public bool HasErrors => Findings?.Any(f => f.Severity == "error") == true;
    [JsonIgnore] public bool Unreadable => Error is not null;
    /// <summary>Why the file was not read, when it was not: the service answers each reason with its own status.</summary>
    [JsonIgnore] public ReadFailure? Failure { get; init; }
}

/// <summary>What the draft says of itself. <see cref="Date"/> is ISO with blank parts left out (2023-03).</summary>
public sealed record DocumentSummary(string? Kind, string? Number, string? Date, string? Issuer, string? Title)
{
    /// <summary>
    /// What the document is when it is not an administrative document under NĐ 30/2020 ("Bài phát biểu", "Danh sách",
    /// "Phụ lục", "Nghị định"…): it is then required no Quốc hiệu, số ký hiệu, Nơi nhận or chữ ký.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Genre { get; init; }
}

public sealed record FindingReport(
    string Rule,
    string Category,
    string Severity,
    string Message,
    int? Paragraph,
    string Excerpt,
    string? Suggestion,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] FixReport? Fix,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] NoteReport? Note = null);

/// <summary>
/// The footnote or endnote a finding or citation is in. <see cref="Number"/> is its mark as the reader sees it: a
/// JSON number for Word's usual 1, 2, 3, text otherwise ("ii", "*").
/// </summary>
public sealed record NoteReport(string Kind, object Number)
{
    public static NoteReport Of(NoteKind kind, string number) =>
        new(kind == NoteKind.Footnote ? "footnote" : "endnote", int.TryParse(number, out var n) ? n : number);
}

/// <summary>A mechanical repair: replace <see cref="Length"/> characters at <see cref="Start"/> of the paragraph's text.</summary>
public sealed record FixReport(int Start, int Length, string Replacement);

/// <summary>One recipient entry: its line, what it resolved to. <see cref="Status"/> is resolved, not-found, ambiguous or collective.</summary>
public sealed record RecipientReport(int Paragraph, string Line, string Entry, string Status, IReadOnlyList<AddresseeReport> Matches);

public sealed record AddresseeReport(string Name, string? Mail, string Kind);

/// <summary>
/// A citation as found in the draft and resolved in the registry. <see cref="Status"/> is in-force, expired, replaced
/// or unknown; <see cref="StatusNote"/> says what a source says when that is not a verdict ("có thể đã hết hiệu lực").
/// </summary>
public sealed record CitationReport(
    int Paragraph,
    string Excerpt,
    string Text,
    string? Type,
    string? Number,
    string? Date,
    string Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? StatusNote,
    RegistryReport? Registry,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<RegistryReport>? Candidates)
{
    /// <summary>The note the citation is written in; <see cref="Paragraph"/> is then the paragraph of the note's reference.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public NoteReport? Note { get; init; }
}

/// <summary>A registry document as a report names it, with where its facts come from.</summary>
public sealed record RegistryReport(string Id, string Type, string Number, string? Date, string Issuer, string Summary, string Status,
    string? ReplacedBy, string? Source, string? StatusNote, string? EffectiveFrom);
