using WordHelper.Core.Documents;
using WordHelper.Core.Reports;
using WordHelper.Core.Rules;
using WordHelper.Core.Tests.Rules;
using WordHelper.Testing;

namespace WordHelper.Core.Tests.Documents;

/// <summary>Footnotes and endnotes are read as their own story, checked like the body, and findings in them name the note.</summary>
public class NoteTests
{
    static readonly Checker Checker = new(clock: new FixedClock(new DateOnly(2026, 11, 22)));

    static DocxBuilder Report() => DocxBuilder.Create()
        .Paragraph("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG")
        .Paragraph("Số: 15/BC-UBND")
        .Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        .Paragraph("Độc lập - Tự do - Hạnh phúc")
        .Paragraph("Lâm Đồng, ngày 10 tháng 3 năm 2026")
        .Paragraph("BÁO CÁO")
        .Paragraph("Kết quả cải cách hành chính quý I năm 2026");

    [Fact]
    public void Notes_are_read_in_reference_order_after_the_body_and_numbered_as_Word_shows_them()
    {
        var document = Report()
            .Noted("Tỉnh đã ban hành kế hoạch", ["Kế hoạch số 12/KH-UBND ngày 05/01/2026.", "Đã gửi các sở."], " đúng hạn.")
            .Noted("Các sở đã báo cáo", ["Báo cáo số 3/BC-SNV ngày 20/02/2026."])
            .Noted("Xem thêm", ["Ghi chú cuối văn bản."], endnote: true)
            .Noted("Lưu ý", ["Chú thích có ký hiệu riêng."], customMark: "*")
            .Read().Document;

        var bodyCount = document.Paragraphs.Count;
        Assert.Equal(11, bodyCount);
        Assert.Equal(["1", "2", "i", "*"], document.Notes.Select(n => n.Number));
        Assert.Equal([NoteKind.Footnote, NoteKind.Footnote, NoteKind.Endnote, NoteKind.Footnote], document.Notes.Select(n => n.Kind));
        Assert.Equal([7, 8, 9, 10], document.Notes.Select(n => n.ReferenceParagraph));
        Assert.Equal("Tỉnh đã ban hành kế hoạch đúng hạn.", document.Paragraphs[7].Text);
        Assert.Equal(["Kế hoạch số 12/KH-UBND ngày 05/01/2026.", "Đã gửi các sở."], document.Notes[0].Paragraphs.Select(p => p.Text.Trim()));
        Assert.Equal(Enumerable.Range(bodyCount, 5), document.NoteParagraphs.Select(p => p.Index));
        Assert.Same(document.Notes[1], document.NoteAt(bodyCount + 2));
        Assert.Null(document.NoteAt(3));
    }

    [Fact]
    public void A_defect_in_a_footnote_is_reported_at_the_reference_with_the_note_named()
    {
        var document = Report()
            .Noted("Tỉnh đã ban hành kế hoạch", ["Kế hoạch số 12/KH-UBND ngày 05/01/2026 của UBND tỉnh."])
            .Noted("Các sở đã triển khai", ["Công văn số 346/UBND- NC ngày 20/02/2026 của UBND tỉnh."])
            .Read().Document;

        var finding = Assert.Single(Checker.Check(document).Findings, f => f.Rule == "VB-CIT-001");
        Assert.Equal(8, finding.Paragraph);
        Assert.Equal(new NoteLocation(NoteKind.Footnote, "2"), finding.Note);
        Assert.Contains("346/UBND- NC", finding.Message);
        Assert.Null(finding.Fix);
    }

    [Fact]
    public void The_report_carries_the_note_as_the_contract_says_for_findings_and_citations()
    {
        var document = Report()
            .Noted("Các sở đã triển khai", ["Công văn số 346/UBND- NC ngày 20/02/2026 của UBND tỉnh."])
            .Read().Document;

        var report = ReportBuilder.FromResult("bc.docx", Checker.Check(document));
        var json = System.Text.Json.JsonDocument.Parse(ReportJson.Serialize(report)).RootElement;
        var finding = json.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule").GetString() == "VB-CIT-001");
        Assert.Equal(7, finding.GetProperty("paragraph").GetInt32());
        Assert.Equal("footnote", finding.GetProperty("note").GetProperty("kind").GetString());
        Assert.Equal(1, finding.GetProperty("note").GetProperty("number").GetInt32());
        var cited = json.GetProperty("citations").EnumerateArray().Single();
        Assert.Equal(7, cited.GetProperty("paragraph").GetInt32());
        Assert.Equal("footnote", cited.GetProperty("note").GetProperty("kind").GetString());
        // The parts of the document (signature, Nơi nhận) are the body's: what is missing there is never "in the note".
        Assert.All(json.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("category").GetString() is "structure" or "recipients"),
            f => Assert.False(f.TryGetProperty("note", out _)));
    }

    [Fact]
    public void An_endnote_number_in_roman_figures_stays_text_in_the_report()
    {
        var document = Report()
            .Noted("Các sở đã triển khai", ["Công văn số 346/UBND- NC ngày 20/02/2026 của UBND tỉnh."], endnote: true)
            .Read().Document;

        var report = ReportBuilder.FromResult("bc.docx", Checker.Check(document));
        var note = Assert.Single(report.Findings!, f => f.Rule == "VB-CIT-001").Note;
        Assert.Equal(new NoteReport("endnote", "i"), note);
    }

    [Fact]
    public void Merged_provinces_named_in_a_note_that_tells_how_things_were_before_the_merger_are_history()
    {
        var document = Report()
            .Noted("Kết quả xây dựng thể chế", ["Trước sáp nhập tỉnh:", "- UBND tỉnh Đắk Nông đã ban hành 23 quyết định;", "Sau sáp nhập tỉnh: UBND tỉnh đã ban hành 42 quyết định."])
            .Noted("Kết quả kiểm tra", ["Ủy ban nhân dân tỉnh Bình Thuận ban hành Kế hoạch số 62/KH-UBND ngày 23/01/2025 về theo dõi thi hành pháp luật."])
            .Paragraph("Giao UBND tỉnh Bình Thuận chủ trì tổng hợp số liệu quý II.")
            .Read().Document;

        var agency = Checker.Check(document).Findings.Where(f => f.Rule == "VB-AGN-003").ToList();
        var only = Assert.Single(agency);
        Assert.Null(only.Note);
        Assert.Equal(9, only.Paragraph);
    }

    [Fact]
    public void An_appendix_without_a_date_of_its_own_is_judged_on_the_date_of_the_document_it_goes_with()
    {
        var document = DraftDocument.FromLines(
            "Phụ lục I",
            "DANH MỤC VĂN BẢN",
            "(Kèm theo Quyết định số 45/QĐ-UBND",
            "ngày 05 tháng 3 năm 2020 của Ủy ban nhân dân tỉnh)",
            "1. Sở Kế hoạch và Đầu tư chủ trì.");

        Assert.DoesNotContain(Checker.Check(document).Findings, f => f.Category == RuleCategory.Agency);
        var context = new CheckContext(document, Checker.Pack, Checker.Registry, new DateOnly(2026, 11, 22));
        Assert.Equal(new DraftDate(2020, 3, 5), context.EffectiveDate);
    }
}
