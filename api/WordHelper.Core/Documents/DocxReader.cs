using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordHelper.Core.Text;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace WordHelper.Core.Documents;

/// <summary>
/// Reads a .docx (or the flat-OPC package of Word's getOoxml) into a <see cref="DraftDocument"/>: every body
/// paragraph in document order, table cells included, with its text as displayed, formatting and list label.
/// Anything unreadable becomes a <see cref="DocumentReadException"/> with a Vietnamese message.
/// </summary>
public static class DocxReader
{
    static readonly OpenSettings Settings = new() { MaxCharactersInPart = 100L * 1024 * 1024 };

    /// <param name="sized">Told the size the scan counted, before the tree is built: a host may wait there, or refuse.</param>
    public static DraftDocument Read(string path, DocumentLimits? limits = null, Action<MarkupSize>? sized = null)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return Read(stream, limits, sized);
        }
        catch (FileNotFoundException) { throw new DocumentReadException("Không tìm thấy tệp."); }
        catch (DirectoryNotFoundException) { throw new DocumentReadException("Không tìm thấy thư mục chứa tệp."); }
        catch (UnauthorizedAccessException) { throw new DocumentReadException("Không có quyền đọc tệp."); }
    }

    public static DraftDocument Read(Stream stream, DocumentLimits? limits = null, Action<MarkupSize>? sized = null)
    {
        using var package = PackageGuard.Load(stream);
        var size = MarkupScan.Package(package, limits ?? DocumentLimits.Default);
        sized?.Invoke(size);
        return Open(package);
    }

    /// <summary>
    /// The flat-OPC package is scanned as it came, so that a broken or hostile one is refused before it is converted
    /// and in the words of flat OPC; then as the package it becomes: a part sent as pkg:binaryData is only base64 text
    /// to the first scan, and XML again to the SDK.
    /// </summary>
    public static DraftDocument ReadFlatOpc(string xml, DocumentLimits? limits = null, Action<MarkupSize>? sized = null)
    {
        if (string.IsNullOrWhiteSpace(xml)) throw new DocumentReadException("Gói văn bản (Flat OPC) rỗng.");
        MarkupScan.FlatOpc(xml, limits ?? DocumentLimits.Default);
        using var package = Guarded(() => FlatOpcPackage.ToZip(xml));
        var size = MarkupScan.Package(package, limits ?? DocumentLimits.Default);
        sized?.Invoke(size);
        return Open(package);
    }

    static DraftDocument Open(MemoryStream package) => Guarded(() =>
    {
        using var memory = StrictPackage.Transitional(package);
        using var doc = WordprocessingDocument.Open(memory, false, Settings);
        return Read(doc);
    });

    static T Guarded<T>(Func<T> read)
    {
        try { return read(); }
        catch (DocumentReadException) { throw; }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        { throw new DocumentReadException("Tệp chứa khai báo DTD trong XML: không được phép vì lý do an toàn.", e); }
        catch (XmlException e) { throw new DocumentReadException("Tệp .docx bị hỏng: nội dung XML không hợp lệ.", e); }
        catch (OpenXmlPackageException e) { throw new DocumentReadException("Tệp .docx bị hỏng hoặc không đúng cấu trúc của văn bản Word.", e); }
        catch (Exception e) when (e is InvalidDataException or IOException or FormatException or InvalidOperationException or ArgumentException or NotSupportedException)
        { throw new DocumentReadException("Không đọc được tệp: tệp bị hỏng hoặc không phải văn bản Word (.docx).", e); }
    }

    static DraftDocument Read(WordprocessingDocument doc)
    {
        var main = doc.MainDocumentPart ?? throw new DocumentReadException("Tệp không có phần nội dung văn bản Word.");
        var body = main.Document?.Body ?? throw new DocumentReadException("Văn bản không có phần thân (body).");
        var formats = new FormatResolver(main);
        var numbering = new NumberingResolver(main);
        var walker = new BodyWalker(formats, numbering);
        walker.Walk(body);
        var notes = NoteReader.Read(main, body, walker.NoteReferences, walker.Paragraphs.Count, first => new BodyWalker(formats, numbering, first));
        return new DraftDocument(walker.Paragraphs, ReadPage(body), walker.Floating, notes);
    }

    /// <summary>Page size and margins of the first section.</summary>
    static PageSetup? ReadPage(Body body)
    {
        var sect = body.Descendants<ParagraphProperties>().Select(p => p.SectionProperties).FirstOrDefault(s => s is not null)
            ?? body.GetFirstChild<SectionProperties>();
        if (sect is null) return null;
        var size = sect.GetFirstChild<PageSize>();
        var margin = sect.GetFirstChild<PageMargin>();
        if (size is null || margin is null) return null;
        static double Mm(double twips) => Math.Round(twips / 1440.0 * 25.4, 1);
        // Strict documents may give sizes with units ("595.30pt"), which the SDK's typed values cannot parse.
        try
        {
            return new PageSetup(Mm(size.Width?.Value ?? 11906), Mm(size.Height?.Value ?? 16838),
            Mm(Math.Abs(margin.Top?.Value ?? 0)), Mm(Math.Abs(margin.Bottom?.Value ?? 0)), Mm(margin.Left?.Value ?? 0), Mm(margin.Right?.Value ?? 0));
        }
        catch (FormatException) { return null; }
    }

    /// <summary>Walks the body once, in document order, turning each w:p into a <see cref="DraftParagraph"/>.</summary>
    internal sealed class BodyWalker(FormatResolver formats, NumberingResolver numbering, int firstIndex = 0)
    {
        public List<DraftParagraph> Paragraphs { get; } = [];
        /// <summary>The footnote and endnote references met, in reading order, each with the paragraph that holds it.</summary>
        public List<NoteReference> NoteReferences { get; } = [];
        public List<string> Floating { get; } = [];
        readonly HashSet<string> _floatingSeen = new(StringComparer.Ordinal);
        int _tables;

        public void Walk(OpenXmlElement container, TableCellPosition? cell = null)
        {
            foreach (var child in container.ChildElements)
            {
                switch (child)
                {
                    case Paragraph p: Add(p, cell); break;
                    case Table t: WalkTable(t); break;
                    case SectionProperties: break;
                    default: Walk(child, cell); break;
                }
            }
        }

        void WalkTable(Table table)
        {
            var index = _tables++;
            var row = 0;
            foreach (var r in Own<TableRow>(table))
            {
                var column = 0;
                foreach (var c in Own<TableCell>(r)) Walk(c, new TableCellPosition(index, row, column++));
                row++;
            }
        }

        /// <summary>Rows of a table (cells of a row), also those wrapped in content controls or custom XML; not those of nested tables.</summary>
        static IEnumerable<T> Own<T>(OpenXmlElement parent) where T : OpenXmlElement
        {
            foreach (var child in parent.ChildElements)
            {
                if (child is T t) yield return t;
                else if (child is not (Table or Paragraph or TableProperties or TableGrid or TableRowProperties or TableCellProperties))
                    foreach (var inner in Own<T>(child)) yield return inner;
            }
        }

        void Add(Paragraph p, TableCellPosition? cell)
        {
            var paraProps = formats.Paragraph(p);
            var runDefaults = formats.ParagraphRun(p);
            var runs = new List<DraftRun>();
            var text = new StringBuilder();
            new RunTextReader(formats, runDefaults, runs, text, this).Read(p);

            var displayed = VietnameseText.Normalize(text.ToString());
            var styleId = formats.EffectiveParagraphStyle(p);
            var list = numbering.HasDefinitions && !IsEmptyMark(p, displayed) ? numbering.Next(paraProps.Numbering, paraProps.NumberingStyleId) : null;
            Paragraphs.Add(new DraftParagraph
            {
                Index = firstIndex + Paragraphs.Count,
                Text = displayed,
                Runs = runs,
                StyleId = styleId,
                StyleName = formats.StyleName(styleId),
                Alignment = Alignment(paraProps.Justification),
                FirstLineIndentPt = paraProps.FirstLinePt,
                OutlineLevel = paraProps.OutlineLevel,
                List = list,
                Cell = cell,
            });
        }

        /// <summary>A note's reference mark, met in the paragraph being read (the next one to be added).</summary>
        public void AddNoteReference(NoteKind kind, long id, string? customMark) =>
            NoteReferences.Add(new NoteReference(kind, id, firstIndex + Paragraphs.Count, customMark));

        /// <summary>A paragraph whose mark is deleted as a tracked change and which has no text left is not numbered.</summary>
        static bool IsEmptyMark(Paragraph p, string text) =>
            text.Length == 0 && p.ParagraphProperties?.ParagraphMarkRunProperties?.GetFirstChild<Deleted>() is not null;

        /// <summary>
        /// The paragraphs of a text box, each read once: a box within this one is read when its paragraph's runs are,
        /// so that boxes nested in boxes cost their size and not their depth times it.
        /// </summary>
        public void AddFloating(OpenXmlElement textBox)
        {
            foreach (var p in Outermost<Paragraph>(textBox))
            {
                var sb = new StringBuilder();
                new RunTextReader(formats, FormatResolver.RunProps.Empty, [], sb, this).Read(p);
                var t = VietnameseText.Normalize(sb.ToString()).Trim();
                if (t.Length > 0 && _floatingSeen.Add(t)) Floating.Add(t);
            }
        }

        static ParagraphAlignment Alignment(JustificationValues? j) =>
            j is null ? ParagraphAlignment.Left :
            j == JustificationValues.Center ? ParagraphAlignment.Center :
            j == JustificationValues.Right || j == JustificationValues.End ? ParagraphAlignment.Right :
            j == JustificationValues.Both || j == JustificationValues.Distribute ? ParagraphAlignment.Justify :
            ParagraphAlignment.Left;
    }

    /// <summary>
    /// The elements of type <typeparamref name="T"/> (named <paramref name="localName"/> when given) under
    /// <paramref name="root"/> that are not inside another such element, nor inside a text box of their own.
    /// </summary>
    internal static IEnumerable<T> Outermost<T>(OpenXmlElement root, string? localName = null) where T : OpenXmlElement
    {
        var pending = new Stack<OpenXmlElement>(root.ChildElements.Reverse());
        while (pending.TryPop(out var element))
        {
            if (element is T match && (localName is null || element.LocalName == localName)) yield return match;
            else if (element.LocalName != "txbxContent")
                foreach (var child in element.ChildElements.Reverse()) pending.Push(child);
        }
    }

    /// <summary>The displayed text of one paragraph: insertions kept, deletions dropped, field results shown, codes hidden.</summary>
    sealed class RunTextReader(FormatResolver formats, FormatResolver.RunProps paragraphRun, List<DraftRun> runs, StringBuilder text, BodyWalker? walker)
    {
        /// <summary>One entry per open field: true once its result part (after "separate") has begun.</summary>
        readonly Stack<bool> _fields = new();
        /// <summary>Open fields still in their code part: counted, so that a run of nested fields costs no more than a flat one.</summary>
        int _inCode;

        bool InFieldCode => _inCode > 0;

        const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

        public void Read(Paragraph p) => Visit(p);

        void Visit(OpenXmlElement element)
        {
            foreach (var child in element.ChildElements)
            {
                switch (child)
                {
                    case ParagraphProperties or DeletedRun or MoveFromRun or Deleted or ProofError or BookmarkStart or BookmarkEnd: break;
                    case Run r: ReadRun(r); break;
                    // Containers the SDK no longer knows (w:smartTag of old Word) hold runs it cannot type: read them as runs.
                    case OpenXmlUnknownElement u when u.LocalName == "r" && u.NamespaceUri == WordNamespace: ReadRun(new Run(u.OuterXml)); break;
                    case DocumentFormat.OpenXml.Math.Text m when !InFieldCode: Append(m.Text, RunFormat.Plain); break;
                    default:
                        if (child.LocalName is "txbxContent") { walker?.AddFloating(child); break; }
                        Visit(child);
                        break;
                }
            }
        }

        void ReadRun(Run r)
        {
            var format = formats.Run(paragraphRun, r);
            var sb = new StringBuilder();
            foreach (var c in r.ChildElements)
            {
                switch (c)
                {
                    case FieldChar fc:
                        var kind = fc.FieldCharType?.Value;
                        if (kind == FieldCharValues.Begin) { _fields.Push(false); _inCode++; }
                        else if (kind == FieldCharValues.Separate && _fields.TryPeek(out var showing) && !showing) { _fields.Pop(); _fields.Push(true); _inCode--; }
                        else if (kind == FieldCharValues.End && _fields.TryPop(out var wasShowing) && !wasShowing) _inCode--;
                        break;
                    case WText t when !InFieldCode: sb.Append(t.Text); break;
                    case TabChar or PositionalTab when !InFieldCode: sb.Append('\t'); break;
                    case Break or CarriageReturn when !InFieldCode: sb.Append('\n'); break;
                    case NoBreakHyphen when !InFieldCode: sb.Append('-'); break;
                    case SymbolChar s when !InFieldCode: sb.Append(Symbol(s)); break;
                    case FootnoteReference f when f.Id?.Value is { } id:
                        walker?.AddNoteReference(NoteKind.Footnote, id, f.CustomMarkFollows?.Value == true ? CustomMark(r) : null);
                        break;
                    case EndnoteReference e when e.Id?.Value is { } id:
                        walker?.AddNoteReference(NoteKind.Endnote, id, e.CustomMarkFollows?.Value == true ? CustomMark(r) : null);
                        break;
                    case Drawing or Picture or AlternateContent or EmbeddedObject:
                        // A text box appears twice (DrawingML choice, VML fallback) or only in one of them: duplicates are dropped by text.
                        foreach (var box in Outermost<OpenXmlElement>(c, "txbxContent"))
                            walker?.AddFloating(box);
                        break;
                }
            }
            Append(sb.ToString(), format);
        }

        /// <summary>A custom note mark is the text its run shows after the reference ("*").</summary>
        static string CustomMark(Run r) => string.Concat(r.Elements<WText>().Select(t => t.Text)).Trim() is { Length: > 0 } mark ? mark : "*";

        void Append(string s, RunFormat format)
        {
            if (s.Length == 0) return;
            text.Append(s);
            runs.Add(new DraftRun(VietnameseText.Normalize(s), format));
        }

        /// <summary>A symbol-font character: bullets and dashes become what they look like.</summary>
        static string Symbol(SymbolChar s)
        {
            if (s.Char?.Value is not { } hex || !int.TryParse(hex, System.Globalization.NumberStyles.HexNumber, null, out var code)) return "";
            var low = code & 0xFF;
            return low switch { 0x2D => "-", 0x2B => "+", 0xB7 or 0xA7 or 0xD8 or 0xFC => "•", _ => low >= 0x20 && low < 0x7F ? ((char)low).ToString() : "•" };
        }
    }
}
