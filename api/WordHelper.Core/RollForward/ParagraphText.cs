using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace WordHelper.Core.RollForward;

/// <summary>
/// The visible text of a paragraph as the roll-forward edits it: each character tied to the w:t it lives in, so that
/// an edit of the text becomes an edit of runs. Deleted text, field codes and text boxes are not part of it; tabs and
/// breaks are, as characters no edit may cross.
/// </summary>
public sealed class ParagraphText
{
    /// <summary>A stretch of the text: its w:t (null for a tab or a break), where it starts in the text.</summary>
    public readonly record struct Piece(WText? Element, Run Run, int Start, int Length, bool InField);

    public ParagraphText(Paragraph paragraph)
    {
        Paragraph = paragraph;
        var text = new System.Text.StringBuilder();
        var fields = new Stack<bool>();
        foreach (var run in Runs(paragraph))
        {
            foreach (var child in run.ChildElements)
            {
                switch (child)
                {
                    case FieldChar fc when fc.FieldCharType?.Value == FieldCharValues.Begin: fields.Push(false); break;
                    case FieldChar fc when fc.FieldCharType?.Value == FieldCharValues.Separate && fields.Count > 0: fields.Pop(); fields.Push(true); break;
                    case FieldChar fc when fc.FieldCharType?.Value == FieldCharValues.End && fields.Count > 0: fields.Pop(); break;
                    case WText t when fields.Count == 0 || fields.Peek():
                        Pieces.Add(new Piece(t, run, text.Length, t.Text.Length, fields.Count > 0));
                        text.Append(t.Text);
                        break;
                    case TabChar or Break or CarriageReturn when fields.Count == 0 || fields.Peek():
                        Pieces.Add(new Piece(null, run, text.Length, 1, fields.Count > 0));
                        text.Append(child is TabChar ? '\t' : '\n');
                        break;
                }
            }
        }
        Text = text.ToString();
    }

    public Paragraph Paragraph { get; }
    public string Text { get; }
    public List<Piece> Pieces { get; } = [];

    /// <summary>
    /// Whether [start, end) is text of runs that share one parent, outside fields (Word would rewrite a field's result)
    /// and without tabs or breaks: only such text becomes a tracked change.
    /// </summary>
    public bool CanEdit(int start, int end)
    {
        var pieces = Pieces.Where(p => p.Start < end && p.Start + p.Length > start).ToList();
        return pieces.Count > 0 && pieces.All(p => p.Element is not null && !p.InField && p.Run.GetFirstChild<FieldChar>() is null)
            && pieces.Select(p => p.Run.Parent).Distinct().Count() == 1;
    }

    /// <summary>The runs of the paragraph in order, inside hyperlinks, smart tags, content controls and insertions; not inside deletions or text boxes.</summary>
    static IEnumerable<Run> Runs(OpenXmlElement element)
    {
        foreach (var child in element.ChildElements)
        {
            if (child is Run run) yield return run;
            else if (child is DeletedRun or ParagraphProperties || child.LocalName is "txbxContent" or "del" or "moveFrom") continue;
            else if (child is not DocumentFormat.OpenXml.Wordprocessing.Paragraph) foreach (var r in Runs(child)) yield return r;
        }
    }
}
