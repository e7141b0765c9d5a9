using WordHelper.Core.Documents;
using WordHelper.Core.RulePack;
using WordHelper.Testing;
using static WordHelper.Core.Tests.Rules.RuleRun;

namespace WordHelper.Core.Tests.Rules.Format;

/// <summary>The fixed formulas of a document: closing mark, doubled words, "QUYẾT ĐỊNH:", the motto and the paper.</summary>
public class FormulaRuleTests
{
    static string[] Plan(string lastLine, params string[] body) =>
        ["UBND TỈNH LẠNG SƠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 12/KH-UBND",
         "Lạng Sơn, ngày 05 tháng 3 năm 2026", "KẾ HOẠCH", "Tổ chức hội nghị", .. body, lastLine,
         "Nơi nhận:", "- Sở Nội vụ;", "- Lưu: VT, NC.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn A"];

    static DraftDocument Read(params string[] lines) => DocxBuilder.Create().Lines(lines).Read().Document;

    [Theory]
    [InlineData("Các đơn vị triển khai thực hiện.//.", ".//.")]
    [InlineData("Các đơn vị triển khai thực hiện../.", "../.")]
    [InlineData("Các đơn vị triển khai thực hiện/.", "/.")]
    [InlineData("Các đơn vị triển khai thực hiện./", "./")]
    [InlineData("Các đơn vị triển khai thực hiện. /.", ". /.")]
    [InlineData("Các đơn vị triển khai thực hiện./ .", "./ .")]
    public void A_mistyped_closing_mark_is_found_and_fixed(string last, string mark)
    {
        var doc = Read(Plan(last, "I. MỤC ĐÍCH", "Tổ chức hội nghị./ tổng kết."));
        var f = Assert.Single(Findings("VB-FMT-009", doc));
        Assert.Equal(mark, f.Excerpt);
        Assert.Equal("Các đơn vị triển khai thực hiện./.", Fixed(doc, f));
    }

    [Theory]
    [InlineData("Các đơn vị triển khai thực hiện./.")]
    [InlineData("Các đơn vị triển khai thực hiện.")] // missing: VB-FMT-022
    [InlineData("Giấy này có giá trị đến hết ngày ………………/.")]
    [InlineData("Kết thúc vào …. giờ …., ngày …. tháng …. năm …../.")]
    [InlineData("Trân trọng cảm ơn sự phối hợp của quý cơ quan”./.")]
    public void A_right_closing_mark_or_none_is_left_alone(string last) =>
        Assert.Empty(Findings("VB-FMT-009", Read(Plan(last))));

    [Theory]
    [InlineData("Các đơn vị triển khai thực hiện.")]
    [InlineData("Các đơn vị triển khai thực hiện")]
    public void A_content_without_its_closing_mark_is_found_and_closed(string last)
    {
        var doc = Read(Plan(last, "I. MỤC ĐÍCH", "Tổ chức hội nghị tổng kết."));
        var f = Assert.Single(Findings("VB-FMT-022", doc));
        Assert.Equal("Các đơn vị triển khai thực hiện./.", Fixed(doc, f));
        Assert.Empty(Findings("VB-FMT-009", doc));
    }

    [Theory]
    [InlineData("Các đơn vị triển khai thực hiện./.")]
    [InlineData("Các đơn vị triển khai thực hiện.//.")] // mistyped: VB-FMT-009
    [InlineData("Các đơn vị gửi về các địa chỉ sau:")] // not a sentence's end
    public void A_closing_mark_written_or_mistyped_is_not_missing(string last) =>
        Assert.Empty(Findings("VB-FMT-022", Read(Plan(last))));

    [Fact]
    public void Only_the_last_paragraph_of_the_body_is_read()
    {
        // A mark inside the body, and a line of Nơi nhận ending in "/.", are not the closing mark.
        var lines = Plan("Các đơn vị triển khai thực hiện./.", "Nội dung phần một/.");
        lines[^5] = "- Lưu: VT/.";
        Assert.Empty(Findings("VB-FMT-009", Read(lines)));
    }

    [Fact]
    public void A_text_sent_after_the_signature_is_read_to_its_end()
    {
        var lines = Plan("Các đơn vị triển khai thực hiện./.", "Nội dung phần một.").ToList();
        lines.AddRange(["PHỤ LỤC", "Trên đây là kết quả tự chấm điểm, kính gửi Bộ Nội vụ tổng hợp./"]);
        var finding = Assert.Single(Findings("VB-FMT-009", Read([.. lines])));
        Assert.Equal(lines.Count - 1, finding.Paragraph);
    }

    [Fact]
    public void A_web_address_that_ends_a_sentence_is_not_a_closing_mark() =>
        Assert.Empty(Findings("VB-FMT-009", Read(Plan("Tin bài đăng tại địa chỉ: https://cchc.lamdong.gov.vn/."))));

    [Fact]
    public void Without_nơi_nhận_or_signature_the_end_is_unknown() =>
        Assert.Empty(Findings("VB-FMT-009", "KẾ HOẠCH", "Tổ chức hội nghị", "Các đơn vị triển khai thực hiện.//."));

    [Theory]
    [InlineData("Giao Sở Sở Tài chính chủ trì thực hiện.", "Sở Sở", "Giao Sở Tài chính chủ trì thực hiện.")]
    [InlineData("Nâng cao chất lượng của của cơ quan.", "của của", "Nâng cao chất lượng của cơ quan.")]
    [InlineData("Ba thí sinh sẽ phải phải rút thăm.", "phải phải", "Ba thí sinh sẽ phải rút thăm.")]
    [InlineData("Các sở, ban, ngành và và địa phương.", "và và", "Các sở, ban, ngành và địa phương.")]
    [InlineData("Khoanh định trong trong Quy hoạch tỉnh.", "trong trong", "Khoanh định trong Quy hoạch tỉnh.")]
    [InlineData("Theo quy định tại Điều Điều 5 của Quyết định.", "Điều Điều", "Theo quy định tại Điều 5 của Quyết định.")]
    [InlineData("Báo cáo UBND UBND tỉnh kết quả.", "UBND UBND", "Báo cáo UBND tỉnh kết quả.")]
    [InlineData("Giao Ủy ban nhân dân tỉnh tỉnh Lạng Sơn chỉ đạo.", "tỉnh tỉnh", "Giao Ủy ban nhân dân tỉnh Lạng Sơn chỉ đạo.")]
    [InlineData("Kiểm soát an ninh khu vực khu vực biên giới.", "khu vực khu vực", "Kiểm soát an ninh khu vực biên giới.")]
    [InlineData("Đẩy mạnh công tác công tác tuyên truyền.", "công tác công tác", "Đẩy mạnh công tác tuyên truyền.")]
    [InlineData("Xây dựng kế hoạch tổ chức Tổ chức Hội trại Vu lan.", "tổ chức Tổ chức", "Xây dựng kế hoạch tổ chức Hội trại Vu lan.")]
    [InlineData("Theo chỉ đạo của chính chính phủ về việc này.", "chính chính", "Theo chỉ đạo của chính phủ về việc này.")]
    [InlineData("Đối với các đối với các trường hợp vi phạm.", "Đối với các đối với các", "Đối với các trường hợp vi phạm.")]
    [InlineData("Tuyên truyền Chỉ thị số số 46-CT/TW của Bộ Chính trị.", "số số", "Tuyên truyền Chỉ thị số 46-CT/TW của Bộ Chính trị.")]
    [InlineData("Hoàn thành trước ngày ngày 15/5/2026.", "ngày ngày", "Hoàn thành trước ngày 15/5/2026.")]
    [InlineData("Đơn vị được cộng điểm hoặc bị bị trừ điểm thi đua.", "bị bị", "Đơn vị được cộng điểm hoặc bị trừ điểm thi đua.")]
    public void A_word_typed_twice_is_found_and_fixed(string line, string doubled, string repaired)
    {
        var doc = Read(Plan("Tổ chức thực hiện./.", line));
        var f = Assert.Single(Findings("VB-FMT-010", doc));
        Assert.Contains($"\"{doubled}\"", f.Message);
        Assert.Equal(repaired, Fixed(doc, f));
    }

    [Theory]
    [InlineData("Phong trào thi đua lan tỏa, nhà nhà, người người tham gia.")]
    [InlineData("Thường thường các đơn vị gửi báo cáo chậm; cần từ từ khắc phục.")]
    [InlineData("Ngày ngày, đâu đâu cũng thấy khẩu hiệu.")]
    [InlineData("Bảo đảm khoảng cách an toàn; khoảng cách cách ly tối thiểu 50 m.")] // "khoảng cách" is written elsewhere in the draft
    [InlineData("Khẩu hiệu \"của của ai nấy giữ\" được giữ nguyên trong ngoặc kép.")]
    [InlineData("Tổ chức họp với Sở, Sở Tài chính và UBND tỉnh.")] // a comma between: a list, not a slip
    [InlineData("Kết quả năm năm qua (2021-2025) là đáng ghi nhận.")]
    [InlineData("Cử cán bộ Bộ Nội vụ và trụ sở Sở Y tế; Trưởng phòng Phòng Nội vụ dự họp.")] // a compound's end, then a name
    [InlineData("Ý kiến của cấp trên trên cơ sở đề xuất của thiết bị bị hỏng; bước tiếp theo theo quy định.")]
    [InlineData("Hợp tác xã xã Tân Lập và đô thị thị xã Bắc Sơn; quyết định định hướng phát triển.")]
    [InlineData("TRỤ SỞ SỞ Y TẾ")]
    [InlineData("Phòng Kế hoạch - Tổng hợp tổng hợp, báo cáo Giám đốc Sở.")] // a name, then the verb
    [InlineData("Cập nhật trên hệ thống thống tin giải quyết thủ tục hành chính.")] // "thông tin" mistyped, not doubled
    [InlineData("Đối với các xã, đối với các phường thực hiện.")] // a comma between: two clauses
    [InlineData("Phối hợp với lực lượng công an Công an xã bảo đảm an ninh.")] // the copy opens a body's name
    public void Reduplication_quoted_text_and_punctuated_repeats_are_not_slips(string line) =>
        Assert.Empty(Findings("VB-FMT-010", Read(Plan("Tổ chức thực hiện./.", line))));

    [Fact]
    public void A_compound_the_draft_writes_elsewhere_makes_the_copy_a_word_of_its_own() =>
        // "cà phê" is no compound of the pack's vocabulary, but the draft names the crop again: "phê phê duyệt" is not a slip.
        Assert.Empty(Findings("VB-FMT-010", Read(Plan("Tổ chức thực hiện./.",
            "Tái canh cây cà phê giai đoạn 2021-2025.",
            "Diện tích cà phê phê duyệt theo quy hoạch là 1.200 ha."))));

    [Fact]
    public void Reduplications_of_the_data_never_overlap_the_words_reported()
    {
        var formulas = RulePackData.Default.Formulas;
        var never = formulas.NeverDoubled.Concat(formulas.NeverDoubledCapitalised).Select(w => w.ToLowerInvariant()).ToHashSet();
        foreach (var r in formulas.Reduplications)
        {
            var parts = r.Split(' ');
            Assert.Equal(2, parts.Length);
            Assert.Equal(parts[0], parts[1]);
            if (never.Contains(parts[0])) Assert.Fail($"\"{parts[0]}\" is both never doubled and the reduplication \"{r}\"");
        }
    }

    static string[] Decision(string formula) =>
        ["ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 15/QĐ-UBND",
         "Lạng Sơn, ngày 05 tháng 3 năm 2026", "QUYẾT ĐỊNH", "Về việc thành lập Tổ công tác", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
         "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;", "Theo đề nghị của Giám đốc Sở Nội vụ.", formula,
         "Điều 1. Thành lập Tổ công tác.", "Điều 2. Quyết định này có hiệu lực từ ngày ký./.", "Nơi nhận:", "- Như Điều 2;", "- Lưu: VT.",
         "CHỦ TỊCH", "Nguyễn Văn A"];

    [Theory]
    [InlineData("QUYẾT ĐỊNH", "thiếu dấu hai chấm")]
    [InlineData("Quyết định:", "chưa viết in hoa")]
    [InlineData("quyết định", "thiếu dấu hai chấm, chưa viết in hoa")]
    [InlineData("QUYẾT ĐINH:", "sai chính tả")]
    public void A_misspelt_decision_formula_is_found_and_fixed(string formula, string problem)
    {
        var doc = Read(Decision(formula));
        var f = Assert.Single(Findings("VB-FMT-011", doc));
        Assert.Contains(problem, f.Message);
        Assert.Equal("QUYẾT ĐỊNH:", Fixed(doc, f));
    }

    [Fact]
    public void A_missing_decision_formula_is_found_at_điều_1()
    {
        var lines = Decision("").Where(l => l.Length > 0).ToArray();
        var doc = Read(lines);
        var f = Assert.Single(Findings("VB-FMT-011", doc));
        Assert.StartsWith("Thiếu dòng \"QUYẾT ĐỊNH:\"", f.Message);
        Assert.StartsWith("Điều 1.", f.Excerpt);
        Assert.Null(f.Fix);
    }

    [Theory]
    [InlineData("QUYẾT ĐỊNH:")]
    [InlineData("QUYẾT  ĐỊNH:")]
    [InlineData("Q U Y Ế T   Đ Ị N H:")]
    public void A_right_decision_formula_is_left_alone(string formula) =>
        Assert.Empty(Findings("VB-FMT-011", Read(Decision(formula))));

    /// <summary>The decision with its kind line and formula line formatted as given (bold, centred).</summary>
    static DraftDocument Formatted(bool kindBold, bool kindCentred, bool formulaBold, bool formulaCentred, double? formulaIndentTwips = null)
    {
        var b = DocxBuilder.Create();
        foreach (var line in Decision("QUYẾT ĐỊNH:"))
        {
            if (line == "QUYẾT ĐỊNH") b.Element(Formatted(line, kindBold, kindCentred, null));
            else if (line == "QUYẾT ĐỊNH:") b.Element(Formatted(line, formulaBold, formulaCentred, formulaIndentTwips));
            else b.Paragraph(line);
        }
        return b.Read().Document;
    }

    static DocumentFormat.OpenXml.Wordprocessing.Paragraph Formatted(string text, bool bold, bool centred, double? indentTwips)
    {
        var props = new DocumentFormat.OpenXml.Wordprocessing.ParagraphProperties();
        if (indentTwips is { } t) props.Append(new DocumentFormat.OpenXml.Wordprocessing.Indentation { FirstLine = ((int)t).ToString() });
        if (centred) props.Append(new DocumentFormat.OpenXml.Wordprocessing.Justification { Val = DocumentFormat.OpenXml.Wordprocessing.JustificationValues.Center });
        return new DocumentFormat.OpenXml.Wordprocessing.Paragraph(props, DocxBuilder.Run(text, bold));
    }

    [Fact]
    public void A_formula_line_not_formatted_like_the_kind_line_is_found_without_a_text_fix()
    {
        var f = Assert.Single(Findings("VB-FMT-011", Formatted(kindBold: true, kindCentred: true, formulaBold: false, formulaCentred: false)));
        Assert.Contains("chưa in đậm, chưa canh giữa", f.Message);
        Assert.Null(f.Fix);
    }

    [Theory]
    [InlineData(true, true, true, true, null)]
    [InlineData(true, true, true, false, 3808.0)] // pushed to the middle by its indent
    [InlineData(false, false, false, false, null)] // the draft's formatting says nothing: not judged
    public void A_formula_line_formatted_like_the_kind_line_is_left_alone(bool kindBold, bool kindCentred, bool bold, bool centred, double? indent) =>
        Assert.Empty(Findings("VB-FMT-011", Formatted(kindBold, kindCentred, bold, centred, indent)));

    [Fact]
    public void A_formula_run_into_the_line_before_is_not_missing()
    {
        var lines = Decision("").Where(l => l.Length > 0).Select(l => l.StartsWith("Theo đề nghị") ? l + " QUYẾT ĐỊNH:" : l).ToArray();
        Assert.Empty(Findings("VB-FMT-011", Read(lines)));
    }

    [Fact]
    public void Other_kinds_of_document_are_not_asked_for_the_formula()
    {
        var lines = Decision("").Where(l => l.Length > 0).Select(l => l == "QUYẾT ĐỊNH" ? "QUY CHẾ" : l.Replace("/QĐ-", "/QC-")).ToArray();
        Assert.Empty(Findings("VB-FMT-011", Read(lines)));
    }

    [Theory]
    [InlineData("Độc lập – Tự do – Hạnh phúc")]
    [InlineData("Độc lập — Tự do — Hạnh phúc")]
    [InlineData("Độc lập-Tự do-Hạnh phúc")]
    [InlineData("Độc lập -Tự do- Hạnh phúc")]
    public void A_motto_with_dashes_or_without_spaces_is_found_and_fixed(string motto)
    {
        var lines = Plan("Tổ chức thực hiện./.");
        lines[2] = motto;
        var doc = Read(lines);
        var f = Assert.Single(Findings("VB-FMT-008", doc));
        Assert.Equal("Độc lập - Tự do - Hạnh phúc", Fixed(doc, f));
    }

    [Theory]
    [InlineData(11906u, 16838u)] // A4 upright as Word writes it
    [InlineData(11907u, 16840u)] // A4 in older templates
    [InlineData(16838u, 11906u)] // A4 landscape, for a table
    public void A4_either_way_round_is_right(uint width, uint height)
    {
        var doc = DocxBuilder.Create().Lines(Plan("Tổ chức thực hiện./.")).PageSize(width, height).Margins(1134, 1134, 1701, 851).Read().Document;
        Assert.Empty(Findings("VB-FMT-012", doc));
    }

    [Theory]
    [InlineData(12240u, 15840u, "215,9 × 279,4")] // Letter
    [InlineData(12240u, 20160u, "215,9 × 355,6")] // Legal
    [InlineData(15840u, 12240u, "279,4 × 215,9")] // Letter landscape
    public void Paper_other_than_A4_is_found_once(uint width, uint height, string size)
    {
        var doc = DocxBuilder.Create().Lines(Plan("Tổ chức thực hiện./.")).PageSize(width, height).Margins(1134, 1134, 1701, 851).Read().Document;
        var f = Assert.Single(Findings("VB-FMT-012", doc));
        Assert.Contains(size, f.Message);
    }
}
