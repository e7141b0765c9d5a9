using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using WordHelper.Core.Documents;
using WordHelper.Core.RollForward;
using WordHelper.Core.Tests.Rules;
using WordHelper.Testing;

namespace WordHelper.Core.Tests.RollForward;

/// <summary>
/// Last year's plan rolled forward: the period's references move as tracked changes by WordHelper, what is not the
/// period's never does, doubts become comments, and the runs keep their formatting.
/// </summary>
public class RollForwarderTests
{
    static readonly RollForwarder Forwarder = new(clock: new FixedClock(new DateOnly(2026, 1, 5)));

    static RollResult Roll(byte[] docx, string to, DateOnly? date = null) => Forwarder.Roll(docx, new RollOptions(RollTarget.Parse(to), date));

    /// <summary>The text as Word shows it with every change accepted (the reader keeps insertions and drops deletions).</summary>
    static List<string> Accepted(RollResult result) => DocxReader.Read(new MemoryStream(result.Docx)).Paragraphs.Select(p => p.Text).ToList();

    static readonly string[] Plan =
    [
        "ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "Số: 12/KH-UBND", "Lâm Đồng, ngày 15 tháng 01 năm 2025",
        "KẾ HOẠCH", "Tuyên truyền, phổ biến pháp luật năm 2025",
        "Căn cứ Nghị quyết số 27-NQ/TW ngày 9/11/2022 của Ban Chấp hành Trung ương;",
        "Thực hiện Công văn số 45/STP-PBGDPL ngày 10/01/2025 của Sở Tư pháp về triển khai công tác năm 2025;",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Tổ chức Hội thi tìm hiểu pháp luật lần thứ 7 trong quý III/2025; hoàn thành trước ngày 15/12/2025.",
        "Kế thừa kết quả giai đoạn 2021 - 2025 và của năm 2020.",
        "Sở Lao động - Thương binh và Xã hội phối hợp tổ chức.",
        "Nơi nhận:", "- Sở Tư pháp;", "- Lưu: VT, NC.",
    ];

    [Fact]
    public void The_period_moves_and_what_is_not_the_periods_stays()
    {
        var result = Roll(DocxBuilder.FromLines(Plan), "2026");
        var text = Accepted(result);
        Assert.Equal("năm 2025", result.From);
        Assert.Equal("Tuyên truyền, phổ biến pháp luật năm 2026", text[5]);
        Assert.Equal("Tổ chức Hội thi tìm hiểu pháp luật lần thứ 8 trong quý III/2026; hoàn thành trước ngày 15/12/2026.", text[9]);
        // Another document's date, a range, a year of history: never changed.
        Assert.Equal(Plan[6], text[6]);
        Assert.Equal(Plan[10], text[10]);
        // Last year's instruction is cited as it was (with a comment asking for this year's).
        Assert.Equal(Plan[7], text[7]);
        Assert.Equal("Số:       /KH-UBND", text[2]);
        Assert.Matches(@"^Lâm Đồng, ngày\s+tháng 01 năm 2026$", text[3]);
        Assert.Equal(1, result.Summary["ordinal"]);
        Assert.Equal(1, result.Summary["schedule"]);
        Assert.Contains(result.Changes, c => c is { Kind: "period", Paragraph: 5, Before: "2025", After: "2026" });
    }

    [Fact]
    public void Every_change_is_tracked_by_WordHelper_and_doubts_are_comments()
    {
        var result = Roll(DocxBuilder.FromLines(Plan), "2026");
        using var document = WordprocessingDocument.Open(new MemoryStream(result.Docx), false);
        var body = document.MainDocumentPart!.Document.Body!;
        var inserted = body.Descendants<InsertedRun>().ToList();
        Assert.Equal(result.Changes.Count, inserted.Count);
        Assert.All(inserted, c => Assert.Equal("WordHelper", c.Author!.Value));
        Assert.All(body.Descendants<DeletedRun>(), c => Assert.Equal("WordHelper", c.Author!.Value));
        var comments = document.MainDocumentPart.WordprocessingCommentsPart!.Comments!.Elements<Comment>().Select(c => c.InnerText).ToList();
        Assert.Contains(comments, c => c.Contains("kỳ trước") && c.Contains("10/01/2025"));
        Assert.Contains(comments, c => c.Contains("Sở Lao động - Thương binh và Xã hội không còn"));
        Assert.Equal(comments.Count, result.Comments.Count);
        Assert.Empty(new OpenXmlValidator().Validate(document));
    }

    [Fact]
    public void A_run_split_by_a_change_keeps_its_formatting()
    {
        var builder = DocxBuilder.Create().Paragraph("KẾ HOẠCH").Paragraph("Tổ chức hội nghị năm 2025");
        var paragraph = new Paragraph(DocxBuilder.Run("Kinh phí năm ", bold: true), new Run(new RunProperties(new Italic()), new DocumentFormat.OpenXml.Wordprocessing.Text("2025 do ngân sách") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }));
        var result = Roll(builder.Element(paragraph).ToBytes(), "2026");
        using var document = WordprocessingDocument.Open(new MemoryStream(result.Docx), false);
        var rolled = document.MainDocumentPart!.Document.Body!.Elements<Paragraph>().Last();
        var inserted = Assert.Single(rolled.Descendants<InsertedRun>()).GetFirstChild<Run>()!;
        Assert.Equal("2026", inserted.InnerText);
        Assert.NotNull(inserted.RunProperties?.Italic);
        var after = rolled.Elements<Run>().Last();
        Assert.Equal(" do ngân sách", after.InnerText);
        Assert.NotNull(after.RunProperties?.Italic);
        Assert.Equal("Kinh phí năm ", rolled.Elements<Run>().First().InnerText);
        Assert.NotNull(rolled.Elements<Run>().First().RunProperties?.Bold);
    }

    [Theory]
    [InlineData("2025", "Hoàn thành trước ngày 29/02/2024.", "Hoàn thành trước ngày 28/02/2025.")]
    [InlineData("2025-02", "Báo cáo tháng 01/2025: số liệu tính đến ngày 31/01/2025.", "Báo cáo tháng 02/2025: số liệu tính đến ngày 28/02/2025.")]
    [InlineData("2025-04", "Báo cáo tháng 3/2025: số liệu tính đến ngày 31/3/2025.", "Báo cáo tháng 4/2025: số liệu tính đến ngày 30/4/2025.")]
    public void A_day_the_new_month_lacks_becomes_its_last(string to, string line, string expected)
    {
        var from = to.Length == 4 ? "Tổ chức hội nghị năm 2024" : line;
        var result = Roll(DocxBuilder.FromLines("KẾ HOẠCH", from, line), to);
        Assert.Equal(expected, Accepted(result)[2]);
        if (expected.Contains("28/02") || expected.Contains("30/4")) Assert.Contains(result.Comments, c => c.Text.Contains("ngày cuối tháng"));
    }

    [Fact]
    public void A_monthly_report_counts_its_months_on()
    {
        var result = Roll(DocxBuilder.FromLines("BÁO CÁO", "Kết quả tháng 8/2025", "Lũy kế 8 tháng đầu năm 2025 đạt 60%; cả năm 2025 phấn đấu 90%."), "2025-09");
        Assert.Equal("Lũy kế 9 tháng đầu năm 2025 đạt 60%; cả năm 2025 phấn đấu 90%.", Accepted(result)[2]);
    }

    [Theory]
    [InlineData("lần thứ VII", "lần thứ VIII")]
    [InlineData("lần thứ bảy", "lần thứ tám")]
    [InlineData("lần thứ ba", "lần thứ tư")]
    [InlineData("lần thứ 9", "lần thứ 10")]
    public void Ordinals_count_on_in_the_documents_own_style(string written, string expected)
    {
        var result = Roll(DocxBuilder.FromLines("KẾ HOẠCH", "Tổ chức Đại hội năm 2025", $"Tổ chức Hội thao {written} năm 2025."), "2026");
        Assert.Equal($"Tổ chức Hội thao {expected} năm 2026.", Accepted(result)[2]);
    }

    [Fact]
    public void A_retired_unit_with_one_successor_of_its_kind_is_replaced_and_history_is_left_alone()
    {
        var result = Roll(DocxBuilder.FromLines("KẾ HOẠCH", "Đầu tư công năm 2024",
            "Sở Kế hoạch và Đầu tư chủ trì thẩm định.", "Số liệu của Sở Kế hoạch và Đầu tư (cũ) được kế thừa.", "Tỉnh Bình Thuận phối hợp."), "2025");
        var text = Accepted(result);
        Assert.Equal("Sở Tài chính chủ trì thẩm định.", text[2]);
        Assert.Equal("Số liệu của Sở Kế hoạch và Đầu tư (cũ) được kế thừa.", text[3]);
        Assert.Equal("Tỉnh Bình Thuận phối hợp.", text[4]);
        Assert.Contains(result.Comments, c => c.Text.Contains("Sở Kế hoạch và Đầu tư không còn"));
    }

    [Fact]
    public void The_date_line_takes_a_given_date()
    {
        var result = Roll(DocxBuilder.FromLines(Plan), "2026", new DateOnly(2026, 1, 15));
        Assert.Equal("Lâm Đồng, ngày 15 tháng 01 năm 2026", Accepted(result)[3]);
    }

    [Fact]
    public void A_document_without_a_period_is_refused_in_Vietnamese()
    {
        var error = Assert.Throws<RollForwardException>(() => Roll(DocxBuilder.FromLines("KẾ HOẠCH", "Tổ chức hội nghị"), "2025-10"));
        Assert.Contains("tháng 8/2025", error.Message);
        Assert.Throws<RollForwardException>(() => RollTarget.Parse("2025-13"));
        Assert.Throws<RollForwardException>(() => RollTarget.Parse("năm sau"));
    }

    [Fact]
    public void A_monthly_report_rolled_to_the_next_month_updates_what_its_office_updated()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "assets", "rollforward", "monthly-bcd-lamdong-de-an-06-2025-thang08-to-thang09");
        var older = File.ReadAllBytes(Path.Combine(folder, "older.docx"));
        var result = Roll(older, "2025-09");
        Assert.Equal("tháng 8/2025", result.From);
        var rolled = string.Join("\n", Accepted(result));
        var newer = string.Join("\n", DocxReader.Read(Path.Combine(folder, "newer.docx")).Paragraphs.Select(p => p.Text));
        foreach (var reference in new[] { "Lâm Đồng tháng 9/2025", "Trong tháng 9/2025", "Tính đến ngày 15/9/2025", "Trong tháng 10/2025", "Đề án 06 trên địa bàn tỉnh Lâm Đồng tháng 9/2025 và" })
        {
            Assert.Contains(reference, newer);
            Assert.Contains(reference, rolled);
        }
        Assert.DoesNotContain("tháng 8/2025", rolled);
        // Documents cited keep their dates; the history of the series keeps its own.
        Assert.Contains("Quyết định số 06/QĐ-TTg ngày 06/01/2022", rolled);
        Assert.Contains("từ ngày 01/3/2025 đến nay", rolled);
        // Last month's figures are the office's to replace: highlighted, and said once a paragraph.
        Assert.Contains(result.Comments, c => c.Text.Contains("cập nhật số liệu kỳ này"));
        using var document = WordprocessingDocument.Open(new MemoryStream(result.Docx), false);
        using var input = WordprocessingDocument.Open(new MemoryStream(older), false);
        Assert.Equal(new OpenXmlValidator().Validate(input).Count(), new OpenXmlValidator().Validate(document).Count());
    }
}
