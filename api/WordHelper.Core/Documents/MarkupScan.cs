using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace WordHelper.Core.Documents;

/// <summary>
/// One streaming pass over the markup of a package before the Open XML SDK builds its tree. That tree, and the walks
/// over it, recurse once a level, and its memory grows with the markup; this pass is iterative and linear, and
/// refuses what no draft holds: nesting deeper than <see cref="DocumentLimits.MaxDepth"/>, more paragraphs, table
/// cells, characters, elements or bytes of markup than the budget, and DTDs.
/// </summary>
static class MarkupScan
{
    const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>
    /// Every part of a .docx that begins as XML, whatever its name or declared content type — the SDK opens parts by
    /// relationship, and XML is what it parses — its bytes counted as they are inflated (a declared size may lie). A
    /// part that does not begin as XML (a picture, a font) is left alone: any XML parser stops at its first byte.
    /// </summary>
    public static MarkupSize Package(MemoryStream package, DocumentLimits limits)
    {
        var tally = new Tally(limits);
        using (var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true))
            foreach (var entry in zip.Entries) ScanPart(entry, tally);
        package.Position = 0;
        return tally.Size;
    }

    /// <summary>
    /// One part, counted to its last byte even when its XML breaks off: a damaged part is the SDK's to judge (it may
    /// never be read), but its size is not free.
    /// </summary>
    static void ScanPart(ZipArchiveEntry entry, Tally tally)
    {
        try
        {
            using var part = new CountedStream(entry.Open(), tally);
            if (!LooksLikeXml(part.Peek(4))) return;
            try { Scan(XmlReader.Create(part, Settings), tally); }
            catch (XmlException e) when (!IsDtd(e)) { }
            part.CopyTo(Stream.Null);
        }
        catch (InvalidDataException) { }
    }

    /// <summary>
    /// Whether bytes may begin an XML document: a byte-order mark, "&lt;" in UTF-8 or UTF-16, or white space before
    /// the root element.
    /// </summary>
    internal static bool LooksLikeXml(ReadOnlySpan<byte> start) => start switch
    {
        [0xEF, 0xBB, 0xBF, ..] or [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] => true,
        [(byte)'<', ..] or [0, (byte)'<', ..] => true,
        [(byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n', ..] => true,
        _ => false,
    };

    /// <summary>The flat-OPC package of Word's getOoxml, where a damaged part is a damaged request.</summary>
    public static MarkupSize FlatOpc(string xml, DocumentLimits limits)
    {
        var tally = new Tally(limits);
        tally.Bytes(xml.Length);
        try { Scan(XmlReader.Create(new StringReader(xml), Settings), tally); }
        catch (XmlException e) when (!IsDtd(e)) { throw new DocumentReadException("Gói văn bản (Flat OPC) không phải XML hợp lệ.", e); }
        return tally.Size;
    }

    /// <summary>The input stays open after a parse error, so that the rest of a part can still be counted.</summary>
    static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = false,
    };

    internal static bool IsDtd(XmlException e) => e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase);

    internal static DocumentReadException Dtd(XmlException e) => new("Tệp chứa khai báo DTD trong XML: không được phép vì lý do an toàn.", e);

    static void Scan(XmlReader reader, Tally tally)
    {
        using (reader)
        {
            try
            {
                var word = reader.NameTable.Add(WordNamespace);
                var inText = false;
                while (reader.Read())
                {
                    switch (reader.NodeType)
                    {
                        case XmlNodeType.Element:
                            tally.Element(reader.Depth);
                            if (!ReferenceEquals(reader.NamespaceURI, word)) break;
                            switch (reader.LocalName)
                            {
                                case "p": tally.Paragraph(); break;
                                case "tc": tally.Cell(); break;
                                case "t": inText = !reader.IsEmptyElement; break;
                            }
                            break;
                        case XmlNodeType.EndElement:
                            inText = false;
                            break;
                        case XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA when inText:
                            tally.Characters(reader.Value.Length);
                            break;
                    }
                }
            }
            catch (XmlException e) when (IsDtd(e)) { throw Dtd(e); }
        }
    }

    /// <summary>What the package has shown so far, against the limits.</summary>
    sealed class Tally(DocumentLimits limits)
    {
        long _elements, _characters, _bytes;
        int _paragraphs, _cells;

        public MarkupSize Size => new(_elements, _paragraphs, _characters, _bytes);

        public void Element(int depth)
        {
            if (depth >= limits.MaxDepth)
                throw new DocumentReadException(
                    $"Văn bản có các thành phần lồng nhau quá sâu (trên {Count(limits.MaxDepth)} cấp): không phải cấu trúc của một văn bản Word thông thường, nên không được kiểm tra.",
                    reason: ReadFailure.TooDeep);
            if (++_elements > limits.MaxElements)
                throw OverBudget($"hơn {Count(limits.MaxElements)} thành phần định dạng");
        }

        public void Paragraph()
        {
            if (++_paragraphs > limits.MaxParagraphs) throw OverBudget($"hơn {Count(limits.MaxParagraphs)} đoạn văn");
        }

        public void Cell()
        {
            if (++_cells > limits.MaxTableCells) throw OverBudget($"hơn {Count(limits.MaxTableCells)} ô bảng");
        }

        public void Characters(int count)
        {
            if ((_characters += count) > limits.MaxCharacters) throw OverBudget($"hơn {Count(limits.MaxCharacters)} ký tự");
        }

        public void Bytes(long count)
        {
            if ((_bytes += count) > limits.MaxMarkupBytes) throw OverBudget($"hơn {limits.MaxMarkupBytes / 1024 / 1024} MB nội dung XML");
        }

        static DocumentReadException OverBudget(string what) => new(
            $"Văn bản quá lớn để kiểm tra ({what}). Hãy tách văn bản, chẳng hạn để các phụ lục thành tệp riêng, rồi kiểm tra từng phần.",
            reason: ReadFailure.OverBudget);

        static string Count(long n) => n.ToString("N0", Vietnamese);
    }

    /// <summary>A part's inflated bytes, added to the tally as they are read; its first bytes may be looked at first.</summary>
    sealed class CountedStream(Stream inner, Tally tally) : Stream
    {
        byte[] _peeked = [];
        int _replayed;

        /// <summary>The first bytes of the part, which the next reads return again.</summary>
        public ReadOnlySpan<byte> Peek(int count)
        {
            var buffer = new byte[count];
            _peeked = buffer[..Counted(inner.ReadAtLeast(buffer, count, throwOnEndOfStream: false))];
            return _peeked;
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_replayed < _peeked.Length)
            {
                var replay = Math.Min(buffer.Length, _peeked.Length - _replayed);
                _peeked.AsSpan(_replayed, replay).CopyTo(buffer);
                _replayed += replay;
                return replay;
            }
            return Counted(inner.Read(buffer));
        }

        int Counted(int read)
        {
            tally.Bytes(read);
            return read;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
