using DocumentFormat.OpenXml.Wordprocessing;
using WordHelper.Testing;

namespace WordHelper.Core.Tests.Documents;

/// <summary>Word's automatic numbering resolved to the label the reader sees.</summary>
public class NumberingResolverTests
{
    static DocxBuilder Plan() => DocxBuilder.Create()
        .AbstractNumbering(1, ("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)"))
        .Numbering(1, 1);

    [Fact]
    public void Levels_count_and_deeper_levels_restart()
    {
        var doc = Plan()
            .Paragraph("MỤC ĐÍCH", numId: 1, level: 0)
            .Paragraph("Mục đích", numId: 1, level: 1)
            .Paragraph("Yêu cầu", numId: 1, level: 1)
            .Paragraph("Nội dung", numId: 1, level: 2)
            .Paragraph("Thời gian", numId: 1, level: 2)
            .Paragraph("NỘI DUNG", numId: 1, level: 0)
            .Paragraph("Chủ đề", numId: 1, level: 1)
            .Read();
        Assert.Equal(["I.", "1.", "2.", "a)", "b)", "II.", "1."], doc.Labels);
        Assert.Equal("I. MỤC ĐÍCH", doc.Document.Paragraphs[0].DisplayText);
        Assert.Equal("upperRoman", doc.Document.Paragraphs[0].List!.Format);
    }

    [Fact]
    public void Multi_level_text_and_start_values()
    {
        var doc = DocxBuilder.Create()
            .AbstractNumbering(2, [("decimal", "%1.", 3), ("decimal", "%1.%2.", 1)])
            .Numbering(5, 2)
            .Paragraph("Sở Y tế", numId: 5, level: 0)
            .Paragraph("Phòng A", numId: 5, level: 1)
            .Paragraph("Phòng B", numId: 5, level: 1)
            .Paragraph("Sở Tài chính", numId: 5, level: 0)
            .Paragraph("Phòng C", numId: 5, level: 1)
            .Read();
        Assert.Equal(["3.", "3.1.", "3.2.", "4.", "4.1."], doc.Labels);
    }

    [Fact]
    public void Nums_sharing_an_abstract_continue_unless_a_start_override_restarts()
    {
        var doc = DocxBuilder.Create()
            .AbstractNumbering(1, ("decimal", "%1."))
            .Numbering(1, 1).Numbering(2, 1).Numbering(3, 1, restartLevel0At: 1)
            .Paragraph("một", numId: 1).Paragraph("hai", numId: 1)
            .Paragraph("ba", numId: 2)
            .Paragraph("lại một", numId: 3).Paragraph("lại hai", numId: 3)
            .Read();
        Assert.Equal(["1.", "2.", "3.", "1.", "2."], doc.Labels);
    }

    [Fact]
    public void Numbering_can_come_from_the_paragraph_style()
    {
        var style = new Style(new StyleName { Val = "Muc" }, new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = 1 })))
            { Type = StyleValues.Paragraph, StyleId = "Muc" };
        var doc = Plan().Style(style).Paragraph("MỤC ĐÍCH", style: "Muc").Paragraph("thường").Paragraph("NỘI DUNG", style: "Muc").Read();
        Assert.Equal(["I.", "", "II."], doc.Labels);
    }

    [Fact]
    public void Bullets_from_symbol_fonts_read_as_what_they_look_like()
    {
        var doc = DocxBuilder.Create()
            .AbstractNumbering(1, ("bullet", "\uF0B7"), ("bullet", "-"))
            .Numbering(1, 1)
            .Paragraph("chấm", numId: 1, level: 0).Paragraph("gạch", numId: 1, level: 1)
            .Read();
        Assert.Equal(["•", "-"], doc.Labels);
        Assert.Equal("bullet", doc.Document.Paragraphs[0].List!.Format);
    }

    [Fact]
    public void Numbering_id_zero_and_undefined_ids_mean_no_number()
    {
        var doc = Plan().Paragraph("a", numId: 0).Paragraph("b", numId: 42).Paragraph("c", numId: 1).Read();
        Assert.Equal(["", "", "I."], doc.Labels);
    }
}
