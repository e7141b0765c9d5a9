namespace WordHelper.Core.Documents;

/// <summary>Page geometry of the first section, in millimetres.</summary>
public sealed record PageSetup(double WidthMm, double HeightMm, double TopMm, double BottomMm, double LeftMm, double RightMm);

/// <summary>A .docx read once: the body's paragraphs in document order, then its notes. Rules read this and nothing else.</summary>
public sealed class DraftDocument
{
    public DraftDocument(IReadOnlyList<DraftParagraph> paragraphs, PageSetup? page = null, IReadOnlyList<string>? floatingText = null,
        IReadOnlyList<DraftNote>? notes = null)
    {
        Paragraphs = paragraphs;
        Page = page;
        FloatingText = floatingText ?? [];
        Notes = notes ?? [];
    }

    public IReadOnlyList<DraftParagraph> Paragraphs { get; }

    /// <summary>Footnotes and endnotes in the order of their references; their paragraphs' indexes follow the body's.</summary>
    public IReadOnlyList<DraftNote> Notes { get; }

    /// <summary>The notes' paragraphs, in order; their indexes continue after the body's.</summary>
    public IEnumerable<DraftParagraph> NoteParagraphs => Notes.SelectMany(n => n.Paragraphs);

    /// <summary>The note a paragraph index past the body belongs to; null for a body paragraph.</summary>
    public DraftNote? NoteAt(int index)
    {
        if (index < Paragraphs.Count) return null;
        foreach (var note in Notes)
            if (note.Paragraphs.Count > 0 && index >= note.Paragraphs[0].Index && index <= note.Paragraphs[^1].Index) return note;
        return null;
    }
    public PageSetup? Page { get; }

    /// <summary>
    /// Text of text boxes, which float outside the body's paragraphs (and are not among them), one entry a box
    /// paragraph: a công văn sometimes sets its "Số" or "V/v" line in one.
    /// </summary>
    public IReadOnlyList<string> FloatingText { get; }

    /// <summary>Builds a document from plain lines, for tests and for text sent without a package.</summary>
    public static DraftDocument FromLines(params string[] lines) =>
        new(lines.Select((t, i) => new DraftParagraph { Index = i, Text = Text.VietnameseText.Normalize(t), Runs = [new DraftRun(t, RunFormat.Plain)] }).ToList());
}
