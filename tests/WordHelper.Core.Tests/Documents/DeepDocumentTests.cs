using WordHelper.Core.Documents;
using WordHelper.Testing;

namespace WordHelper.Core.Tests.Documents;

/// <summary>
/// Markup nested far deeper than any document is refused before anything recurses over it, in every way markup can
/// nest and in every part; up to the limit, documents read as usual.
/// </summary>
public class DeepDocumentTests
{
    const int Hostile = 100_000;

    static void AssertTooDeep(Action read)
    {
        var refused = Assert.Throws<DocumentReadException>(read);
        Assert.Equal(ReadFailure.TooDeep, refused.Reason);
        Assert.Contains("lồng nhau quá sâu", refused.Message);
    }

    [Theory]
    [MemberData(nameof(DeepMarkup.Theory), MemberType = typeof(DeepMarkup))]
    public void A_package_nested_a_hundred_thousand_levels_deep_is_refused(Nesting kind) =>
        AssertTooDeep(() => DocxReader.Read(new MemoryStream(RawDocx.Docx(DeepMarkup.Body(kind, Hostile)))));

    [Theory]
    [MemberData(nameof(DeepMarkup.Theory), MemberType = typeof(DeepMarkup))]
    public void Flat_OPC_nested_a_hundred_thousand_levels_deep_is_refused(Nesting kind) =>
        AssertTooDeep(() => DocxReader.ReadFlatOpc(RawDocx.FlatOpc(DeepMarkup.Body(kind, Hostile))));

    [Fact]
    public void Deep_markup_in_a_part_other_than_the_body_is_refused()
    {
        var body = RawDocx.Paragraph(DeepMarkup.Text);
        AssertTooDeep(() => DocxReader.Read(new MemoryStream(RawDocx.Docx(body, DeepMarkup.DeepStyle(Hostile)))));
        AssertTooDeep(() => DocxReader.ReadFlatOpc(RawDocx.FlatOpc(body, DeepMarkup.DeepStyle(Hostile))));
    }

    [Theory]
    [MemberData(nameof(DeepMarkup.Theory), MemberType = typeof(DeepMarkup))]
    public void Nesting_up_to_the_limit_is_read_as_usual(Nesting kind)
    {
        var body = DeepMarkup.Body(kind, DeepMarkup.LevelsWithin(kind, DocumentLimits.Default.MaxDepth));
        foreach (var draft in new[] { DocxReader.Read(new MemoryStream(RawDocx.Docx(body))), DocxReader.ReadFlatOpc(RawDocx.FlatOpc(body)) })
        {
            var text = string.Join("\n", draft.Paragraphs.Select(p => p.Text).Concat(draft.FloatingText));
            if (kind.ShowsText) Assert.Contains(DeepMarkup.Text, text);
        }
    }

    [Fact]
    public void The_limit_is_the_depth_of_elements_counted_from_the_root()
    {
        var limits = DocumentLimits.Default with { MaxDepth = 40 };
        var customXml = DeepMarkup.Kinds.Single(k => k.Name == "custom XML");
        // document (depth 0), body (1), 35 levels (2–36), p, r, t (37–39): forty levels, the limit; one more is refused.
        Assert.Single(DocxReader.Read(new MemoryStream(RawDocx.Docx(DeepMarkup.Body(customXml, 35))), limits).Paragraphs);
        AssertTooDeep(() => DocxReader.Read(new MemoryStream(RawDocx.Docx(DeepMarkup.Body(customXml, 36))), limits));
    }

    [Fact]
    public void Fields_nested_in_one_paragraph_show_only_their_result()
    {
        const int fields = 20_000;
        var begin = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>REF mã</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>";
        var end = "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
        var body = "<w:p>" + RawDocx.Nested(begin, end, fields, $"<w:r><w:t>{DeepMarkup.Text}</w:t></w:r>") + "</w:p>";

        Assert.Equal(DeepMarkup.Text, Assert.Single(DocxReader.Read(new MemoryStream(RawDocx.Docx(body))).Paragraphs).Text);
    }

    [Fact]
    public void A_style_chain_thousands_long_reads_and_keeps_the_nearest_formatting()
    {
        const int styles = 5_000;
        var chain = string.Concat(Enumerable.Range(0, styles).Select(i =>
            $"<w:style w:type=\"paragraph\" w:styleId=\"S{i}\"><w:name w:val=\"S{i}\"/>{(i > 0 ? $"<w:basedOn w:val=\"S{i - 1}\"/>" : "")}" +
            $"<w:rPr><w:sz w:val=\"{(i == styles - 1 ? 28 : 24)}\"/></w:rPr></w:style>"));
        var body = string.Concat(Enumerable.Range(0, styles).Select(i => $"<w:p><w:pPr><w:pStyle w:val=\"S{i}\"/></w:pPr><w:r><w:t>Đoạn {i}</w:t></w:r></w:p>"));

        var draft = DocxReader.Read(new MemoryStream(RawDocx.Docx(body, chain)));

        Assert.Equal(styles, draft.Paragraphs.Count);
        Assert.Equal(14, draft.Paragraphs[^1].Runs[0].Format.SizePt);
        Assert.Equal(12, draft.Paragraphs[^2].Runs[0].Format.SizePt);
    }

    [Theory]
    [InlineData("[Content_Types].xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")]
    [InlineData("[content_types].xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")]
    [InlineData("[Content_Types].xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml ;a=b")]
    public void A_part_that_begins_as_XML_is_scanned_whatever_its_name_and_declared_type(string contentTypesName, string mainType) =>
        AssertTooDeep(() => DocxReader.Read(new MemoryStream(RawDocx.DocxWithMainPartAt(DeepMarkup.Body(DeepMarkup.Kinds[0], Hostile), contentTypesName: contentTypesName, mainType: mainType))));

    [Fact]
    public void A_main_part_under_another_name_is_read_as_usual_within_the_limit()
    {
        var kind = DeepMarkup.Kinds[0];
        var body = DeepMarkup.Body(kind, DeepMarkup.LevelsWithin(kind, DocumentLimits.Default.MaxDepth));
        Assert.Contains(DocxReader.Read(new MemoryStream(RawDocx.DocxWithMainPartAt(body))).Paragraphs, p => p.Text == DeepMarkup.Text);
    }

    [Fact]
    public void A_document_part_sent_as_binary_data_in_flat_OPC_is_scanned_once_decoded()
    {
        var kind = DeepMarkup.Kinds[0];
        AssertTooDeep(() => DocxReader.ReadFlatOpc(RawDocx.FlatOpcWithBinaryDocument(DeepMarkup.Body(kind, 1_000))));
        Assert.Contains(DocxReader.ReadFlatOpc(RawDocx.FlatOpcWithBinaryDocument(RawDocx.Paragraph(DeepMarkup.Text))).Paragraphs, p => p.Text == DeepMarkup.Text);
    }
}
