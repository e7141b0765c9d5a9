using WordHelper.Core.Documents;
using WordHelper.Testing;

namespace WordHelper.Core.Tests.Documents;

/// <summary>
/// A document over the budget — paragraphs, table cells, characters, elements, bytes of markup — is refused by name
/// before its tree is built; one just within it is read. Small budgets keep the tests quick; one test uses the default.
/// </summary>
public class DocumentBudgetTests
{
    static readonly DocumentLimits Small = new(MaxDepth: 64, MaxParagraphs: 50, MaxTableCells: 20, MaxCharacters: 1_000, MaxElements: 500, MaxMarkupBytes: 64 * 1024);

    static string ManyParagraphs(int count, string text = "Đoạn") => string.Concat(Enumerable.Repeat(RawDocx.Paragraph(text), count));

    static string Table(int cells) => "<w:tbl><w:tr>" + string.Concat(Enumerable.Repeat("<w:tc><w:p/></w:tc>", cells)) + "</w:tr></w:tbl>";

    static void AssertOverBudget(string body, string what)
    {
        foreach (var read in new Action[]
                 {
                     () => DocxReader.Read(new MemoryStream(RawDocx.Docx(body)), Small),
                     () => DocxReader.ReadFlatOpc(RawDocx.FlatOpc(body), Small),
                 })
        {
            var refused = Assert.Throws<DocumentReadException>(read);
            Assert.Equal(ReadFailure.OverBudget, refused.Reason);
            Assert.Contains(what, refused.Message);
            Assert.Contains("tách văn bản", refused.Message);
        }
    }

    static void AssertRead(string body)
    {
        Assert.NotEmpty(DocxReader.Read(new MemoryStream(RawDocx.Docx(body)), Small).Paragraphs);
        Assert.NotEmpty(DocxReader.ReadFlatOpc(RawDocx.FlatOpc(body), Small).Paragraphs);
    }

    [Fact]
    public void Paragraphs()
    {
        AssertRead(ManyParagraphs(50));
        AssertOverBudget(ManyParagraphs(51), "hơn 50 đoạn văn");
    }

    [Fact]
    public void Table_cells()
    {
        AssertRead(Table(20));
        AssertOverBudget(Table(21), "hơn 20 ô bảng");
    }

    [Fact]
    public void Characters_of_text()
    {
        AssertRead(ManyParagraphs(10, new string('a', 100)));
        AssertOverBudget(ManyParagraphs(10, new string('a', 101)), "hơn 1.000 ký tự");
    }

    [Fact]
    public void Elements_of_any_kind()
    {
        var runs = "<w:p>" + string.Concat(Enumerable.Repeat("<w:r/>", 450)) + "</w:p>";
        AssertRead(runs);
        AssertOverBudget("<w:p>" + string.Concat(Enumerable.Repeat("<w:r/>", 501)) + "</w:p>", "hơn 500 thành phần định dạng");
    }

    [Fact]
    public void Bytes_of_markup_such_as_a_huge_attribute()
    {
        var huge = $"<w:p w:rsidR=\"{new string('A', 70 * 1024)}\"><w:r><w:t>x</w:t></w:r></w:p>";
        AssertOverBudget(huge, "MB nội dung XML");
    }

    [Fact]
    public void The_default_budget_refuses_a_hundred_thousand_paragraphs_by_name()
    {
        var refused = Assert.Throws<DocumentReadException>(() =>
            DocxReader.Read(new MemoryStream(RawDocx.Docx(ManyParagraphs(100_000, DeepMarkup.Text)))));
        Assert.Equal(ReadFailure.OverBudget, refused.Reason);
        Assert.Contains("hơn 20.000 đoạn văn", refused.Message);
    }

    [Fact]
    public void A_hidden_main_part_counts_against_the_budget()
    {
        var refused = Assert.Throws<DocumentReadException>(() => DocxReader.Read(new MemoryStream(RawDocx.DocxWithMainPartAt(ManyParagraphs(60))), Small));
        Assert.Equal(ReadFailure.OverBudget, refused.Reason);
        Assert.Contains("hơn 50 đoạn văn", refused.Message);
    }

    [Fact]
    public void A_part_that_breaks_off_as_XML_still_counts_to_its_last_byte()
    {
        var junk = new byte[80 * 1024];
        "<?xml version=\"1.0\"?><Relationships>"u8.CopyTo(junk); // begins as XML, then breaks off at a NUL byte
        var docx = RawDocx.WithPart(RawDocx.Docx(ManyParagraphs(1)), "_rels/.rels", junk);
        var refused = Assert.Throws<DocumentReadException>(() => DocxReader.Read(new MemoryStream(docx), Small));
        Assert.Equal(ReadFailure.OverBudget, refused.Reason);
        Assert.Contains("MB nội dung XML", refused.Message);
    }

    [Fact]
    public void Flat_OPC_with_more_parts_than_a_package_may_hold()
    {
        var parts = string.Concat(Enumerable.Range(0, 10_001).Select(i =>
            $"<pkg:part pkg:name=\"/customXml/item{i}.bin\" pkg:contentType=\"application/octet-stream\"><pkg:binaryData>AA==</pkg:binaryData></pkg:part>"));
        var flat = RawDocx.FlatOpc(RawDocx.Paragraph("Kế hoạch")).Replace("</pkg:package>", parts + "</pkg:package>");
        Assert.Equal(ReadFailure.OverBudget, Assert.Throws<DocumentReadException>(() => DocxReader.ReadFlatOpc(flat)).Reason);
    }
}
