using System.IO.Compression;
using System.Text;

namespace WordHelper.Core.Documents;

/// <summary>
/// Strict Open XML (ISO/IEC 29500 Strict, "Lưu dạng Strict Open XML" in Word) uses other namespace names for the same
/// markup. The SDK reads only the transitional names, so a strict package is rewritten to them before it is opened.
/// </summary>
static class StrictPackage
{
    static readonly (string Strict, string Transitional)[] Namespaces =
    [
        ("http://purl.oclc.org/ooxml/wordprocessingml/main", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
        ("http://purl.oclc.org/ooxml/officeDocument/relationships", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
        ("http://purl.oclc.org/ooxml/drawingml/main", "http://schemas.openxmlformats.org/drawingml/2006/main"),
        ("http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"),
        ("http://purl.oclc.org/ooxml/drawingml/picture", "http://schemas.openxmlformats.org/drawingml/2006/picture"),
        ("http://purl.oclc.org/ooxml/officeDocument/math", "http://schemas.openxmlformats.org/officeDocument/2006/math"),
        ("http://purl.oclc.org/ooxml/officeDocument/sharedTypes", "http://schemas.openxmlformats.org/officeDocument/2006/sharedTypes"),
        ("http://purl.oclc.org/ooxml/officeDocument/extendedProperties", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"),
        ("http://purl.oclc.org/ooxml/officeDocument/customProperties", "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"),
        ("http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes", "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"),
    ];

    const string StrictMarker = "http://purl.oclc.org/ooxml/";

    /// <summary>The package as is, or rewritten to transitional names when it is strict.</summary>
    public static MemoryStream Transitional(MemoryStream package)
    {
        using (var probe = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true))
        {
            var rels = probe.GetEntry("_rels/.rels");
            if (rels is null || !ReadStart(rels).Contains(StrictMarker, StringComparison.Ordinal))
            {
                package.Position = 0;
                return package;
            }
        }
        package.Position = 0;
        var result = new MemoryStream();
        using (var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true))
        using (var target = new ZipArchive(result, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var output = target.CreateEntry(entry.FullName, CompressionLevel.Fastest).Open();
                // Parts that begin as XML are rewritten (the markup scan has bounded their size); the rest pass as they are.
                using var input = entry.Open();
                var start = new byte[4];
                var read = input.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
                if (MarkupScan.LooksLikeXml(start.AsSpan(0, read)))
                {
                    using var rest = new MemoryStream();
                    rest.Write(start, 0, read);
                    input.CopyTo(rest);
                    output.Write(Encoding.UTF8.GetBytes(Rewrite(Text(rest.ToArray()))));
                }
                else
                {
                    output.Write(start, 0, read);
                    input.CopyTo(output);
                }
            }
        }
        package.Dispose();
        result.Position = 0;
        return result;
    }

    static string Rewrite(string xml)
    {
        // Relationship types (".../officeDocument/relationships/styles") follow from the namespace prefix.
        foreach (var (strict, transitional) in Namespaces) xml = xml.Replace(strict, transitional, StringComparison.Ordinal);
        return xml;
    }

    /// <summary>The package relationships name the main part's type within their first lines; the rest may be of any size.</summary>
    static string ReadStart(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        var start = new char[64 * 1024];
        return new string(start, 0, reader.ReadBlock(start, 0, start.Length));
    }

    /// <summary>A part's text, in the encoding its byte-order mark names (UTF-8 without one).</summary>
    static string Text(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
