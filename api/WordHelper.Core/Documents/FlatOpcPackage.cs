using System.IO.Compression;
using System.Security;
using System.Text;
using System.Xml;

namespace WordHelper.Core.Documents;

/// <summary>
/// Turns the flat-OPC package of Word's getOoxml (one XML document holding every part) into the zip package the reader
/// opens, one part at a time. The SDK's own conversion first builds an XML tree of the whole package, which takes
/// more memory than the document tree built from it.
/// </summary>
static class FlatOpcPackage
{
    const string PackageNamespace = "http://schemas.microsoft.com/office/2006/xmlPackage";
    const string RelationshipsType = "application/vnd.openxmlformats-package.relationships+xml";
    const string ContentTypesPart = "[Content_Types].xml";

    static readonly XmlReaderSettings ReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    static readonly XmlWriterSettings WriterSettings = new() { Encoding = new UTF8Encoding(false), CloseOutput = false };

    /// <summary>The parts as a zip package, stored uncompressed: it lives in memory only until the reader has opened it.</summary>
    public static MemoryStream ToZip(string xml)
    {
        try { return Convert(xml); }
        catch (XmlException e) when (MarkupScan.IsDtd(e)) { throw MarkupScan.Dtd(e); }
        catch (XmlException e) { throw new DocumentReadException("Gói văn bản (Flat OPC) không phải XML hợp lệ.", e); }
    }

    static MemoryStream Convert(string xml)
    {
        var package = new MemoryStream();
        var types = new List<(string Name, string Type)>();
        using (var zip = new ZipArchive(package, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var reader = XmlReader.Create(new StringReader(xml), ReaderSettings);
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "part" || reader.NamespaceURI != PackageNamespace) continue;
                var name = reader.GetAttribute("name", PackageNamespace);
                var type = reader.GetAttribute("contentType", PackageNamespace);
                if (name is not ['/', _, ..] || type is null) throw Broken();
                // The content types are this conversion's to write, from the parts themselves.
                if (name.Equals("/" + ContentTypesPart, StringComparison.OrdinalIgnoreCase)) continue;
                if (types.Count == PackageGuard.MaxEntries)
                    throw new DocumentReadException("Gói văn bản (Flat OPC) chứa quá nhiều thành phần: không phải một văn bản Word thông thường.", reason: ReadFailure.OverBudget);
                types.Add((name, type));
                using var part = zip.CreateEntry(name[1..], CompressionLevel.NoCompression).Open();
                using var content = reader.ReadSubtree();
                CopyContent(content, part);
            }
            if (types.Count == 0) throw Broken();
            using var typesPart = new StreamWriter(zip.CreateEntry(ContentTypesPart, CompressionLevel.NoCompression).Open(), new UTF8Encoding(false));
            typesPart.Write(ContentTypes(types));
        }
        package.Position = 0;
        return package;
    }

    /// <summary>A part's xmlData (its one root element, copied as it streams by) or binaryData (base64).</summary>
    static void CopyContent(XmlReader part, Stream target)
    {
        while (part.Read())
        {
            if (part.NodeType != XmlNodeType.Element || part.NamespaceURI != PackageNamespace) continue;
            if (part.LocalName == "xmlData")
            {
                while (part.Read() && part.NodeType != XmlNodeType.Element) { }
                if (part.NodeType != XmlNodeType.Element) return;
                using var writer = XmlWriter.Create(target, WriterSettings);
                writer.WriteNode(part, defattr: true);
                return;
            }
            if (part.LocalName == "binaryData")
            {
                var buffer = new byte[16 * 1024];
                int read;
                while ((read = part.ReadElementContentAsBase64(buffer, 0, buffer.Length)) > 0) target.Write(buffer, 0, read);
                return;
            }
        }
    }

    static string ContentTypes(IEnumerable<(string Name, string Type)> parts)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
        xml.Append($"<Default Extension=\"rels\" ContentType=\"{RelationshipsType}\"/>");
        foreach (var (name, type) in parts.Where(p => p.Type != RelationshipsType))
            xml.Append($"<Override PartName=\"{SecurityElement.Escape(name)}\" ContentType=\"{SecurityElement.Escape(type)}\"/>");
        return xml.Append("</Types>").ToString();
    }

    static DocumentReadException Broken() => new("Gói văn bản (Flat OPC) không đúng cấu trúc: thiếu các phần (pkg:part) của văn bản Word.");
}
