namespace WordHelper.Core.Documents;

public enum NoteKind { Footnote, Endnote }

/// <summary>
/// A footnote or endnote, read as its own story. <see cref="Number"/> is the mark as the reader sees it ("1", "ii",
/// "*"); <see cref="ReferenceParagraph"/> is the body paragraph that holds the reference mark. Its paragraphs are
/// numbered after the body's (see <see cref="DraftDocument.NoteAt"/>), so that a rule can point at them like any other.
/// </summary>
public sealed record DraftNote(NoteKind Kind, string Number, int ReferenceParagraph, IReadOnlyList<DraftParagraph> Paragraphs);
