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
        "</Types>";

    const string PackageRelationships =
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>" +
        "</Relationships>";

    const string DocumentRelationships =
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>" +
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

    public static string Styles(string styles) =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles {Namespaces}>{styles}</w:styles>";

    /// <summary>A .docx whose document part holds <paramref name="body"/>, with <paramref name="styles"/> as its style part.</summary>
    public static byte[] Docx(string body, string styles = "")
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", ContentTypes);
            Write(zip, "_rels/.rels", PackageRelationships);
            Write(zip, "word/_rels/document.xml.rels", DocumentRelationships);
            Write(zip, "word/document.xml", Document(body));
            Write(zip, "word/styles.xml", Styles(styles));
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
            "</pkg:package>";
    }

    static void Write(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
