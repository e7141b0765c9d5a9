using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace WordHelper.Core.RollForward;

/// <summary>
/// Writes edits into a package as Word's tracked changes by one author — the old text in w:del, the new in w:ins with
/// the formatting of the text it replaces — and notes as Word comments. Runs are split where a change starts or ends;
/// everything else of the run (its w:rPr, its other children) stays as it was.
/// </summary>
public sealed class TrackedChanges(WordprocessingDocument document, string author, DateTime date)
{
    int _nextId = FirstFreeId(document);
    WordprocessingCommentsPart? _comments;

    /// <summary>Applies the edits of one paragraph (computed on <paramref name="text"/>), last first so that offsets hold; returns those applied.</summary>
    public IReadOnlyList<TextEdit> Apply(ParagraphText text, IReadOnlyList<TextEdit> edits)
    {
        var applied = new List<TextEdit>();
        var current = text;
        foreach (var edit in edits.OrderByDescending(e => e.Start))
        {
            if (!current.CanEdit(edit.Start, edit.End)) continue;
            Replace(current, edit);
            applied.Add(edit);
            current = new ParagraphText(text.Paragraph);
        }
        applied.Reverse();
        return applied;
    }

    void Replace(ParagraphText text, TextEdit edit)
    {
        var runs = Isolate(text, edit.Start, edit.End);
        var first = runs[0];
        var deleted = new DeletedRun { Author = author, Date = date, Id = NextId().ToString() };
        first.InsertBeforeSelf(deleted);
        foreach (var run in runs)
        {
            run.Remove();
            foreach (var t in run.Elements<WText>().ToList())
                t.InsertBeforeSelf(new DeletedText(t.Text) { Space = SpaceProcessingModeValues.Preserve }).Parent!.RemoveChild(t);
            deleted.AppendChild(run);
        }
        if (edit.Replacement.Length == 0) return;
        var inserted = new Run();
        if (first.RunProperties is { } properties) inserted.AppendChild(properties.CloneNode(true));
        inserted.AppendChild(new WText(edit.Replacement) { Space = SpaceProcessingModeValues.Preserve });
        deleted.InsertAfterSelf(new InsertedRun(inserted) { Author = author, Date = date, Id = NextId().ToString() });
    }

    /// <summary>
    /// The runs that hold exactly [start, end): a run that straddles a boundary, or that holds anything else beside
    /// the text (a tab, a note reference), is split there, so that nothing but the text goes into the change.
    /// </summary>
    static List<Run> Isolate(ParagraphText text, int start, int end)
    {
        var runs = new List<Run>();
        foreach (var piece in text.Pieces.Where(p => p.Start < end && p.Start + p.Length > start).ToList())
        {
            var element = piece.Element!;
            var run = (Run)element.Parent!;
            var to = Math.Min(end, piece.Start + piece.Length) - piece.Start;
            if (to < element.Text.Length || element.ElementsAfter().Any()) SplitAfter(run, element, to);
            var from = Math.Max(start, piece.Start) - piece.Start;
            if (from > 0 || element.ElementsBefore().Any(e => e is not RunProperties)) run = SplitAfter(run, element, from);
            runs.Add(run);
        }
        return runs;
    }

    /// <summary>
    /// Splits <paramref name="run"/> after <paramref name="at"/> characters of <paramref name="text"/>: the run keeps
    /// what comes before, a copy with the same properties takes the rest and is returned.
    /// </summary>
    static Run SplitAfter(Run run, WText text, int at)
    {
        var tail = (Run)run.CloneNode(false);
        if (run.RunProperties is { } properties) tail.AppendChild(properties.CloneNode(true));
        var after = text.Text[at..];
        text.Text = text.Text[..at];
        text.Space = SpaceProcessingModeValues.Preserve;
        if (after.Length > 0) tail.AppendChild(new WText(after) { Space = SpaceProcessingModeValues.Preserve });
        foreach (var sibling in text.ElementsAfter().ToList())
        {
            sibling.Remove();
            tail.AppendChild(sibling);
        }
        if (text.Text.Length == 0) text.Remove();
        run.InsertAfterSelf(tail);
        return tail;
    }

    /// <summary>A Word comment by the author on [start, end) of the paragraph (the whole paragraph when the range cannot be marked).</summary>
    public void Comment(ParagraphText text, TextNote note)
    {
        if (note.Text.Length == 0)
        {
            // Highlighted only: the paragraph's first figure carries the comment.
            if (note.Highlight && text.CanEdit(note.Start, note.Start + note.Length))
                foreach (var run in Isolate(text, note.Start, note.Start + note.Length))
                    (run.RunProperties ??= new RunProperties()).Highlight = new Highlight { Val = HighlightColorValues.Yellow };
            return;
        }
        var id = NextId().ToString();
        Comments().Comments!.AppendChild(new Comment(new Paragraph(new Run(new WText(note.Text) { Space = SpaceProcessingModeValues.Preserve })))
        {
            Id = id, Author = author, Date = date, Initials = "WH",
        });
        var paragraph = text.Paragraph;
        List<Run>? runs = null;
        if (text.CanEdit(note.Start, note.Start + note.Length)) runs = Isolate(text, note.Start, note.Start + note.Length);
        if (runs is { Count: > 0 })
        {
            runs[0].InsertBeforeSelf(new CommentRangeStart { Id = id });
            var end = new CommentRangeEnd { Id = id };
            runs[^1].InsertAfterSelf(end);
            end.InsertAfterSelf(new Run(new CommentReference { Id = id }));
            if (note.Highlight)
                foreach (var run in runs)
                    (run.RunProperties ??= new RunProperties()).Highlight = new Highlight { Val = HighlightColorValues.Yellow };
            return;
        }
        var properties = paragraph.ParagraphProperties;
        if (properties is not null) properties.InsertAfterSelf(new CommentRangeStart { Id = id });
        else paragraph.PrependChild(new CommentRangeStart { Id = id });
        paragraph.AppendChild(new CommentRangeEnd { Id = id });
        paragraph.AppendChild(new Run(new CommentReference { Id = id }));
    }

    WordprocessingCommentsPart Comments()
    {
        if (_comments is not null) return _comments;
        var main = document.MainDocumentPart!;
        _comments = main.WordprocessingCommentsPart ?? main.AddNewPart<WordprocessingCommentsPart>();
        _comments.Comments ??= new Comments();
        return _comments;
    }

    int NextId() => _nextId++;

    /// <summary>Above every id of a change, comment or bookmark the package already has.</summary>
    static int FirstFreeId(WordprocessingDocument document)
    {
        var max = 0;
        var parts = new List<OpenXmlPart> { document.MainDocumentPart! };
        parts.AddRange(document.MainDocumentPart!.Parts.Select(p => p.OpenXmlPart));
        foreach (var part in parts.Distinct())
        {
            if (part.RootElement is not { } root) continue;
            foreach (var element in root.Descendants())
                foreach (var attribute in element.GetAttributes())
                    if (attribute.LocalName == "id" && attribute.NamespaceUri == "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
                        && int.TryParse(attribute.Value, out var id) && id > max && id < int.MaxValue / 2)
                        max = id;
        }
        return max + 1;
    }
}
