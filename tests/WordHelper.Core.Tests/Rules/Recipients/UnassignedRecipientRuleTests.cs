using WordHelper.Core.Documents;
using WordHelper.Testing;
using static WordHelper.Core.Tests.Rules.RuleRun;

namespace WordHelper.Core.Tests.Rules.Recipients;

/// <summary>A unit the body asks to act must be among the recipients (VB-REC-005); one only named, or told of, need not.</summary>
public class UnassignedRecipientRuleTests
{
    const string Rule = "VB-REC-005";

    static DocxBuilder Head(string kind, string symbol, string issuer = "ỦY BAN NHÂN DÂN", string place = "TỈNH LẠNG SƠN") =>
        DocxBuilder.Create().Lines([issuer, place, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            $"Số: 12/{symbol}", "Lạng Sơn, ngày 05 tháng 3 năm 2026", kind, "Về việc triển khai nhiệm vụ năm 2026"]);

    static DocxBuilder Tail(DocxBuilder b, string[] recipients, string title = "TM. ỦY BAN NHÂN DÂN") =>
        b.Lines(["Nơi nhận:", .. recipients, "- Lưu: VT, KGVX.", title, "CHỦ TỊCH", "Nguyễn Văn A"]);

    static DraftDocument Plan(string[] body, params string[] recipients) =>
        Tail(Head("KẾ HOẠCH", "KH-UBND").Lines(body), recipients).Read().Document;

    static DraftDocument Report(string[] body, params string[] recipients) =>
        Tail(Head("BÁO CÁO", "BC-UBND").Lines(body), recipients).Read().Document;

    static IReadOnlyList<string> Units(DraftDocument doc) => Findings(Rule, doc).Select(f => f.Excerpt).ToList();

    [Theory]
    [InlineData("Đề nghị Sở Y tế chỉ đạo các bệnh viện tham gia.", "Sở Y tế")]
    [InlineData("Giao Sở Tài chính bố trí kinh phí thực hiện.", "Sở Tài chính")]
    [InlineData("Giao cho Giám đốc Sở Xây dựng kiểm tra tiến độ.", "Sở Xây dựng")]
    [InlineData("Yêu cầu Công an tỉnh bảo đảm an ninh trật tự.", "Công an tỉnh")]
    [InlineData("Sở Tư pháp chủ trì, phối hợp với các đơn vị tổ chức tuyên truyền.", "Sở Tư pháp")]
    [InlineData("Sở Công Thương có trách nhiệm theo dõi thị trường.", "Sở Công Thương")]
    [InlineData("Sở Khoa học và Công nghệ tham mưu UBND tỉnh ban hành quy chế.", "Sở Khoa học và Công nghệ")]
    [InlineData("Đơn vị thực hiện: Công an tỉnh.", "Công an tỉnh")]
    [InlineData("d) Đề nghị Viện Kiểm sát nhân dân tỉnh", "Viện Kiểm sát nhân dân tỉnh")]
    [InlineData("e) Đề nghị Ngân hàng Nhà nước khu vực X", "Ngân hàng Nhà nước khu vực X")]
    public void A_unit_a_request_or_a_duty_names_is_found(string line, string unit)
    {
        var f = Assert.Single(Findings(Rule, Plan(["I. NỘI DUNG", line], "- Sở Nội vụ;")));
        Assert.Equal(unit, f.Excerpt);
        Assert.Contains($"Thêm \"{unit}\" vào Nơi nhận", f.Suggestion);
    }

    [Fact]
    public void Units_listed_after_one_request_are_each_found_once_where_first_asked()
    {
        var doc = Plan(["I. NỘI DUNG",
            "Đề nghị Ủy ban MTTQ Việt Nam tỉnh, Hội Nông dân tỉnh, Hội Liên hiệp Phụ nữ tỉnh và Đoàn TNCS Hồ Chí Minh tỉnh phối hợp tuyên truyền.",
            "Đề nghị Hội Nông dân tỉnh báo cáo kết quả."], "- Sở Nội vụ;");

        var findings = Findings(Rule, doc);

        Assert.Equal(["Ủy ban MTTQ Việt Nam tỉnh", "Hội Nông dân tỉnh", "Hội Liên hiệp Phụ nữ tỉnh", "Đoàn TNCS Hồ Chí Minh tỉnh"], findings.Select(f => f.Excerpt));
        Assert.All(findings, f => Assert.Equal(findings[0].Paragraph, f.Paragraph));
    }

    [Theory]
    [InlineData("1. Sở Tài chính: Bố trí kinh phí thực hiện Kế hoạch.", "Sở Tài chính")]
    [InlineData("- Văn phòng HĐND và UBND xã: Theo dõi, tổng hợp kết quả.", "Văn phòng HĐND và UBND xã")]
    [InlineData("b) Công an tỉnh", "Công an tỉnh")]
    [InlineData("3. Các tổ chức thành viên của MTTQ Việt Nam phường tham gia giám sát.", "Các tổ chức thành viên của MTTQ Việt Nam phường")]
    public void A_unit_that_opens_an_item_of_the_section_that_assigns_tasks_is_found(string line, string unit) =>
        Assert.Equal([unit], Units(Plan(["IV. TỔ CHỨC THỰC HIỆN", line], "- Sở Nội vụ;")));

    [Fact]
    public void A_unit_that_opens_an_item_of_another_section_is_not_asked() =>
        Assert.Empty(Units(Plan(["II. KẾT QUẢ NĂM 2025", "1. Sở Tài chính: Bố trí kinh phí 2 tỷ đồng cho các xã."], "- Sở Nội vụ;")));

    [Fact]
    public void A_unit_in_the_lead_column_of_a_table_of_tasks_is_found()
    {
        var doc = Tail(Head("KẾ HOẠCH", "KH-UBND").Lines(["III. NHIỆM VỤ CỤ THỂ"])
            .Table(["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian"],
                   ["1", "Rà soát hồ sơ của Sở Y tế", "Sở Tài chính", "Quý I"],
                   ["2", "Tuyên truyền", "Sở Nội vụ", "Quý II"]), ["- Sở Nội vụ;"]).Read().Document;

        Assert.Equal(["Sở Tài chính"], Units(doc));
    }

    [Theory]
    [InlineData("- Sở Y tế;", "Đề nghị SYT chỉ đạo các bệnh viện.")]
    [InlineData("- SNV;", "Đề nghị Sở Nội vụ thẩm định hồ sơ.")]
    [InlineData("- CA tỉnh;", "Đề nghị Công an tỉnh bảo đảm an ninh.")]
    [InlineData("- BTT UBMTTQVN xã;", "Đề nghị Ban Thường trực Ủy ban MTTQ Việt Nam xã giám sát.")]
    [InlineData("- Đoàn Thanh niên xã;", "Đề nghị Đoàn TNCS Hồ Chí Minh xã tuyên truyền.")]
    [InlineData("- Các sở, ban, ngành tỉnh;", "Đề nghị Sở Y tế chỉ đạo các bệnh viện.")]
    [InlineData("- Các sở, ban, ngành thuộc tỉnh;", "Đề nghị Công an tỉnh bảo đảm an ninh.")]
    [InlineData("- UBND các xã, phường;", "Giao UBND xã Hữu Lũng rà soát hồ sơ.")]
    [InlineData("- Các tổ chức chính trị - xã hội;", "Đề nghị Hội Nông dân, Hội LHPN, Đoàn TN, Hội CCB và Công đoàn cơ sở tham gia.")]
    [InlineData("- Thành phần tham dự họp;", "Giao Sở Xây dựng đôn đốc nhà thầu.")]
    public void A_unit_named_in_another_form_or_covered_by_a_group_is_not_found(string recipient, string line) =>
        Assert.Empty(Units(Plan(["I. NỘI DUNG", line], recipient)));

    [Theory]
    [InlineData("- VP UBND tỉnh;", false)]
    [InlineData("- Văn phòng Ủy ban nhân dân tỉnh;", false)]
    [InlineData("- Sở Y tế;", true)]
    public void The_provincial_office_is_matched_in_any_spelling(string recipient, bool found)
    {
        var doc = Tail(Head("KẾ HOẠCH", "KH-SNV", "UBND TỈNH LẠNG SƠN", "SỞ NỘI VỤ").Lines(["I. NỘI DUNG",
            "Đề nghị VP UBND tỉnh tổng hợp kết quả."]), [recipient], "GIÁM ĐỐC").Read().Document;

        Assert.Equal(found ? ["VP UBND tỉnh"] : [], Units(doc));
    }

    [Fact]
    public void A_unit_addressed_in_kinh_gui_is_covered_by_nhu_tren()
    {
        var doc = Tail(Head("", "UBND-KGVX").Lines(["Kính gửi:", "- Sở Y tế;", "- Sở Giáo dục và Đào tạo.",
            "Đề nghị Sở Y tế phối hợp với Sở Giáo dục và Đào tạo triển khai tiêm chủng."]), ["- Như trên;"]).Read().Document;

        Assert.Empty(Units(doc));
    }

    [Fact]
    public void A_kinh_gui_line_that_runs_on_after_a_comma_is_read_whole()
    {
        var doc = Tail(Head("", "UBND-KT").Lines(["Kính gửi:", "- Các Sở: Công Thương, Tài chính,", "Nông nghiệp và Môi trường;", "- UBND các phường.",
            "Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với UBND phường Yên Bái xác định bãi thải."]), ["- Như trên;"]).Read().Document;

        Assert.Empty(Units(doc));
    }

    [Fact]
    public void Units_the_article_named_as_recipient_lists_are_covered()
    {
        var body = new[] { "QUYẾT ĐỊNH:", "Điều 1. Công bố chỉ số cải cách hành chính năm 2025.", "Điều 2. Giao Sở Nội vụ chủ trì tổ chức khen thưởng.",
            "Điều 3. Chánh Văn phòng UBND tỉnh, Thủ trưởng các sở, ban, ngành tỉnh chịu trách nhiệm thi hành Quyết định này./." };
        Assert.Empty(Units(Tail(Head("QUYẾT ĐỊNH", "QĐ-UBND").Lines(body), ["- Như Điều 3;"]).Read().Document));

        var narrower = body[..3].Append("Điều 3. Chánh Văn phòng UBND tỉnh chịu trách nhiệm thi hành Quyết định này./.").ToArray();
        Assert.Equal(["Sở Nội vụ"], Units(Tail(Head("QUYẾT ĐỊNH", "QĐ-UBND").Lines(narrower), ["- Như Điều 3;"]).Read().Document));
    }

    [Theory]
    [InlineData("Sở Y tế đã chỉ đạo các bệnh viện bảo đảm thuốc.")]
    [InlineData("Công an tỉnh đã ban hành Công văn số 414/CAT-PC04 đề nghị Sở Y tế triển khai hướng dẫn.")]
    [InlineData("Công an tỉnh đã tham mưu UBND tỉnh ban hành kế hoạch.")]
    [InlineData("Sở Tài chính chủ trì thẩm định dự toán trong năm.")]
    public void A_report_telling_what_units_did_assigns_nothing(string line) =>
        Assert.Empty(Units(Report(["I. KẾT QUẢ THỰC HIỆN", line], "- Bộ Nội vụ;")));

    [Fact]
    public void A_report_that_makes_a_request_of_its_own_is_checked() =>
        Assert.Equal(["Sở Tài chính"], Units(Report(["III. ĐỀ XUẤT, KIẾN NGHỊ", "1. Đề nghị Sở Tài chính bố trí kinh phí năm 2026."], "- Bộ Nội vụ;")));

    [Theory]
    [InlineData("Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 12/TTr-SNV ngày 02/3/2026.")]
    [InlineData("Xét đề nghị của Sở Tài chính tại Báo cáo số 31/BC-STC ngày 02/3/2026.")]
    [InlineData("Căn cứ Kế hoạch số 15/KH-SYT ngày 02/3/2026 của Sở Y tế triển khai công tác tiêm chủng;")]
    public void The_preamble_names_no_recipient(string line) =>
        Assert.Empty(Units(Tail(Head("QUYẾT ĐỊNH", "QĐ-UBND").Lines([line, "QUYẾT ĐỊNH:", "Điều 1. Phê duyệt kế hoạch."]), ["- Như Điều 1;"]).Read().Document));

    [Theory]
    [InlineData("Tổ chức hội nghị tại Sở Y tế.")]
    [InlineData("Phối hợp với Bộ Nội vụ, Tổng Liên đoàn Lao động Việt Nam rà soát chế độ.")]
    [InlineData("Phối hợp với Sở Xây dựng, Ban Quản lý dự án đầu tư xây dựng số 1 xác định bãi thải.")]
    [InlineData("3. Giám đốc Công an tỉnh, Phó Trưởng Ban Chỉ đạo.")]
    [InlineData("Các sở, ban, ngành, địa phương trình (kết quả đề nghị): Sở Nội vụ.")]
    [InlineData("Bàn giao Sở Tài chính hồ sơ quyết toán.")]
    public void A_unit_only_named_is_not_asked(string line) =>
        Assert.Empty(Units(Plan(["I. NỘI DUNG", line], "- Sở Nội vụ;")));

    [Fact]
    public void The_issuer_and_its_own_office_are_not_recipients_to_require() =>
        Assert.Empty(Units(Plan(["IV. TỔ CHỨC THỰC HIỆN", "1. UBND tỉnh chỉ đạo các sở triển khai.", "2. Văn phòng UBND tỉnh: Theo dõi, tổng hợp."], "- Sở Nội vụ;")));

    [Fact]
    public void The_office_of_another_body_is_required()
    {
        var doc = Tail(Head("KẾ HOẠCH", "KH-ĐU", "ĐẢNG BỘ TỈNH LẠNG SƠN", "ĐẢNG ỦY XÃ HỮU LŨNG").Lines(["IV. TỔ CHỨC THỰC HIỆN",
            "- Văn phòng HĐND và UBND xã: Bố trí hội trường."]), ["- Các chi bộ;"], "T/M ĐẢNG ỦY").Read().Document;

        Assert.Equal(["Văn phòng HĐND và UBND xã"], Units(doc));
    }

    [Theory]
    [InlineData("- Văn phòng HĐND và UBND xã;")]
    [InlineData("- Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã;")]
    public void A_unit_named_with_abbreviations_is_found_in_a_list_that_names_it_either_way(string recipient)
    {
        var doc = Tail(Head("KẾ HOẠCH", "KH-ĐU", "ĐẢNG BỘ TỈNH LẠNG SƠN", "ĐẢNG ỦY XÃ HỮU LŨNG").Lines(["IV. TỔ CHỨC THỰC HIỆN",
            "Giao Văn phòng HĐND và UBND xã chủ trì bố trí hội trường."]), ["- Các chi bộ;", recipient], "T/M ĐẢNG ỦY").Read().Document;

        Assert.Empty(Units(doc));
    }

    [Fact]
    public void The_office_of_the_commune_that_issues_is_its_own()
    {
        var doc = Tail(Head("KẾ HOẠCH", "KH-UBND", "ỦY BAN NHÂN DÂN", "XÃ HỮU LŨNG").Lines(["IV. TỔ CHỨC THỰC HIỆN",
            "Giao Văn phòng HĐND và UBND xã chủ trì bố trí hội trường."]), ["- Các thôn;"]).Read().Document;

        Assert.Empty(Units(doc));
    }
}
