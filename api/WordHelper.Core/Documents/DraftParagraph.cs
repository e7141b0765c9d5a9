namespace WordHelper.Core.Documents;

public enum ParagraphAlignment { Left, Center, Right, Justify }

/// <summary>A piece of a paragraph with one formatting, as displayed.</summary>
public sealed record DraftRun(string Text, RunFormat Format);

/// <summary>Effective formatting of a run after styles and direct formatting are applied.</summary>
public sealed record RunFormat(string? Font, double? SizePt, bool Bold, bool Italic, bool Underline)
{
    public static readonly RunFormat Plain = new(null, null, false, false, false);
}

/// <summary>Where a paragraph sits when it is inside a table.</summary>
public sealed record TableCellPosition(int Table, int Row, int Column);

/// <summary>Word's automatic numbering of a paragraph, resolved to what the reader sees.</summary>
public sealed record ListNumbering(int NumId, int Level, string Format, string Label);

/// <summary>
/// One body paragraph. <see cref="Index"/> is its position among all w:p of the body in document order,
/// table cells included (the order of Word's body.paragraphs).
/// </summary>
public sealed class DraftParagraph
{
    public required int Index { get; init; }
    /// <summary>Displayed text, NFC, without the automatic list label.</summary>
    public required string Text { get; init; }
    public IReadOnlyList<DraftRun> Runs { get; init; } = [];
    public string? StyleId { get; init; }
    public string? StyleName { get; init; }
    public ParagraphAlignment Alignment { get; init; } = ParagraphAlignment.Left;
    /// <summary>First-line indent in points (negative for a hanging indent).</summary>
    public double? FirstLineIndentPt { get; init; }
    public ListNumbering? List { get; init; }
    public TableCellPosition? Cell { get; init; }
    /// <summary>Outline level from the style or paragraph (0 = Heading 1), if any.</summary>
    public int? OutlineLevel { get; init; }

    /// <summary>The text as the reader sees it: automatic label, a space, then the text.</summary>
    public string DisplayText => List is { Label.Length: > 0 } l ? l.Label + " " + Text : Text;

    public bool IsBlank => string.IsNullOrWhiteSpace(Text) && List is null;
    /// <summary>Running text: not blank and not in a table cell.</summary>
    public bool IsProse => Cell is null && !IsBlank;

    /// <summary>True when every non-blank run is bold.</summary>
    public bool IsBold => AllRuns(r => r.Format.Bold);
    public bool IsItalic => AllRuns(r => r.Format.Italic);

    bool AllRuns(Func<DraftRun, bool> test)
    {
        var any = false;
        foreach (var r in Runs)
        {
            if (string.IsNullOrWhiteSpace(r.Text)) continue;
            if (!test(r)) return false;
            any = true;
        }
        return any;
    }

    public override string ToString() => $"[{Index}] {DisplayText}";
}
