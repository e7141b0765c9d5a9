using WordHelper.Core.Documents;
using WordHelper.Core.Tests.Rules;

namespace WordHelper.Core.Tests.Consistency;

/// <summary>VB-CON-020: text written twice by a copy-paste slip, found in a small window; formulas and tables left alone.</summary>
public class RepeatedTextRuleTests
{
    const string Rule = "VB-CON-020";

    static string[] Report(params string[] body) =>
        ["UBND TỈNH LÂM ĐỒNG", "Số: 12/BC-UBND", "BÁO CÁO", "Kết quả thực hiện nhiệm vụ năm 2025", .. body,
         "Nơi nhận:", "- Như trên;", "- Lưu: VT, NC.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn A"];

    /// <summary>A document whose paragraphs given as (row, text) stand in column 1 of table 0; row -1 is running text.</summary>
    static DraftDocument WithTable(params (int Row, string Text)[] lines)
    {
        string[] head = ["UBND TỈNH LÂM ĐỒNG", "Số: 12/BC-UBND", "BÁO CÁO", "Kết quả thực hiện nhiệm vụ năm 2025", "Kết quả cụ thể như sau:"];
        var paragraphs = head.Select(t => (Row: -1, Text: t)).Concat(lines)
            .Select((l, i) => new DraftParagraph
            {
                Index = i, Text = l.Text, Runs = [new DraftRun(l.Text, RunFormat.Plain)],
                Cell = l.Row < 0 ? null : new TableCellPosition(0, l.Row, 1),
            }).ToList();
        return new DraftDocument(paragraphs);
    }

    [Fact]
    public void A_line_repeated_right_after_itself_is_found_whatever_its_spacing()
    {
        var finding = Assert.Single(RuleRun.Findings(Rule, Report(
            "Căn cứ các văn bản sau:",
            "Báo cáo số 690-BC/TU ngày 31/12/2024 về tình hình kinh tế - xã hội, quốc phòng - an ninh năm 2024; mục tiêu giải pháp năm 2025.",
            "Báo cáo số 690-BC/TU ngày 31/12/2024 về tình hình kinh tế- xã hội, quốc phòng - an ninh năm 2024; mục tiêu giải pháp năm 2025.",
            "Ủy ban nhân dân tỉnh báo cáo như sau.")));
        Assert.Equal(6, finding.Paragraph);
        Assert.Contains("đã ghi ở đoạn 6", finding.Message);
        Assert.Contains("xóa", finding.Message);
    }

    [Fact]
    public void Lines_and_clauses_that_differ_only_in_their_numbers_are_no_copies() =>
        Assert.Empty(RuleRun.Findings(Rule, Report(
            "Căn cứ các văn bản sau:",
            "- Quyết định số 305/QĐ-STC ngày 12/9/2025 của Sở Tài chính về giao dự toán kinh phí năm 2025;",
            "- Quyết định số 306/QĐ-STC ngày 12/9/2025 của Sở Tài chính về giao dự toán kinh phí năm 2025;",
            "Các Quyết định số 307/QĐ-STC ngày 15/9/2025, Quyết định số 308/QĐ-STC ngày 16/9/2025 đã được ban hành.")));

    [Fact]
    public void A_block_of_two_lines_repeated_in_one_cell_is_told_once()
    {
        var document = WithTable(
            (1, "Triển khai sắp xếp trụ sở làm việc"),
            (1, "- Phương án 4196/PA-UBND ngày 27/9/2025 của UBND tỉnh về sắp xếp, xử lý trụ sở dôi dư;"),
            (1, "- Phương án số 7178/PA-UBND ngày 15/10/2025 của UBND tỉnh về bố trí trụ sở cấp xã;"),
            (1, ""),
            (1, "- Phương án 4196/PA-UBND ngày 27/9/2025 của UBND tỉnh về sắp xếp, xử lý trụ sở dôi dư;"),
            (1, "- Phương án số 7178/PA-UBND ngày 15/10/2025 của UBND tỉnh về bố trí trụ sở cấp xã;"));
        var finding = Assert.Single(RuleRun.Findings(Rule, document));
        Assert.Equal(9, finding.Paragraph);
        Assert.Contains("2 dòng từ \"- Phương án 4196/PA-UBND", finding.Message);
        Assert.Contains("đã ghi ở các đoạn 7–8", finding.Message);
    }

    [Theory]
    [InlineData("Trong năm 2025, đã tuyển dụng 77 viên chức; điều động 29 công chức cấp tỉnh về cấp xã; điều động 29 công chức cấp tỉnh về cấp xã; tiếp nhận 58 công chức từ khối Đảng.",
        "điều động 29 công chức cấp tỉnh về cấp xã")]
    [InlineData("Tăng cường kiểm tra cơ sở kinh doanh, nhất là quản lý ngành nghề đầu tư, kinh doanh có điều kiện về an ninh, trật tự, nhất là quản lý ngành nghề đầu tư, kinh doanh có điều kiện về an ninh, trật tự.",
        "nhất là quản lý ngành nghề đầu tư, kinh doanh có điều kiện về an ninh, trật tự")]
    [InlineData("Nâng cao hiệu quả quản lý ngành nghề đầu tư, kinh doanh có điều kiện về an ninh trật tự, nhất là quản lý ngành nghề đầu tư, kinh doanh có điều kiện về an ninh trật tự, quản lý cư trú.",
        "quản lý ngành nghề đầu tư, kinh doanh có điều kiện về an ninh trật tự")]
    public void A_clause_written_twice_in_one_paragraph_is_found(string paragraph, string clause)
    {
        var finding = Assert.Single(RuleRun.Findings(Rule, Report(paragraph)));
        Assert.Equal(clause, finding.Excerpt);
        Assert.Contains("viết hai lần", finding.Message);
    }

    [Fact]
    public void A_sentence_of_one_point_repeated_in_a_nearby_point_is_found()
    {
        var finding = Assert.Single(RuleRun.Findings(Rule, Report(
            "II. NHIỆM VỤ",
            "1. Công tác thông tin, tuyên truyền",
            "e) Tổ chức tuyên truyền cải cách hành chính trên báo chí. Duy trì, cập nhật, đảm bảo các nội dung trên Trang thông tin điện tử của cơ quan theo quy định.",
            "f) Tổ chức hội nghị đối thoại với doanh nghiệp.",
            "g) Biên tập tài liệu hỏi đáp về thủ tục hành chính. Duy trì, cập nhật, đảm bảo các nội dung trên Trang thông tin điện tử của cơ quan theo quy định.")));
        Assert.Equal(8, finding.Paragraph);
        Assert.Contains("câu \"Duy trì, cập nhật", finding.Message);
        Assert.Contains("đã ghi ở đoạn 7", finding.Message);
    }

    [Fact]
    public void The_same_cell_in_every_row_of_a_table_is_left_alone()
    {
        var document = WithTable(
            (1, "Sở Nội vụ"), (2, "Sở Nội vụ"), (3, "Sở Nội vụ"),
            (4, "Theo dõi, đôn đốc các cơ quan, đơn vị triển khai thực hiện nhiệm vụ được giao"),
            (5, "Theo dõi, đôn đốc các cơ quan, đơn vị triển khai thực hiện nhiệm vụ được giao"),
            (6, "Đạt"), (7, "Đạt"));
        Assert.Empty(RuleRun.Findings(Rule, document));
    }

    [Fact]
    public void Short_lines_repeated_are_left_alone() =>
        Assert.Empty(RuleRun.Findings(Rule, Report(
            "- Đơn vị chủ trì: Sở Nội vụ.", "- Thời gian: Quý II năm 2026.",
            "- Đơn vị chủ trì: Sở Nội vụ.", "- Thời gian: Quý II năm 2026.")));

    [Fact]
    public void An_enumeration_where_one_word_differs_is_left_alone() =>
        Assert.Empty(RuleRun.Findings(Rule, Report(
            "- Trích sao từ văn bản giấy sang văn bản giấy, trích sao từ văn bản giấy sang văn bản điện tử, trích sao từ văn bản điện tử sang văn bản giấy.",
            "- Tổ chức tuyên truyền về cải cách thủ tục hành chính trên địa bàn xã Đức Trọng.",
            "- Tổ chức tuyên truyền về cải cách thủ tục hành chính trên địa bàn xã Lâm Hà.",
            "- Cơ quan quản lý cấp trên của đơn vị sự nghiệp công lập, đơn vị sự nghiệp công lập trực thuộc UBND tỉnh.")));

    [Fact]
    public void Formulas_of_separate_articles_are_left_alone()
    {
        string[] decision =
        [
            "UBND TỈNH LÂM ĐỒNG", "Số: 15/QĐ-UBND", "QUYẾT ĐỊNH", "Về việc thành lập Tổ công tác",
            "QUYẾT ĐỊNH:",
            "Điều 1. Giao Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan tổ chức thực hiện việc sắp xếp bộ máy. Các thành viên chịu trách nhiệm thi hành Quyết định này theo nhiệm vụ được giao.",
            "Điều 2. Giao Sở Tài chính chủ trì, phối hợp với các cơ quan liên quan bố trí kinh phí thực hiện. Các thành viên chịu trách nhiệm thi hành Quyết định này theo nhiệm vụ được giao.",
            "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ và các thành viên chịu trách nhiệm thi hành Quyết định này./.",
            "Nơi nhận:", "- Như Điều 3;", "- Lưu: VT, NC.", "CHỦ TỊCH", "Nguyễn Văn A",
        ];
        Assert.Empty(RuleRun.Findings(Rule, decision));
    }

    [Fact]
    public void Quoted_text_is_left_alone() =>
        Assert.Empty(RuleRun.Findings(Rule, Report(
            "Sửa đổi khoản 2 như sau: “điều động công chức cấp tỉnh về cấp xã theo quy định; điều động công chức cấp tỉnh về cấp xã theo quy định”.")));

    [Fact]
    public void The_same_sentence_in_another_section_is_left_alone() =>
        Assert.Empty(RuleRun.Findings(Rule, Report(
            "1. Công tác thông tin, tuyên truyền",
            "a) Duy trì, cập nhật, đảm bảo các nội dung trên Trang thông tin điện tử của cơ quan theo quy định.",
            "2. Công tác cải cách thủ tục hành chính",
            "a) Duy trì, cập nhật, đảm bảo các nội dung trên Trang thông tin điện tử của cơ quan theo quy định.")));
}
