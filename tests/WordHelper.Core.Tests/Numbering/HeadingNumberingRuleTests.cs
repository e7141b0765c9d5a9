using WordHelper.Core.Rules;
using static WordHelper.Core.Tests.Numbering.NumberingDrafts;

namespace WordHelper.Core.Tests.Numbering;

/// <summary>Each numbering rule on small plans: what it flags, what it says, and what it leaves alone.</summary>
public class HeadingNumberingRuleTests
{
    [Fact]
    public void A_skipped_item_is_an_error_that_names_the_missing_number_and_fixes_the_typed_one()
    {
        var f = Assert.Single(Findings("I. MỤC ĐÍCH", "1. Mục đích", "3. Yêu cầu"));
        Assert.Equal(("VB-NUM-001", Severity.Error), (f.Rule, f.Severity));
        Assert.Equal("3. Yêu cầu", f.Excerpt);
        Assert.Equal("Sau \"1.\" là \"3.\": thiếu \"2.\".", f.Message);
        Assert.Equal(new TextFix(4, 0, 1, "2"), f.Fix);
        Assert.Contains("\"2.\"", f.Suggestion);
    }

    [Fact]
    public void A_Vietnamese_paper_without_a_header_still_has_its_numbers_checked_and_a_sample_in_English_has_not()
    {
        var proposal = Findings(WordHelper.Core.Documents.DraftDocument.FromLines(["Đề xuất tổ chức cuộc thi hùng biện", "1. Mục đích cuộc thi", "Tạo sân chơi cho học sinh.",
            "2. Thể thức thi đấu", "Thi theo đội.", "6. Thời gian, địa điểm", "Tại hội trường nhà trường."]));
        Assert.Equal("6. Thời gian, địa điểm", Assert.Single(proposal, f => f.Rule == "VB-NUM-001").Excerpt);
        var sample = Findings(WordHelper.Core.Documents.DraftDocument.FromLines(["Meeting notes", "1. Purpose of the meeting", "Plan the year.", "3. Dates", "To be fixed."]));
        Assert.Empty(sample);
    }

    [Fact]
    public void An_extract_of_a_decree_keeps_the_numbers_of_the_articles_chosen() =>
        Assert.DoesNotContain(Findings(WordHelper.Core.Documents.DraftDocument.FromLines(["CHÍNH PHỦ", "Số: 71/2019/NĐ-CP",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 30 tháng 8 năm 2019", "NGHỊ ĐỊNH",
            "Quy định xử phạt vi phạm hành chính", "Điều 6. Vi phạm về sản xuất", "1. Phạt tiền", "2. Phạt tiền gấp đôi",
            "4. Hình thức xử phạt bổ sung:", "Điều 26. Vi phạm về kinh doanh"])), f => f.Severity == Severity.Error);

    [Fact]
    public void A_term_opening_with_a_numeral_and_a_hyphen_is_no_heading() =>
        Assert.Empty(Findings("I. NỘI DUNG", "1. Chỉ số kiềm", "V-ratio trong xỉ tinh luyện nằm trong khoảng 2-3.", "2. Chỉ số oxy hóa",
            "V-ratio bỏ qua ảnh hưởng của các oxit.", "3. Kết luận"));

    [Theory]
    [InlineData("VB-NUM-001", "V. KINH PHÍ", "IV.", "I. MỤC ĐÍCH", "II. NỘI DUNG", "III. THỜI GIAN", "V. KINH PHÍ")]
    [InlineData("VB-NUM-001", "d) Thời gian", "c)", "1. Nội dung", "a) Nội dung", "b) Đơn vị", "d) Thời gian")]
    [InlineData("VB-NUM-001", "1.3. Sở Tài chính", "1.2.", "1. Phối hợp", "1.1. Sở Y tế", "1.3. Sở Tài chính")]
    [InlineData("VB-NUM-002", "2. Hội thảo", "3.", "1. Chủ đề", "2. Tuyên truyền", "2. Hội thảo")]
    [InlineData("VB-NUM-003", "3. Hội thảo", "5.", "1. Chủ đề", "2. Tuyên truyền", "4. Hội thảo", "3. Hội thảo")]
    public void Gaps_repeats_and_steps_back_are_errors(string rule, string excerpt, string expected, params string[] body)
    {
        var f = Assert.Single(Findings(["I. NỘI DUNG", .. body]), x => x.Excerpt == excerpt);
        Assert.Equal((rule, Severity.Error), (f.Rule, f.Severity));
        Assert.Contains($"\"{expected}\"", f.Message);
    }

    [Fact]
    public void The_fix_replaces_only_the_number_of_a_path_a_letter_or_an_indented_line()
    {
        Assert.Equal(new TextFix(4, 0, 3, "1.2"), Assert.Single(Findings("1. Phối hợp", "1.1. Sở Y tế", "1.3. Sở Tài chính")).Fix);
        Assert.Equal(new TextFix(4, 2, 1, "b"), Assert.Single(Findings("1. Nội dung", "a) Một", "  c) Ba")).Fix);
    }

    [Fact]
    public void A_list_that_starts_again_at_one_is_a_warning_not_an_error()
    {
        var f = Assert.Single(Findings("I. NỘI DUNG", "1. Chủ đề", "2. Tuyên truyền", "3. Hội thảo", "1. Thành phần tham dự"));
        Assert.Equal(("VB-NUM-003", Severity.Warning), (f.Rule, f.Severity));
    }

    [Fact]
    public void A_list_broken_off_by_one_that_starts_again_may_resume_where_it_stopped()
    {
        var f = Assert.Single(Findings("I. NỘI DUNG", "1. Họ và tên", "2. Trình độ học vấn:", "1. Tiểu học", "2. Trung học cơ sở",
            "3. Trung học phổ thông", "3. Tình trạng việc làm", "4. Nơi làm việc"));
        Assert.Equal(("VB-NUM-003", Severity.Warning), (f.Rule, f.Severity));
        Assert.Equal("1. Tiểu học", f.Excerpt);
    }

    [Fact]
    public void Items_set_side_by_side_on_a_line_carry_the_sequence_and_a_questions_options_do_not()
    {
        Assert.Empty(Findings("I. THÔNG TIN NGƯỜI LAO ĐỘNG", "1. Giới tính:\t\t1. Nam\t\t2. Nữ;", "2. Trình độ chuyên môn:",
            "a) Đã qua đào tạo", "b) Chưa qua đào tạo", "3. Loại hình nơi làm việc", "4. Sơ cấp\t5. Trung cấp\t6. Cao đẳng"));
        // Fields of a form side by side: the next line follows the last of them.
        Assert.Empty(Findings("I. THÔNG TIN", "1. Họ và tên: ……………", "2. Số CCCD: ……………… 3. Mã số BHXH: ………………", "4. Nơi thường trú: ……………"));
        Assert.Equal("VB-NUM-001", Ids(Findings("I. THÔNG TIN", "1. Họ và tên: ……………", "2. Số CCCD: ……………… 3. Mã số BHXH: ………………", "5. Nơi thường trú: ……………")));
        // A figure after a run of spaces is no option.
        Assert.Equal("VB-NUM-001", Ids(Findings("I. NỘI DUNG", "1. Mục đích", "3. Hỗ trợ:  4.500 hộ được hỗ trợ")));
    }

    [Fact]
    public void A_questions_options_listed_on_its_line_may_go_on_below_it_and_the_questions_resume()
    {
        Assert.Empty(Findings("I. THÔNG TIN NGƯỜI LAO ĐỘNG", "1. Họ và tên: ……………",
            "2. Đối tượng ưu tiên (nếu có): 1. Người khuyết tật    2. Thuộc hộ nghèo", "3. Thuộc hộ cận nghèo      4. Thuộc hộ bị thu hồi đất",
            "3. Trình độ giáo dục phổ thông:", "4. Người thất nghiệp 1. Chưa bao giờ làm việc      2. Đã từng làm việc", "5. Nơi làm việc"));
        // Without the options on the question's line, "3." after "2. Đối tượng ưu tiên" is the next question.
        Assert.Equal("VB-NUM-001", Ids(Findings("I. THÔNG TIN", "1. Họ và tên: ……………", "2. Đối tượng ưu tiên (nếu có):",
            "4. Nơi làm việc")));
    }

    [Fact]
    public void Rows_of_options_from_one_leave_the_questions_levels_open()
    {
        // Rows of options under a point, on two lines, then the next sub-item and question.
        Assert.Empty(Findings("I. THÔNG TIN NGƯỜI LAO ĐỘNG", "1. Người có việc làm:", "1.1. Vị thế việc làm", "1.2. Công việc cụ thể",
            "a) Tham gia BHXH:\t1. Bắt buộc\t2. Tự nguyện", "b) Hợp đồng lao động:", "1. Có thời hạn\t2. Không thời hạn",
            "3. Không có hợp đồng\t4. Khác", "1.3. Nơi làm việc", "2. Người thất nghiệp"));
        // Two lists starting again one after the other: the question they broke off still resumes.
        var twice = Findings("I. THÔNG TIN", "1. Họ và tên", "2. Dân tộc", "3. Tình trạng việc làm:", "1. Có việc làm", "2. Thất nghiệp",
            "3. Khác", "4. Không rõ", "1. Dưới 3 tháng", "2. Trên 3 tháng", "4. Nơi làm việc");
        Assert.Equal(["1. Có việc làm", "1. Dưới 3 tháng"], twice.Select(x => x.Excerpt));
        Assert.All(twice, x => Assert.Equal(("VB-NUM-003", Severity.Warning), (x.Rule, x.Severity)));
    }

    [Fact]
    public void A_table_of_contents_repeats_the_headings_without_repeating_their_numbers()
    {
        // Typed with a tab before the page number…
        Assert.Empty(Findings("MỤC LỤC", "1. Giới thiệu chung\t2", "2. Các chức năng\t5", "1. Giới thiệu chung", "Nội dung.", "2. Các chức năng", "Nội dung."));
        // …or set in Word's contents styles.
        var styled = WordHelper.Testing.DocxBuilder.Create().Paragraph("MỤC LỤC")
            .Paragraph("1. Giới thiệu chung", style: "TOC1").Paragraph("2. Các chức năng", style: "TOC1")
            .Paragraph("1. Giới thiệu chung").Paragraph("Nội dung.").Paragraph("2. Các chức năng").Paragraph("Nội dung.").Read().Document;
        Assert.Empty(Findings(styled));
    }

    [Fact]
    public void A_number_in_a_layout_table_carries_the_sequence_on_but_is_not_judged()
    {
        var form = WordHelper.Testing.DocxBuilder.Create().Paragraph("I. THÔNG TIN NGƯỜI LAO ĐỘNG").Paragraph("1. Họ và tên: ……………")
            .Table(["2. Ngày, tháng, năm sinh:", "15/11/1995"]).Paragraph("3. Giới tính: Nam").Read().Document;
        Assert.Empty(Findings(form));
        // A table that does not carry it leaves the gap.
        var gap = WordHelper.Testing.DocxBuilder.Create().Paragraph("I. THÔNG TIN NGƯỜI LAO ĐỘNG").Paragraph("1. Họ và tên: ……………")
            .Table(["5. Ghi chú", "Không"]).Paragraph("3. Giới tính: Nam").Read().Document;
        Assert.Equal("VB-NUM-001", Ids(Findings(gap)));
    }

    [Fact]
    public void One_wrong_number_is_reported_once_whether_the_next_follows_it_or_the_expected_one()
    {
        // "4" where "3" belonged, then "4" again: the first is the slip, the second is right.
        Assert.Equal("VB-NUM-001", Ids(Findings("1. Một", "2. Hai", "4. Ba", "4. Bốn", "5. Năm")));
        // "3" left out on purpose: the items after "4" follow on.
        Assert.Equal("VB-NUM-001", Ids(Findings("1. Một", "2. Hai", "4. Bốn", "5. Năm", "6. Sáu")));
    }

    [Fact]
    public void A_new_parent_restarts_its_children()
    {
        Assert.Empty(Findings("I. MỤC ĐÍCH", "1. Mục đích", "2. Yêu cầu", "II. NỘI DUNG", "1. Chủ đề", "a) Nội dung", "b) Đơn vị",
            "2. Tuyên truyền", "a) Nội dung", "2.1. Báo chí", "2.2. Mạng xã hội", "3. Hội thảo", "3.1. Trung ương", "III. KINH PHÍ"));
    }

    [Fact]
    public void Points_follow_the_Vietnamese_alphabet_and_a_Latin_run_is_reported_once_as_such()
    {
        Assert.Empty(Findings("1. Nội dung", "a) Một", "b) Hai", "c) Ba", "d) Bốn", "đ) Năm", "e) Sáu", "g) Bảy"));
        Assert.Equal("VB-NUM-008", Assert.Single(Findings("1. Nội dung", "a) Một", "b) Hai", "c) Ba", "d) Bốn", "e) Năm", "f) Sáu", "g) Bảy")).Rule);
        var f = Assert.Single(Findings("1. Nội dung", "a) Một", "b) Hai", "c) Ba", "d) Bốn", "g) Năm"));
        Assert.Equal("VB-NUM-001", f.Rule);
        Assert.Contains("\"đ)\"", f.Message);
        Assert.Equal("VB-NUM-003", Assert.Single(Findings("1. Nội dung", "a) Một", "b) Hai", "c) Ba", "d) Bốn", "e) Năm", "đ) Sáu")).Rule);
    }

    [Fact]
    public void A_point_with_a_stray_dot_is_read_as_that_point_and_its_punctuation_reported()
    {
        var f = Assert.Single(Findings("1. Nội dung", "a) Một", "b) Hai", "c) Ba", "d). Bốn", "đ) Năm"));
        Assert.Equal(("VB-NUM-005", "d). Bốn"), (f.Rule, f.Excerpt));
        Assert.Contains("\"d)\"", f.Message);
    }

    [Fact]
    public void Word_automatic_letters_run_through_the_Latin_alphabet_and_are_reported_for_it()
    {
        // The run itself is in order, so the numbering rule is silent; the Latin letters are VB-NUM-008's.
        var f = Assert.Single(Findings(Plan("1. Nội dung", "[auto a)] Một", "[auto b)] Hai", "[auto c)] Ba", "[auto d)] Bốn", "[auto e)] Năm", "[auto f)] Sáu")));
        Assert.Equal(("VB-NUM-008", "f) Sáu"), (f.Rule, f.Excerpt));
    }

    [Theory]
    [InlineData("b) Đơn vị", "a)", "1. Nội dung", "b) Đơn vị", "c) Thời gian")]
    [InlineData("II. NỘI DUNG", "I.", "II. NỘI DUNG", "III. KINH PHÍ")]
    [InlineData("2. Mục đích chung", "1.", "I. MỤC ĐÍCH", "2. Mục đích chung")]
    public void A_level_that_does_not_start_at_its_first_number_is_a_warning(string excerpt, string expected, params string[] body)
    {
        var f = Assert.Single(Findings(body));
        Assert.Equal(("VB-NUM-004", Severity.Warning, excerpt), (f.Rule, f.Severity, f.Excerpt));
        Assert.Contains($"\"{expected}\"", f.Message);
    }

    [Theory]
    [InlineData("2- Yêu cầu", "1. Mục đích", "2- Yêu cầu", "3. Nội dung")]
    [InlineData("2) Yêu cầu", "1. Mục đích", "2) Yêu cầu", "3. Nội dung")]
    [InlineData("II- NỘI DUNG", "I. MỤC ĐÍCH", "II- NỘI DUNG", "III. KINH PHÍ")]
    public void A_number_punctuated_unlike_its_siblings_is_a_style_warning_and_the_sequence_still_holds(string excerpt, params string[] body)
    {
        var f = Assert.Single(Findings(body));
        Assert.Equal(("VB-NUM-005", Severity.Warning, excerpt), (f.Rule, f.Severity, f.Excerpt));
    }

    [Fact]
    public void Points_lettered_unlike_those_of_another_section_are_reported_once_for_their_group()
    {
        var f = Assert.Single(Findings("1. Thông tin chung", "a. Địa điểm", "b. Diện tích", "2. Năng lực", "a) Công suất", "b) Sản lượng", "3. Nhân lực", "a) Cán bộ", "b) Công nhân"));
        Assert.Equal(("VB-NUM-005", "a. Địa điểm"), (f.Rule, f.Excerpt));
        Assert.Contains("\"a)\"", f.Message);
        Assert.Empty(Findings("1. Thông tin chung", "a) Địa điểm", "b) Diện tích", "2. Năng lực", "a) Công suất", "b) Sản lượng"));
    }

    [Fact]
    public void The_style_fix_replaces_only_the_punctuation()
    {
        var f = Assert.Single(Findings("1. Mục đích", "2- Yêu cầu", "3. Nội dung"));
        Assert.Equal(new TextFix(3, 1, 1, "."), f.Fix);
        Assert.Contains("\"2.\"", f.Suggestion);
    }

    [Fact]
    public void Numbers_in_parentheses_below_points_are_their_own_level()
    {
        Assert.Empty(Findings("1. Nội dung", "a) Một", "1) Thứ nhất", "2) Thứ hai", "b) Hai", "1) Thứ nhất", "2. Tuyên truyền"));
    }

    [Fact]
    public void Typed_numbers_among_automatic_ones_are_reported_where_the_origin_changes()
    {
        var findings = Findings(Plan("[auto 1.] Mục đích", "[auto 2.] Yêu cầu", "3. Nội dung", "4. Kinh phí"));
        var f = Assert.Single(findings);
        Assert.Equal(("VB-NUM-006", Severity.Warning, "3. Nội dung"), (f.Rule, f.Severity, f.Excerpt));
        Assert.Contains("gõ tay", f.Message);
        Assert.Empty(Findings(Plan("[auto 1.] Mục đích", "[auto 2.] Yêu cầu", "[auto 3.] Nội dung")));
    }

    [Fact]
    public void An_automatic_number_is_shown_as_displayed_and_has_no_text_fix()
    {
        var f = Assert.Single(Findings(Plan("[auto 1.] Mục đích", "[auto 3.] Yêu cầu")));
        Assert.Equal(("VB-NUM-001", "3. Yêu cầu"), (f.Rule, f.Excerpt));
        Assert.Null(f.Fix);
    }

    [Fact]
    public void A_sub_item_must_carry_its_parents_number()
    {
        var f = Assert.Single(Findings("1. Sở Y tế", "2. Các sở phối hợp:", "1.1. Sở Giáo dục", "1.2. Sở Tài chính"), x => x.Rule == "VB-NUM-007");
        Assert.Equal(("1.1. Sở Giáo dục", Severity.Warning), (f.Excerpt, f.Severity));
        Assert.Contains("\"2\"", f.Message);
        Assert.Equal(new TextFix(4, 0, 3, "2.1"), f.Fix);
    }

    [Fact]
    public void A_point_straight_under_a_section_is_the_wrong_level_when_the_draft_numbers_items_elsewhere()
    {
        var f = Assert.Single(Findings("I. MỤC ĐÍCH", "a) Mục đích", "b) Yêu cầu", "II. NỘI DUNG", "1. Chủ đề", "2. Hoạt động"));
        Assert.Equal(("VB-NUM-007", "a) Mục đích"), (f.Rule, f.Excerpt));
        // A draft that never uses items may put points right under its sections.
        Assert.Empty(Findings("I. MỤC ĐÍCH", "a) Mục đích", "b) Yêu cầu", "II. NỘI DUNG", "a) Chủ đề"));
    }

    [Fact]
    public void Articles_are_apart_from_their_clauses_and_run_on_through_chapters()
    {
        Assert.Empty(Findings(DraftDocument("QUY CHẾ", "Chương I", "QUY ĐỊNH CHUNG", "Điều 1. Phạm vi", "1. Quy chế này", "2. Đối tượng",
            "Điều 2. Giải thích", "1. Từ ngữ", "a) Một", "Chương II", "NỘI DUNG", "Điều 3. Nguyên tắc", "1. Công khai")));
        var f = Assert.Single(Findings(DraftDocument("QUY CHẾ", "Chương I", "Điều 1. Phạm vi", "Điều 2. Đối tượng", "Chương II", "Điều 4. Nguyên tắc")));
        Assert.Equal(("VB-NUM-001", "Điều 4. Nguyên tắc"), (f.Rule, f.Excerpt));
        Assert.Contains("\"Điều 3.\"", f.Message);
        Assert.Equal(new TextFix(12, 5, 1, "3"), f.Fix);
    }

    [Fact]
    public void An_article_title_typed_without_its_word_is_told_once_and_the_articles_run_on_from_it()
    {
        var f = Assert.Single(Findings(DraftDocument("ĐIỀU LỆ", "Điều 1. Tên gọi", "Điều 2. Tôn chỉ", "Điều 3. Chủ tịch", "1. Chủ tịch do Ban Chấp hành bầu.",
            "2. Phó Chủ tịch giúp Chủ tịch.", "4. Tổng Thư ký", "1. Tổng Thư ký do Ban Chấp hành bầu.", "2. Giúp Ban Thường trực.", "Điều 5. Ban Kiểm tra")));
        Assert.Equal(("VB-NUM-011", Severity.Error, "4. Tổng Thư ký"), (f.Rule, f.Severity, f.Excerpt));
        Assert.Contains("\"Điều 4.\"", f.Message);
        Assert.Equal(new TextFix(13, 0, 0, "Điều "), f.Fix);
    }

    [Theory]
    [InlineData("4. Tổng Thư ký giúp Chủ tịch.")]
    [InlineData("4. Tổng Thư ký:")]
    public void A_clause_that_runs_on_or_asks_is_no_article_title(string line) =>
        Assert.DoesNotContain(Findings(DraftDocument("ĐIỀU LỆ", "Điều 1. Tên gọi", "Điều 2. Tôn chỉ", "Điều 3. Chủ tịch", "1. Chủ tịch do Ban Chấp hành bầu.",
            "2. Phó Chủ tịch giúp Chủ tịch.", line, "Điều 4. Ban Kiểm tra")), f => f.Rule == "VB-NUM-011");

    [Fact]
    public void Parts_and_chapters_are_numbered_in_sequence()
    {
        Assert.Equal("VB-NUM-001", Assert.Single(Findings(DraftDocument("QUY CHẾ", "Chương I", "Điều 1. Phạm vi", "Chương III", "Điều 2. Nguyên tắc"))).Rule);
        Assert.Empty(Findings("Phần thứ nhất", "I. TÌNH HÌNH", "II. KẾT QUẢ", "Phần thứ hai", "I. PHƯƠNG HƯỚNG", "1. Dự báo"));
        var f = Assert.Single(Findings("PHẦN THỨ NHẤT", "I. TÌNH HÌNH", "PHẦN THỨ BA", "I. PHƯƠNG HƯỚNG"));
        Assert.Contains("\"PHẦN THỨ HAI\"", f.Message);
    }

    static WordHelper.Core.Documents.DraftDocument DraftDocument(params string[] lines) =>
        WordHelper.Core.Documents.DraftDocument.FromLines(["ỦY BAN NHÂN DÂN", "Số: 12/QĐ-UBND", "QUYẾT ĐỊNH", "Ban hành Quy chế", "QUYẾT ĐỊNH:", "Điều 1. Ban hành kèm theo Quyết định này Quy chế.", "Điều 2. Quyết định này có hiệu lực.", .. lines]);
}
