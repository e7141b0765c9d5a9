namespace WordHelper.Core.Rules;

/// <summary>A text edit that repairs a finding: replace <see cref="Length"/> characters at <see cref="Start"/> of the paragraph's text.</summary>
public sealed record TextFix(int Paragraph, int Start, int Length, string Replacement);

/// <summary>The footnote or endnote a finding is about, by its mark as the reader sees it.</summary>
public sealed record NoteLocation(Documents.NoteKind Kind, string Number);

/// <summary>
/// One thing a rule found. <see cref="Paragraph"/> is the 0-based body paragraph index, or null for the whole document;
/// for text in a note, the paragraph that holds the note's reference, and <see cref="Note"/> names the note.
/// </summary>
public sealed record Finding(
    string Rule,
    RuleCategory Category,
    Severity Severity,
    string Message,
    int? Paragraph,
    string Excerpt,
    string? Suggestion = null,
    TextFix? Fix = null,
    NoteLocation? Note = null);
