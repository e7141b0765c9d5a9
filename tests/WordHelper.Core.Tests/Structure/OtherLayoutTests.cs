using WordHelper.Core.Documents;
using WordHelper.Core.Rules;
using WordHelper.Core.Tests.Rules;

namespace WordHelper.Core.Tests.Structure;

/// <summary>
/// Papers an office signs that NĐ 30/2020 lays out otherwise or not at all: a blank form left to fill in, a licence, a
/// Biên bản (dated in its body, its title running on), a decision whose signer's title shares a cell with the name.
/// </summary>
public class OtherLayoutTests
{
    static readonly Checker Checker = new(clock: new FixedClock(RuleRun.Today));

    static IReadOnlyList<Finding> Errors(params string[] lines) =>
        Checker.Check(DraftDocument.FromLines(lines)).Findings.Where(f => f.Severity == Severity.Error).ToList();

    [Fact]
    public void A_form_of_dotted_fields_to_fill_is_a_form()
    {
        var result = Checker.Check(DraftDocument.FromLines([
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "VĂN BẢN THỎA THUẬN",
            "Hôm nay, ngày .... tháng .... năm ......., tại địa chỉ ....................................",
            "Ông: ......................................................", "CCCD số: ...........................................",
            "Thường trú: ...................................................", "Bà: ......................................................",
            "CCCD số: ...........................................", "Hai bên thống nhất các nội dung sau."]));
        Assert.Equal("form", result.Header.Genre?.Category);
        Assert.DoesNotContain(result.Findings, f => f.Severity == Severity.Error);
    }

    [Fact]
    public void A_draft_with_a_blank_number_and_date_is_no_form() =>
        Assert.Null(Checker.Check(DraftDocument.FromLines([
            "ỦY BAN NHÂN DÂN", "XÃ HÒA BÌNH", "Số: ……/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "Hòa Bình, ngày ……… tháng ……… năm 2026", "KẾ HOẠCH", "Tổ chức hội nghị", "I. MỤC ĐÍCH", "Tổng kết năm 2025."])).Header.Genre);

    [Fact]
    public void A_licence_follows_its_own_law_and_is_required_no_parts() =>
        Assert.Empty(Errors("UBND TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG", "Số:      /GP-SCT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc", "GIẤY PHÉP", "VẬN CHUYỂN HÀNG HÓA NGUY HIỂM", "Sở Công Thương tỉnh Lào Cai cho phép:",
            "Tên tổ chức: Công ty cổ phần Phương Nam."));

    [Fact]
    public void A_licence_issued_in_the_form_of_a_decision_is_a_licence()
    {
        var result = Checker.Check(DraftDocument.FromLines([
            "ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI", "Số: 12/GP-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "Lào Cai, ngày 05 tháng 3 năm 2026", "GIẤY PHÉP SỬ DỤNG VẬT LIỆU NỔ CÔNG NGHIỆP", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI",
            "Căn cứ Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ;", "QUYẾT ĐỊNH:", "Điều 1. Cho phép Công ty cổ phần X sử dụng vật liệu nổ công nghiệp.",
            "Điều 2. Giấy phép có giá trị 05 năm./."]));
        Assert.Equal("Giấy phép", result.Header.Type?.Name);
        Assert.DoesNotContain(result.Findings, f => f.Rule == "VB-FMT-013");
    }

    [Fact]
    public void A_government_resolution_numbered_with_a_point_is_well_formed() =>
        Assert.DoesNotContain(Errors("CHÍNH PHỦ", "Số: 66.18/2026/NQ-CP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "Hà Nội, ngày 15 tháng 01 năm 2026", "NGHỊ QUYẾT", "Về phân quyền giải quyết thủ tục hành chính", "Các Bộ thực hiện./.",
            "Nơi nhận:", "- Các Bộ;", "- Lưu: VT.", "TM. CHÍNH PHỦ", "THỦ TƯỚNG", "Phạm Minh Chính"), f => f.Rule == "VB-FMT-001");

    [Fact]
    public void An_offices_submission_slip_is_numbered_and_laid_out_its_own_way()
    {
        string[] slip = ["UBND TỈNH LÂM ĐỒNG", "VĂN PHÒNG", "Số: 10-01/26/PT-NC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC", "Kính gửi: Lãnh đạo UBND tỉnh.", "1. Vấn đề trình: Tổ chức Hội nghị công bố xã không ma túy.",
            "2. Cơ quan trình: Công an tỉnh.", "3. Ý kiến của Lãnh đạo UBND tỉnh"];
        Assert.Equal("Phiếu trình", Checker.Check(DraftDocument.FromLines(slip)).Header.Type?.Name);
        Assert.Empty(Errors(slip));
        // A Tờ trình numbered so is malformed.
        Assert.Contains(Errors([.. slip.Select(l => l.Replace("PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC", "TỜ TRÌNH"))]), f => f.Rule == "VB-FMT-001");
    }

    [Theory]
    [InlineData("Lâm Đồng, ngày         tháng        năm ")]
    [InlineData("Lâm Đồng, ngày ... tháng ... năm ......")]
    [InlineData("Lâm Đồng, ngày     tháng     năm 2026")]
    public void A_date_line_left_blank_to_its_year_waits_for_the_signing(string dateLine)
    {
        var result = Checker.Check(DraftDocument.FromLines("ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "Số:              /KH-UBND",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", dateLine, "KẾ HOẠCH", "Tuyên truyền cải cách hành chính năm 2026"));
        Assert.Equal(5, result.Header.DateLine?.Index);
        Assert.DoesNotContain(result.Findings, f => f.Rule == "VB-STR-005");
    }

    [Fact]
    public void A_mail_merge_template_holds_the_summarys_place_with_a_field()
    {
        string[] template = ["ĐẢNG BỘ TỈNH KHÁNH HÒA", "ĐẢNG ỦY XÃ CÔNG HẢI", "*", "Số        -CV/ĐU", "{{TRICH_YEU_CONG_VAN}}",
            "ĐẢNG CỘNG SẢN VIỆT NAM", "Công Hải, ngày     tháng 7 năm 2026", "Kính gửi: Các chi bộ trực thuộc.",
            "Thực hiện {{van_ban_cap_tren}}, Thường trực Đảng ủy có ý kiến chỉ đạo như sau:",
            "Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.", "Nơi nhận:", "- Như trên;", "- Lưu Văn phòng Đảng ủy.",
            "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Xuân Hoàng"];
        Assert.Empty(Errors(template));
        // Without the field, the summary is missing.
        Assert.Contains(Errors([.. template.Where(l => !l.StartsWith("{{"))]), f => f.Rule == "VB-STR-006");
    }

    [Fact]
    public void A_mail_merge_template_fills_its_number_date_and_type_from_data()
    {
        string[] template = ["SỞ GDĐT TỈNH ĐỒNG THÁP", "TRƯỜNG THPT ĐỐC BINH KIỀU", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "Số: {{so_ky_hieu}}", "Đồng Tháp, {{ngay_thang}}", "{{loai_van_ban}}", "{{trich_yeu}}", "{{noi_dung}}",
            "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "HIỆU TRƯỞNG", "{{nguoi_ky}}"];
        Assert.Empty(Errors(template));
        // The same frame with the fields filled wrong is judged.
        Assert.Contains(Errors([.. template.Select(l => l.Replace("{{so_ky_hieu}}", "12-KH/THPT").Replace("{{loai_van_ban}}", "KẾ HOẠCH"))]),
            f => f.Rule is "VB-FMT-001" or "VB-STR-005");
    }

    [Fact]
    public void A_record_is_dated_in_its_body_and_its_title_runs_on()
    {
        var result = Checker.Check(DraftDocument.FromLines([
            "SỞ CÔNG THƯƠNG", "Số: 12/BB-SCT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "BIÊN BẢN LÀM VIỆC", "Về hồ sơ cụm công nghiệp", "Hôm nay, ngày 26/5/2026, tại Sở Công Thương, chúng tôi gồm:",
            "Cuộc họp kết thúc vào 11 giờ cùng ngày./.", "Nơi nhận:", "- Các thành viên;", "- Lưu: VT.", "CHỦ TỌA", "Nguyễn Văn An"]));
        Assert.Equal("Biên bản", result.Header.Type?.Name);
        Assert.DoesNotContain(result.Findings, f => f.Severity == Severity.Error);
    }

    [Fact]
    public void A_signers_title_sharing_a_cell_with_the_name_is_the_signature()
    {
        var result = Checker.Check(DraftDocument.FromLines([
            "THỦ TƯỚNG CHÍNH PHỦ", "Số: 07/CT-TTg", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "Hà Nội, ngày 02 tháng 3 năm 2012", "CHỈ THỊ", "Về việc chấn chỉnh công tác quản lý", "Các Bộ, ngành thực hiện nghiêm Chỉ thị này./.",
            "Nơi nhận:", "- Các Bộ;", "- Lưu: Văn thư, KTN.", "THỦ TƯỚNG\n\n\nNguyễn Tấn Dũng"]));
        Assert.NotEmpty(result.Header.Signature);
        Assert.DoesNotContain(result.Findings, f => f.Rule == "VB-STR-007");
    }

    [Fact]
    public void A_summary_written_in_lower_case_is_the_letters_summary() =>
        Assert.Equal("về việc rút hồ sơ cấp giấy phép", Checker.Check(DraftDocument.FromLines([
            "CÔNG TY TNHH RAINBOW", "Số: 12/RB-GP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "về việc rút hồ sơ cấp giấy phép", "Hồ Chí Minh, ngày 05 tháng 3 năm 2026", "Kính gửi: Cục Hóa chất",
            "Công ty đề nghị rút hồ sơ./."])).Header.Title);
}
