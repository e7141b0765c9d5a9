using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordHelper.Core.Documents;
using WordHelper.Testing;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace WordHelper.Core.Tests.Documents;

public class DocxReaderTests
{
    static Run R(string text) => DocxBuilder.Run(text);

    [Fact]
    public void Tracked_insertions_are_kept_and_deletions_dropped()
    {
        var p = new Paragraph(R("Kế hoạch "), new InsertedRun(R("năm 2024")) { Id = "1", Author = "A" },
            new DeletedRun(new Run(new DeletedText("năm 2023"))) { Id = "2", Author = "A" });
        var doc = DocxBuilder.Create().Element(p).Read();
        Assert.Equal("Kế hoạch năm 2024", doc.Texts[0]);
    }

    [Fact]
    public void Fields_show_their_result_not_their_code()
    {
        var p = new Paragraph(R("Trang "),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }), new Run(new FieldCode(" PAGE ")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }), R("3"),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
            new SimpleField(R("Lạng Sơn")) { Instruction = "DOCPROPERTY Place" });
        Assert.Equal("Trang 3Lạng Sơn", DocxBuilder.Create().Element(p).Read().Texts[0]);
    }

    [Fact]
    public void Breaks_tabs_hyperlinks_and_odd_spaces_read_as_displayed()
    {
        var p = new Paragraph(R("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), new Run(new Break()), R("Độc lập - Tự do - Hạnh phúc"),
            new Run(new TabChar()), new Hyperlink(R("Cổng\u00A0TTĐT")) { Id = "rId9" }, new Run(new NoBreakHyphen()), R("x"));
        Assert.Equal("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\tCổng TTĐT-x", DocxBuilder.Create().Element(p).Read().Texts[0]);
    }

    [Fact]
    public void Decomposed_Vietnamese_is_normalised_to_NFC()
    {
        var decomposed = "Kê\u0301 hoa\u0323ch";
        var text = DocxBuilder.Create().Paragraph(decomposed).Read().Texts[0];
        Assert.Equal("Kế hoạch", text);
        Assert.True(text.IsNormalized(System.Text.NormalizationForm.FormC));
    }

    [Fact]
    public void Table_cells_come_in_document_order_with_their_position()
    {
        var doc = DocxBuilder.Create().Paragraph("trước")
            .Table(["UBND TỈNH", "CỘNG HÒA"], ["Số: 01/KH-UBND", "Lạng Sơn, ngày 05 tháng 3 năm 2023"])
            .Paragraph("sau").Read();
        Assert.Equal(["trước", "UBND TỈNH", "CỘNG HÒA", "Số: 01/KH-UBND", "Lạng Sơn, ngày 05 tháng 3 năm 2023", "sau"], doc.Texts);
        var cells = doc.Document.Paragraphs.Select(p => p.Cell).ToList();
        Assert.Null(cells[0]);
        Assert.Equal(new TableCellPosition(0, 1, 0), cells[3]);
        Assert.Equal(new TableCellPosition(0, 1, 1), cells[4]);
        Assert.Equal([0, 1, 2, 3, 4, 5], doc.Document.Paragraphs.Select(p => p.Index));
    }

    [Fact]
    public void Nested_tables_and_content_controls_keep_document_order()
    {
        var inner = new Table(new TableRow(new TableCell(new Paragraph(R("trong")))));
        var outer = new Table(new TableRow(new TableCell(new Paragraph(R("ngoài")), inner, new Paragraph(R("cuối ô")))));
        var sdt = new SdtBlock(new SdtProperties(new Tag { Val = "reg:1791-qd-ttg" }), new SdtContentBlock(new Paragraph(R("Quyết định số 1791/QĐ-TTg"))));
        var doc = DocxBuilder.Create().Element(outer).Element(sdt).Read();
        Assert.Equal(["ngoài", "trong", "cuối ô", "Quyết định số 1791/QĐ-TTg"], doc.Texts);
        Assert.Equal(1, doc.Document.Paragraphs[1].Cell!.Table);
    }

    [Fact]
    public void Text_boxes_are_not_body_paragraphs_but_their_text_is_kept()
    {
        var box = new TextBoxContent(new Paragraph(R("V/v tập trung triển khai thực hiện")));
        var pict = new Picture(new DocumentFormat.OpenXml.Vml.Shape(new DocumentFormat.OpenXml.Vml.TextBox(box)));
        var doc = DocxBuilder.Create().Paragraph("Số: 12/UBND-VX").Element(new Paragraph(new Run(pict))).Paragraph("Kính gửi: Sở Y tế").Read();
        Assert.Equal(["Số: 12/UBND-VX", "", "Kính gửi: Sở Y tế"], doc.Texts);
        Assert.Equal(["V/v tập trung triển khai thực hiện"], doc.Document.FloatingText);
    }

    [Fact]
    public void Formatting_follows_defaults_styles_and_direct_properties()
    {
        var heading = new Style(new StyleName { Val = "Tiêu đề" }, new StyleRunProperties(new Bold(), new FontSize { Val = "28" }))
            { Type = StyleValues.Paragraph, StyleId = "TieuDe" };
        var child = new Style(new StyleName { Val = "Tiêu đề con" }, new BasedOn { Val = "TieuDe" }, new StyleRunProperties(new Italic()))
            { Type = StyleValues.Paragraph, StyleId = "TieuDeCon" };
        var plainRun = new Run(new RunProperties(new Bold { Val = false }), new WText("thường"));
        var doc = DocxBuilder.Create().DefaultRun("Times New Roman", 26).Style(heading).Style(child)
            .Paragraph("Nội dung").Paragraph("MỤC ĐÍCH", style: "TieuDeCon").Element(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TieuDe" }), plainRun))
            .Read().Document.Paragraphs;

        Assert.Equal(new RunFormat("Times New Roman", 13, false, false, false), doc[0].Runs[0].Format);
        Assert.Equal(new RunFormat("Times New Roman", 14, true, true, false), doc[1].Runs[0].Format);
        Assert.Equal("Tiêu đề con", doc[1].StyleName);
        Assert.False(doc[2].Runs[0].Format.Bold);
    }

    [Fact]
    public void Page_margins_are_read_in_millimetres()
    {
        var page = DocxBuilder.Create().Margins(1134, 1134, 1701, 851).Paragraph("x").Read().Document.Page!;
        Assert.Equal(20, page.TopMm);
        Assert.Equal(30, page.LeftMm);
        Assert.Equal(15, page.RightMm);
        Assert.Equal(210, page.WidthMm);
    }

    [Fact]
    public void Flat_OPC_from_getOoxml_reads_like_the_package()
    {
        var bytes = DocxBuilder.Create().Paragraph("KẾ HOẠCH", bold: true).Table(["a", "b"]).Read();
        using var doc = WordprocessingDocument.Open(new MemoryStream(DocxBuilder.Create().Paragraph("KẾ HOẠCH", bold: true).Table(["a", "b"]).ToBytes()), false);
        var flat = DocxReader.ReadFlatOpc(doc.ToFlatOpcString());
        Assert.Equal(bytes.Texts, flat.Paragraphs.Select(p => p.Text));
        Assert.True(flat.Paragraphs[0].IsBold);
    }

    [Fact]
    public void The_corpus_plan_reads_as_Word_shows_it()
    {
        var doc = DocxReader.Read(Path.Combine(AppContext.BaseDirectory, "assets", "corpus", "p-c001.docx"));
        var ps = doc.Paragraphs;
        Assert.Equal(71, ps.Count);
        Assert.Equal("Số: 45/KH-SLĐTBXH", ps[2].Text);
        Assert.Equal("I. MỤC ĐÍCH, YÊU CẦU", ps[10].Text);
        Assert.True(ps[6].IsBold);
        Assert.Equal("KẾ HOẠCH", ps[6].Text);
        Assert.Equal(new TableCellPosition(0, 0, 1), ps[3].Cell);
        Assert.Equal("Times New Roman", ps[16].Runs[0].Format.Font);
        Assert.Equal(11, ps[60].Runs[0].Format.SizePt);
    }
}
