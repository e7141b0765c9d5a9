namespace WordHelper.Core.Documents;

/// <summary>Page geometry of the first section, in millimetres.</summary>
public sealed record PageSetup(double WidthMm, double HeightMm, double TopMm, double BottomMm, double LeftMm, double RightMm);

/// <summary>A .docx read once: the body's paragraphs in document order. Rules read this and nothing else.</summary>
public sealed class DraftDocument
{
    public DraftDocument(IReadOnlyList<DraftParagraph> paragraphs, PageSetup? page = null, IReadOnlyList<string>? floatingText = null)
    {
        Paragraphs = paragraphs;
        Page = page;
        FloatingText = floatingText ?? [];
    }

    public IReadOnlyList<DraftParagraph> Paragraphs { get; }
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
