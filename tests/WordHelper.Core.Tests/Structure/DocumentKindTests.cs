using DocumentFormat.OpenXml.Wordprocessing;
using WordHelper.Core.Documents;
using WordHelper.Core.RulePack;
using WordHelper.Core.Rules;
using WordHelper.Core.Tests.Rules;
using WordHelper.Testing;

namespace WordHelper.Core.Tests.Structure;

/// <summary>
/// Documents that are not administrative under NĐ 30/2020 — a speech, a conference agenda, a list, a form, a decree,
/// an appendix — are told by their title and required none of an administrative document's parts, while the same text
/// under an administrative type still is; a "DỰ THẢO" stamp is never the document's type, summary or issuer.
/// </summary>
public class DocumentKindTests
{
    static readonly Checker Checker = new(clock: new FixedClock(RuleRun.Today));

    /// <summary>A page with an issuer and a date but no Quốc hiệu, number, Nơi nhận or signature, in narrow margins.</summary>
    static DraftDocument Page(params string[] title) =>
        DocxBuilder.Create().Margins(567, 567, 567, 567)
            .Lines(["ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "Lâm Đồng, ngày 05 tháng 12 năm 2025", .. title,
                "I. MỤC ĐÍCH, YÊU CẦU", "Kính thưa các đồng chí, hôm nay chúng ta tổng kết công tác năm 2025.",
                "II. NỘI DUNG", "Các sở, ngành đã hoàn thành nhiệm vụ được giao."])
            .Read().Document;

    static IReadOnlyList<Finding> PartFindings(DraftDocument d) =>
        Checker.Check(d).Findings.Where(f => f.Rule.StartsWith("VB-STR-") || f.Rule.StartsWith("VB-REC-")
            || f.Rule is "VB-FMT-005" or "VB-FMT-006" or "VB-FMT-007" or "VB-FMT-009" or "VB-FMT-012").ToList();

    [Theory]
    [InlineData("Bài phát biểu", "BÀI PHÁT BIỂU", "Của Chủ tịch UBND tỉnh tại Hội nghị tổng kết năm 2025")]
    [InlineData("Bài phát biểu", "PHÁT BIỂU KHAI MẠC", "Hội nghị tổng kết công tác năm 2025")]
    [InlineData("Bài phát biểu", "DIỄN VĂN", "Kỷ niệm 80 năm Ngày thành lập tỉnh")]
    [InlineData("Bài phát biểu", "THAM LUẬN", "Về công tác cải cách hành chính")]
    [InlineData("Chương trình hội nghị", "CHƯƠNG TRÌNH", "Hội nghị tổng kết công tác năm 2025")]
    [InlineData("Chương trình hội nghị", "CHƯƠNG TRÌNH ĐẠI HỘI", "Đại biểu Hội Nông dân tỉnh lần thứ X")]
    [InlineData("Danh sách", "DANH SÁCH", "Đại biểu dự Hội nghị tổng kết năm 2025")]
    [InlineData("Mẫu, phiếu, đơn", "Mẫu số 01", "PHIẾU ĐĂNG KÝ THAM DỰ")]
    [InlineData("Mẫu, phiếu, đơn", "PHIẾU KHẢO SÁT", "Mức độ hài lòng của người dân")]
    [InlineData("Mẫu, phiếu, đơn", "ĐƠN ĐỀ NGHỊ", "Cấp giấy chứng nhận đủ điều kiện")]
    [InlineData("Mẫu, phiếu, đơn", "ĐƠN YÊU CẦU GIẢI QUYẾT VIỆC DÂN SỰ", "Công nhận thuận tình")]
    [InlineData("Mẫu, phiếu, đơn", "BẢN NHẬN XÉT", "Đảng viên dự bị chuyển sinh hoạt đảng")]
    [InlineData("Mẫu, phiếu, đơn", "BẢN TỰ KIỂM ĐIỂM", "Của đảng viên dự bị")]
    [InlineData("Bảng kiểm", "BẢNG KIỂM", "Thẩm định hồ sơ cấp phép")]
    [InlineData("Phụ lục", "PHỤ LỤC", "(Kèm theo Kế hoạch số 12/KH-UBND ngày 05/12/2025 của UBND tỉnh)")]
    public void A_document_of_another_kind_is_required_no_parts_of_an_administrative_one(string genre, string kind, string title)
    {
        var d = Page(kind, title);
        var header = HeaderRecognizer.Recognize(d, RulePackData.Default);
        Assert.Equal(genre, header.Genre?.Name);
        Assert.Empty(PartFindings(d));
        Assert.Equal(genre, Reports.ReportBuilder.FromResult("x.docx", Checker.Check(d)).Document?.Genre);
    }

    [Theory]
    [InlineData("KẾ HOẠCH", "Tổ chức Hội nghị tổng kết công tác năm 2025")]
    [InlineData("CHƯƠNG TRÌNH", "Công tác năm 2026 của Ủy ban nhân dân tỉnh")]
    [InlineData("CHƯƠNG TRÌNH", "Hành động thực hiện Nghị quyết số 57-NQ/TW")]
    [InlineData("BÁO CÁO THAM LUẬN", "Công tác quản lý khoáng sản")]
    [InlineData("PHIẾU CHUYỂN", "Hồ sơ đề nghị")]
    public void The_same_text_under_an_administrative_type_still_needs_its_parts(string kind, string title)
    {
        var d = Page(kind, title);
        Assert.Null(HeaderRecognizer.Recognize(d, RulePackData.Default).Genre);
        var rules = PartFindings(d).Select(f => f.Rule).ToList();
        Assert.Contains("VB-STR-001", rules);
        Assert.Contains("VB-FMT-007", rules);
    }

    [Fact]
    public void A_charter_issued_with_a_decision_in_a_file_of_its_own_has_the_decisions_parts_but_its_own_articles()
    {
        var charter = DraftDocument.FromLines("ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "ĐIỀU LỆ (SỬA ĐỔI, BỔ SUNG)", "HIỆP HỘI DU LỊCH TỈNH LÂM ĐỒNG",
            "(Kèm theo Quyết định số      /QĐ-UBND ngày     tháng 3 năm 2026 của Chủ tịch Ủy ban nhân dân tỉnh)",
            "Chương I", "QUY ĐỊNH CHUNG", "Điều 1. Tên gọi", "Tên gọi tiếng Việt: Hiệp hội Du lịch tỉnh Lâm Đồng.",
            "Điều 2. Tôn chỉ, mục đích", "Hiệp hội tập hợp các doanh nghiệp du lịch trên địa bàn tỉnh.",
            "Điều 4. Hiệu lực thi hành", "Điều lệ này có hiệu lực theo Quyết định phê duyệt của Chủ tịch Ủy ban nhân dân tỉnh.");
        Assert.Equal("attached", HeaderRecognizer.Recognize(charter, RulePackData.Default).Genre?.Category);
        Assert.Empty(PartFindings(charter));
        // Its articles are read all the same.
        Assert.Contains(Checker.Check(charter).Findings, f => f.Rule == "VB-NUM-001" && f.Message.Contains("Điều 3"));

        // A Điều lệ is never issued alone, even before the line tying it is written; a Quy chế without that line is
        // required its parts.
        string[] untied = [.. charter.Paragraphs.Where(p => !p.Text.StartsWith("(Kèm theo")).Select(p => p.Text)];
        Assert.Equal("attached", HeaderRecognizer.Recognize(DraftDocument.FromLines(untied), RulePackData.Default).Genre?.Category);
        var rules = DraftDocument.FromLines([.. untied.Select(l => l.Replace("ĐIỀU LỆ (SỬA ĐỔI, BỔ SUNG)", "QUY CHẾ"))]);
        Assert.Null(HeaderRecognizer.Recognize(rules, RulePackData.Default).Genre);
        Assert.Contains(PartFindings(rules), f => f.Rule == "VB-STR-004");
    }

    [Fact]
    public void A_work_report_a_person_signs_as_its_writer_needs_no_number_or_authority()
    {
        string[] top = ["PHÒNG VĂN HÓA - XÃ HỘI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "Phù Mỹ Bắc, ngày 25 tháng 6 năm 2026", "BÁO CÁO CÔNG TÁC TUẦN 04 THÁNG 6 NĂM 2026",
            "I. TÌNH HÌNH HOẠT ĐỘNG", "- Hoàn thiện báo cáo cải cách hành chính 6 tháng đầu năm 2026.",
            "Kính báo cáo lãnh đạo Phòng biết và chỉ đạo./."];
        var personal = DraftDocument.FromLines([.. top, "Người báo cáo", "Đặng Văn Minh"]);
        Assert.DoesNotContain(PartFindings(personal), f => f.Severity == Severity.Error || f.Rule == "VB-STR-006");
        // Without the writer's line it is the office's report, unnumbered and unsigned.
        var office = PartFindings(DraftDocument.FromLines([.. top, "Đặng Văn Minh"])).Select(f => f.Rule).ToList();
        Assert.Contains("VB-STR-004", office);
        Assert.Contains("VB-STR-007", office);
        Assert.DoesNotContain("VB-STR-006", office);
    }

    [Fact]
    public void A_students_report_under_a_schools_name_is_not_an_administrative_report() =>
        Assert.DoesNotContain(PartFindings(DraftDocument.FromLines("TRƯỜNG ĐẠI HỌC CÔNG NGHIỆP THỰC PHẨM", "KHOA CÔNG NGHỆ THÔNG TIN",
            "BÁO CÁO THỰC TẬP TỐT NGHIỆP", "Đề tài: Xây dựng ứng dụng quản lý thư viện", "Sinh viên thực hiện: Nguyễn Văn An")),
            f => f.Severity == Severity.Error);

    [Fact]
    public void A_paper_with_a_date_line_but_no_Quoc_hieu_number_or_type_is_required_no_parts()
    {
        var statement = DraftDocument.FromLines("BẢNG TUYÊN BỐ ĐÁP ỨNG YÊU CẦU KỸ THUẬT", "Vĩnh Long, ngày 10 tháng 3 năm 2026",
            "Kính gửi: Viện Công nghệ Viễn thông Sài Gòn", "- Tên nhà thầu: Tập đoàn Bưu chính Viễn thông Việt Nam.",
            "- Tên gói thầu: Phát triển hệ thống thông tin chuyên ngành.");
        Assert.DoesNotContain(PartFindings(statement), f => f.Rule.StartsWith("VB-STR-"));

        // With a Quốc hiệu above it, it is an administrative draft that lacks its other parts.
        var letter = DraftDocument.FromLines(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", .. statement.Paragraphs.Select(p => p.Text)]);
        Assert.Contains(PartFindings(letter), f => f.Rule == "VB-STR-004");
    }

    [Fact]
    public void A_bare_programme_is_an_agenda_when_laid_out_in_time_slots()
    {
        var timed = DocxBuilder.Create().Lines(["ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "Lâm Đồng, ngày 05 tháng 12 năm 2025", "CHƯƠNG TRÌNH"])
            .Table(["7h30 - 8h00", "Đón tiếp đại biểu"], ["8h00 - 8h15", "Tuyên bố lý do, giới thiệu đại biểu"], ["8h15 - 9h00", "Báo cáo tổng kết"])
            .Read().Document;
        Assert.Equal("agenda", HeaderRecognizer.Recognize(timed, RulePackData.Default).Genre?.Category);
        Assert.Empty(PartFindings(timed));

        // A week's work programme lists meetings by the hour too, and is an administrative document.
        var work = DocxBuilder.Create().Lines(["ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "Lâm Đồng, ngày 05 tháng 12 năm 2025", "CHƯƠNG TRÌNH", "Công tác tuần 49 năm 2025"])
            .Table(["7h30", "Chủ tịch họp giao ban"], ["8h00", "Phó Chủ tịch làm việc với Sở Xây dựng"], ["14h00", "Họp Ban Chỉ đạo"])
            .Read().Document;
        Assert.Null(HeaderRecognizer.Recognize(work, RulePackData.Default).Genre);
    }

    [Fact]
    public void A_decree_and_its_appendix_get_no_recipient_or_structure_findings()
    {
        var decree = DraftDocument.FromLines("CHÍNH PHỦ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "Số: 30/2020/NĐ-CP", "Hà Nội, ngày 05 tháng 3 năm 2020", "NGHỊ ĐỊNH", "Về công tác văn thư",
            "Điều 1. Phạm vi điều chỉnh", "Nghị định này quy định về công tác văn thư.", "Nơi nhận:", "- Các bộ, cơ quan ngang bộ,",
            "TM. CHÍNH PHỦ", "THỦ TƯỚNG", "Nguyễn Xuân Phúc");
        Assert.Equal("normative", HeaderRecognizer.Recognize(decree, RulePackData.Default).Genre?.Category);
        Assert.Empty(PartFindings(decree));
        // The same decree issued as a decision is an administrative document: its Nơi nhận lacks the "Lưu" line.
        var decision = DraftDocument.FromLines([.. decree.Paragraphs.Select(p => p.Text == "NGHỊ ĐỊNH" ? "QUYẾT ĐỊNH" : p.Text.Replace("NĐ-CP", "QĐ-TTg"))]);
        Assert.Contains(PartFindings(decision), f => f.Rule == "VB-REC-003");
    }

    static DraftDocument Plan(DocxBuilder top) =>
        top.Lines(["KẾ HOẠCH", "Cải cách hành chính năm 2026", "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao chất lượng phục vụ."]).Read().Document;

    [Theory]
    [InlineData("DỰ THẢO", true)]
    [InlineData("(Dự thảo)", true)]
    [InlineData("Dự thảo lần 2", true)]
    [InlineData("DỰ THẢO LẦN THỨ HAI", true)]
    [InlineData("Dự thảo 3", true)]
    [InlineData("Dự thảo Quyết định phê duyệt Đề án", false)]
    [InlineData("Góp ý dự thảo", false)]
    public void A_draft_stamp_is_the_stamp_words_alone(string line, bool stamp) =>
        Assert.Equal(stamp, DocumentKindRecognizer.IsDraftStamp(line, RulePackData.Default));

    [Fact]
    public void A_draft_stamp_in_a_paragraph_is_not_the_issuer_or_the_summary()
    {
        var above = Plan(DocxBuilder.Create().Lines(["DỰ THẢO", "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "Số: 12/KH-UBND"]));
        var h = HeaderRecognizer.Recognize(above, RulePackData.Default);
        Assert.Equal(("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "KẾ HOẠCH", "Cải cách hành chính năm 2026"), (h.Issuer, h.Kind, h.Title));
        Assert.Null(h.ParentIssuer);

        var under = DocxBuilder.Create().Lines(["ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "Số: 12/KH-UBND", "KẾ HOẠCH", "Dự thảo lần 2",
            "Cải cách hành chính năm 2026", "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao chất lượng phục vụ."]).Read().Document;
        h = HeaderRecognizer.Recognize(under, RulePackData.Default);
        Assert.Equal(("KẾ HOẠCH", "Cải cách hành chính năm 2026"), (h.Kind, h.Title));
        Assert.Null(h.Genre);
        Assert.DoesNotContain(Checker.Check(under).Findings, f => f.Excerpt.Contains("thảo", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_draft_stamp_in_a_table_cell_or_a_text_box_is_not_the_issuer()
    {
        var cell = Plan(DocxBuilder.Create().Table(["ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "(DỰ THẢO 2)"], ["Số: 12/KH-UBND", "Lâm Đồng, ngày 05 tháng 12 năm 2025"]));
        var h = HeaderRecognizer.Recognize(cell, RulePackData.Default);
        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", h.Issuer);
        Assert.DoesNotContain(Checker.Check(cell).Findings, f => f.Excerpt.Contains("THẢO", StringComparison.Ordinal));

        // The box is written twice, as DrawingML and as its VML fallback: it is read once and reported on never.
        Picture Box() => new(new DocumentFormat.OpenXml.Vml.Shape(new DocumentFormat.OpenXml.Vml.TextBox(
            new TextBoxContent(new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("DỰ THẢO"))))))); 
        var boxed = Plan(DocxBuilder.Create().Element(new Paragraph(new Run(Box()), new Run(Box())))
            .Lines(["ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "Số: 12/KH-UBND"]));
        Assert.Equal(["DỰ THẢO"], boxed.FloatingText);
        h = HeaderRecognizer.Recognize(boxed, RulePackData.Default);
        Assert.Equal(("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "KẾ HOẠCH", "12/KH-UBND"), (h.Issuer, h.Kind, h.Number));
        Assert.DoesNotContain(Checker.Check(boxed).Findings, f => f.Excerpt.Contains("THẢO", StringComparison.Ordinal));
    }

    [Fact]
    public void A_blank_template_naming_its_issuer_by_a_placeholder_is_a_form()
    {
        var template = DraftDocument.FromLines("TÊN TỔ CHỨC (1)", "Số: ......./...(2)", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc", "ĐỀ NGHỊ CẤP GIẤY CHỨNG NHẬN (3)", "Kính gửi: (4)", "Tên tổ chức: ……",
            "Ghi chú: (1) Tên tổ chức đề nghị; (2) Ký hiệu, số văn bản.");
        Assert.Equal("form", Checker.Check(template).Header.Genre?.Category);
        Assert.DoesNotContain(Checker.Check(template).Findings, f => f.Severity == Severity.Error);
    }

    [Fact]
    public void An_invitation_to_a_meeting_is_a_Giay_moi()
    {
        var invitation = DraftDocument.FromLines("ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI", "Số:      /GM-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc", "Lào Cai, ngày      tháng 6 năm 2026", "GIẤY MỜI HỌP", "Về tình hình triển khai các cụm công nghiệp");
        Assert.Equal("Giấy mời", Checker.Check(invitation).Header.Type?.Name);
    }
}
