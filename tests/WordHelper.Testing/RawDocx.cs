using System.IO.Compression;
using System.Text;

namespace WordHelper.Testing;

/// <summary>
/// Packages written as text, for documents no SDK would build: markup nested a hundred thousand levels deep, parts of
/// any size. The body (and any extra part) is given as WordprocessingML; the namespaces below are declared on the root.
/// </summary>
public static class RawDocx
{
    const string Namespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " +
        "xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\" " +
        "xmlns:v=\"urn:schemas-microsoft-com:vml\" " +
        "xmlns:x=\"urn:example:unknown\"";

    const string ContentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
        "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>" +
        "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>" +
        "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>" +
        "</Types>";

    const string PackageRelationships =
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>" +
        "</Relationships>";

    const string DocumentRelationships =
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>" +
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>" +
        "</Relationships>";

    /// <summary>A paragraph of plain text.</summary>
    public static string Paragraph(string text) => $"<w:p><w:r><w:t xml:space=\"preserve\">{System.Security.SecurityElement.Escape(text)}</w:t></w:r></w:p>";

    /// <summary><paramref name="inner"/> wrapped <paramref name="depth"/> times in <paramref name="open"/> … <paramref name="close"/>.</summary>
    public static string Nested(string open, string close, int depth, string inner)
    {
        var xml = new StringBuilder((open.Length + close.Length) * depth + inner.Length);
        for (var i = 0; i < depth; i++) xml.Append(open);
        xml.Append(inner);
        for (var i = 0; i < depth; i++) xml.Append(close);
        return xml.ToString();
    }

    public static string Document(string body) =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document {Namespaces}><w:body>{body}</w:body></w:document>";

    public static string Numbering(string numbering) =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering {Namespaces}>{numbering}</w:numbering>";

    public static string Styles(string styles) =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles {Namespaces}>{styles}</w:styles>";

    /// <summary>
    /// A .docx whose document part holds <paramref name="body"/>, with <paramref name="styles"/> and
    /// <paramref name="numbering"/> as the content of its style and numbering parts.
    /// </summary>
    public static byte[] Docx(string body, string styles = "", string numbering = "")
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", ContentTypes);
            Write(zip, "_rels/.rels", PackageRelationships);
            Write(zip, "word/_rels/document.xml.rels", DocumentRelationships);
            Write(zip, "word/document.xml", Document(body));
            Write(zip, "word/styles.xml", Styles(styles));
            Write(zip, "word/numbering.xml", Numbering(numbering));
        }
        return stream.ToArray();
    }

    /// <summary>The same package as flat OPC, as Word's body.getOoxml() gives it.</summary>
    public static string FlatOpc(string body, string styles = "")
    {
        static string Part(string name, string type, string xml) =>
            $"<pkg:part pkg:name=\"{name}\" pkg:contentType=\"{type}\"><pkg:xmlData>{xml[(xml.IndexOf("?>", StringComparison.Ordinal) + 2)..]}</pkg:xmlData></pkg:part>";
        return "<?xml version=\"1.0\" standalone=\"yes\"?><pkg:package xmlns:pkg=\"http://schemas.microsoft.com/office/2006/xmlPackage\">" +
            Part("/_rels/.rels", "application/vnd.openxmlformats-package.relationships+xml", "?>" + PackageRelationships) +
            Part("/word/_rels/document.xml.rels", "application/vnd.openxmlformats-package.relationships+xml", "?>" + DocumentRelationships) +
            Part("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", Document(body)) +
            Part("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml", Styles(styles)) +
            Part("/word/numbering.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml", Numbering("")) +
            "</pkg:package>";
    }

    /// <summary>
    /// A package whose main part is not named .xml ("word/body.bin"): [Content_Types].xml and the package
    /// relationships make it the document all the same; a harmless word/document.xml stands beside it.
    /// </summary>
    public static byte[] DocxWithMainPartAt(string body, string partName = "word/body.bin", string contentTypesName = "[Content_Types].xml",
        string mainType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, contentTypesName, ContentTypes.Replace("</Types>", $"<Override PartName=\"/{partName}\" ContentType=\"{mainType}\"/></Types>"));
            Write(zip, "_rels/.rels", PackageRelationships.Replace("word/document.xml", partName));
            Write(zip, "word/document.xml", Document(Paragraph("Trang bìa")));
            Write(zip, partName, Document(body));
        }
        return stream.ToArray();
    }

    /// <summary>Flat OPC whose document part comes as pkg:binaryData (base64), as Word writes pictures.</summary>
    public static string FlatOpcWithBinaryDocument(string body)
    {
        var flat = FlatOpc(Paragraph("Trang bìa"));
        var start = flat.IndexOf("<pkg:part pkg:name=\"/word/document.xml\"", StringComparison.Ordinal);
        var end = flat.IndexOf("</pkg:part>", start, StringComparison.Ordinal) + "</pkg:part>".Length;
        var binary = "<pkg:part pkg:name=\"/word/document.xml\" pkg:contentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\">" +
            $"<pkg:binaryData>{Convert.ToBase64String(Encoding.UTF8.GetBytes(Document(body)))}</pkg:binaryData></pkg:part>";
        return flat[..start] + binary + flat[end..];
    }

    /// <summary>A copy of <paramref name="docx"/> whose part <paramref name="name"/> is replaced by <paramref name="content"/> bytes.</summary>
    public static byte[] WithPart(byte[] docx, string name, byte[] content)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(name)?.Delete();
            using var part = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
            part.Write(content);
        }
        return stream.ToArray();
    }

    /// <summary>A copy of <paramref name="docx"/> whose compressed data of part <paramref name="name"/> is overwritten with 0xFF bytes.</summary>
    public static byte[] WithCorruptPart(byte[] docx, string name)
    {
        var bytes = (byte[])docx.Clone();
        var wanted = Encoding.UTF8.GetBytes(name);
        for (var at = 0; at + 30 < bytes.Length; at++)
        {
            if (BitConverter.ToUInt32(bytes, at) != 0x04034b50) continue; // a local file header
            var nameLength = BitConverter.ToUInt16(bytes, at + 26);
            var extraLength = BitConverter.ToUInt16(bytes, at + 28);
            if (!bytes.AsSpan(at + 30, nameLength).SequenceEqual(wanted)) continue;
            var compressed = BitConverter.ToInt32(bytes, at + 18);
            bytes.AsSpan(at + 30 + nameLength + extraLength, compressed).Fill(0xFF);
            return bytes;
        }
        throw new ArgumentException($"no part {name}");
    }

    static void Write(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
