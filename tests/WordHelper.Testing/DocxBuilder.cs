using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace WordHelper.Testing;

/// <summary>Builds small .docx files in memory with the Open XML SDK, for tests that go through the real reader.</summary>
public sealed class DocxBuilder
{
    readonly List<OpenXmlElement> _body = [];
    readonly List<Style> _styles = [];
    readonly List<AbstractNum> _abstracts = [];
    readonly List<NumberingInstance> _nums = [];
    readonly List<(bool Endnote, string[] Lines)> _notes = [];
    PageMargin? _margins;
    (uint Width, uint Height) _pageSize = (11906, 16838);
    RunPropertiesDefault? _runDefaults;

    public static DocxBuilder Create() => new();

    /// <summary>A document of plain paragraphs, one a line.</summary>
    public static byte[] FromLines(params string[] lines)
    {
        var b = new DocxBuilder();
        foreach (var l in lines) b.Paragraph(l);
        return b.ToBytes();
    }

    /// <summary>Plain paragraphs, one a line.</summary>
    public DocxBuilder Lines(IEnumerable<string> lines)
    {
        foreach (var l in lines) Paragraph(l);
        return this;
    }

    public DocxBuilder Paragraph(string text, string? style = null, bool bold = false, int? numId = null, int level = 0)
    {
        var p = new Paragraph();
        var pPr = new ParagraphProperties();
        if (style is not null) pPr.Append(new ParagraphStyleId { Val = style });
        if (numId is not null) pPr.Append(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId }));
        if (pPr.HasChildren) p.Append(pPr);
        p.Append(Run(text, bold));
        _body.Add(p);
        return this;
    }

    /// <summary>
    /// A paragraph of <paramref name="before"/>, a footnote reference (or an endnote's), then <paramref name="after"/>;
    /// the note holds one paragraph per line of <paramref name="note"/>. Notes are numbered by Word in reference order.
    /// </summary>
    public DocxBuilder Noted(string before, string[] note, string after = "", bool endnote = false, string? customMark = null)
    {
        var id = _notes.Count + 1;
        _notes.Add((endnote, note));
        var reference = new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }));
        OpenXmlElement mark = endnote ? new EndnoteReference { Id = id } : new FootnoteReference { Id = id };
        if (customMark is not null) mark.SetAttribute(new OpenXmlAttribute("w", "customMarkFollows", "http://schemas.openxmlformats.org/wordprocessingml/2006/main", "1"));
        reference.Append(mark);
        if (customMark is not null) reference.Append(new DocumentFormat.OpenXml.Wordprocessing.Text(customMark));
        _body.Add(new Paragraph(Run(before), reference, Run(after)));
        return this;
    }

    /// <summary>Any paragraph or block element, built by the test.</summary>
    public DocxBuilder Element(OpenXmlElement element)
    {
        _body.Add(element);
        return this;
    }

    public DocxBuilder Table(params string[][] rows)
    {
        var table = new Table();
        foreach (var row in rows)
            table.Append(new TableRow(row.Select(cell => new TableCell(new Paragraph(Run(cell)))).ToArray()));
        _body.Add(table);
        return this;
    }

    public DocxBuilder Style(Style style)
    {
        _styles.Add(style);
        return this;
    }

    public DocxBuilder DefaultRun(string font, int halfPoints)
    {
        _runDefaults = new RunPropertiesDefault(new RunPropertiesBaseStyle(new RunFonts { Ascii = font, HighAnsi = font }, new FontSize { Val = halfPoints.ToString() }));
        return this;
    }

    /// <summary>An abstract numbering with one level per (format, text) pair: ("upperRoman", "%1."), ("decimal", "%2.")…</summary>
    public DocxBuilder AbstractNumbering(int id, params (string Format, string Text)[] levels) => AbstractNumbering(id, levels.Select(l => (l.Format, l.Text, 1)).ToArray());

    public DocxBuilder AbstractNumbering(int id, (string Format, string Text, int Start)[] levels)
    {
        var a = new AbstractNum { AbstractNumberId = id };
        for (var i = 0; i < levels.Length; i++)
            a.Append(new Level(
                new StartNumberingValue { Val = levels[i].Start },
                new NumberingFormat { Val = new EnumValue<NumberFormatValues>(FormatValue(levels[i].Format)) },
                new LevelText { Val = levels[i].Text }) { LevelIndex = i });
        _abstracts.Add(a);
        return this;
    }

    public DocxBuilder Numbering(int numId, int abstractId, int? restartLevel0At = null)
    {
        var n = new NumberingInstance(new AbstractNumId { Val = abstractId }) { NumberID = numId };
        if (restartLevel0At is { } start) n.Append(new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = 0 });
        _nums.Add(n);
        return this;
    }

    public DocxBuilder Margins(int topTwips, int bottomTwips, int leftTwips, int rightTwips)
    {
        _margins = new PageMargin { Top = topTwips, Bottom = bottomTwips, Left = (uint)leftTwips, Right = (uint)rightTwips };
        return this;
    }

    /// <summary>The paper, in twips (A4 upright, 11906 × 16838, unless set).</summary>
    public DocxBuilder PageSize(uint widthTwips, uint heightTwips)
    {
        _pageSize = (widthTwips, heightTwips);
        return this;
    }

    public static Run Run(string text, bool bold = false)
    {
        var r = new Run();
        if (bold) r.Append(new RunProperties(new Bold()));
        r.Append(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return r;
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body(_body.Select(e => e.CloneNode(true)).ToArray());
            var sect = new SectionProperties(new PageSize { Width = _pageSize.Width, Height = _pageSize.Height });
            if (_margins is not null) sect.Append(_margins.CloneNode(true));
            body.Append(sect);
            main.Document = new Document(body);
            if (_styles.Count > 0 || _runDefaults is not null)
            {
                var styles = main.AddNewPart<StyleDefinitionsPart>();
                styles.Styles = new Styles();
                if (_runDefaults is not null) styles.Styles.Append(new DocDefaults(_runDefaults.CloneNode(true)));
                foreach (var s in _styles) styles.Styles.Append(s.CloneNode(true));
            }
            if (_notes.Count > 0) AddNotes(main);
            if (_abstracts.Count > 0)
            {
                var numbering = main.AddNewPart<NumberingDefinitionsPart>();
                numbering.Numbering = new DocumentFormat.OpenXml.Wordprocessing.Numbering(
                    _abstracts.Select(a => a.CloneNode(true)).Concat(_nums.Select(n => n.CloneNode(true))).ToArray());
            }
        }
        return stream.ToArray();
    }

    /// <summary>The notes parts as Word writes them: the separator notes (ids -1 and 0) first, then one note per reference.</summary>
    void AddNotes(MainDocumentPart main)
    {
        var footnotes = new Footnotes(
            new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
            new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
        var endnotes = new Endnotes(
            new Endnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
            new Endnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
        for (var i = 0; i < _notes.Count; i++)
        {
            var (endnote, lines) = _notes[i];
            var paragraphs = lines.Select((line, n) => n == 0
                ? new Paragraph(new Run(endnote ? new EndnoteReferenceMark() : new FootnoteReferenceMark()), Run(" " + line))
                : new Paragraph(Run(line))).ToArray();
            if (endnote) endnotes.Append(new Endnote(paragraphs) { Id = i + 1 });
            else footnotes.Append(new Footnote(paragraphs) { Id = i + 1 });
        }
        main.AddNewPart<FootnotesPart>().Footnotes = footnotes;
        main.AddNewPart<EndnotesPart>().Endnotes = endnotes;
    }

    public DraftDocumentHandle Read() => new(WordHelper.Core.Documents.DocxReader.Read(new MemoryStream(ToBytes())));

    static NumberFormatValues FormatValue(string f) => f switch
    {
        "upperRoman" => NumberFormatValues.UpperRoman,
        "lowerRoman" => NumberFormatValues.LowerRoman,
        "lowerLetter" => NumberFormatValues.LowerLetter,
        "upperLetter" => NumberFormatValues.UpperLetter,
        "bullet" => NumberFormatValues.Bullet,
        "decimalZero" => NumberFormatValues.DecimalZero,
        _ => NumberFormatValues.Decimal,
    };
}

/// <summary>A read document, with shortcuts for assertions.</summary>
public sealed record DraftDocumentHandle(WordHelper.Core.Documents.DraftDocument Document)
{
    public IReadOnlyList<string> Texts => Document.Paragraphs.Select(p => p.Text).ToList();
    public IReadOnlyList<string> Labels => Document.Paragraphs.Select(p => p.List?.Label ?? "").ToList();
}
