using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using WordHelper.Core.Documents;
using WordHelper.Testing;

namespace WordHelper.Core.Tests.Documents;

/// <summary>Every bad input gets a clear Vietnamese message, never a crash, a hang or unbounded memory.</summary>
public class BadInputTests
{
    static DocumentReadException Refused(byte[] bytes) => Assert.Throws<DocumentReadException>(() => DocxReader.Read(new MemoryStream(bytes)));

    static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
            {
                using var e = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                e.Write(content);
            }
        return stream.ToArray();
    }

    [Fact]
    public void An_empty_file() => Assert.Contains("rỗng", Refused([]).Message);

    [Fact]
    public void Not_a_zip() => Assert.Contains("không phải văn bản Word", Refused(Encoding.UTF8.GetBytes("Đây là văn bản thường, không phải .docx")).Message);

    [Fact]
    public void A_password_protected_or_binary_doc_file()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];
        var message = Refused(ole).Message;
        Assert.Contains("mật khẩu", message);
        Assert.Contains(".doc", message);
    }

    [Fact]
    public void A_zip_without_a_Word_document() =>
        Assert.Contains("word/document.xml", Refused(Zip(("xl/workbook.xml", "<workbook/>"u8.ToArray()))).Message);

    [Fact]
    public void A_zip_bomb_is_refused_before_inflating()
    {
        var bomb = Zip(("word/document.xml", new byte[40 * 1024 * 1024]));
        Assert.True(bomb.Length < 1024 * 1024);
        Assert.Contains("giải nén", Refused(bomb).Message);
    }

    [Fact]
    public void A_truncated_package() =>
        Assert.IsType<DocumentReadException>(Refused(DocxBuilder.FromLines("Kế hoạch")[..200]));

    [Fact]
    public void A_DTD_inside_the_document_part()
    {
        var bytes = DocxBuilder.FromLines("Kế hoạch");
        using var stream = new MemoryStream();
        stream.Write(bytes);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("word/document.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
            entry.Delete();
            xml = xml.Replace("<w:document", "<!DOCTYPE lol [<!ENTITY a \"aaaaaaaaaa\">]><w:document");
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write(xml);
        }
        Assert.Contains("DTD", Refused(stream.ToArray()).Message);
    }

    [Fact]
    public void Flat_OPC_that_is_not_XML_has_a_DTD_or_is_empty()
    {
        Assert.Contains("XML", Assert.Throws<DocumentReadException>(() => DocxReader.ReadFlatOpc("<pkg:package><w:body>")).Message);
        Assert.Contains("DTD", Assert.Throws<DocumentReadException>(() => DocxReader.ReadFlatOpc("<!DOCTYPE x [<!ENTITY e \"x\">]><x>&e;</x>")).Message);
        Assert.Contains("rỗng", Assert.Throws<DocumentReadException>(() => DocxReader.ReadFlatOpc("  ")).Message);
    }

    [Fact]
    public void Flat_OPC_without_a_document() =>
        Assert.IsType<DocumentReadException>(Assert.Throws<DocumentReadException>(() =>
            DocxReader.ReadFlatOpc("<?xml version=\"1.0\"?><pkg:package xmlns:pkg=\"http://schemas.microsoft.com/office/2006/xmlPackage\"></pkg:package>")));

    [Fact]
    public void A_missing_file() => Assert.Contains("Không tìm thấy", Assert.Throws<DocumentReadException>(() => DocxReader.Read("/không/có/tệp.docx")).Message);

    [Theory]
    [InlineData("_rels/.rels")]
    [InlineData("word/document.xml")]
    [InlineData("[Content_Types].xml")]
    public void A_part_whose_compressed_data_is_broken(string part) =>
        Assert.Equal(ReadFailure.Unreadable, Refused(RawDocx.WithCorruptPart(RawDocx.Docx(RawDocx.Paragraph("Kế hoạch")), part)).Reason);
}
