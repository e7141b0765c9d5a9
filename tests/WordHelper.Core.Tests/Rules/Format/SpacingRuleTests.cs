using WordHelper.Core.Documents;
using WordHelper.Core.Rules;
using WordHelper.Testing;

namespace WordHelper.Core.Tests.Rules.Format;

/// <summary>VB-FMT-014: spaces around punctuation, each slip found once and repaired in place; right spacing, quotations and laid-out parts are left alone.</summary>
public class SpacingRuleTests
{
    static DraftDocument Draft(params string[] body) => DraftDocument.FromLines(["KẾ HOẠCH", "Tổ chức hội nghị", .. body]);

    [Theory]
    [InlineData("Mô hình “Hồ sơ không bản giấy”đã thực hiện.", "Mô hình “Hồ sơ không bản giấy” đã thực hiện.")]
    [InlineData("Kết nối Nền tảng dữ liệu quốc gia(NDXP) tại tỉnh.", "Kết nối Nền tảng dữ liệu quốc gia (NDXP) tại tỉnh.")]
    [InlineData("Ma túy vào theo 03 lớp: (1)Từ khu vực biên giới.", "Ma túy vào theo 03 lớp: (1) Từ khu vực biên giới.")]
    [InlineData("6.1.Công tác rà soát", "6.1. Công tác rà soát")]
    [InlineData("Lập dự toán các chi phí…trên cơ sở đó phê duyệt.", "Lập dự toán các chi phí… trên cơ sở đó phê duyệt.")]
    [InlineData("Thông qua khi quá nửa thành viên đồng ý ).", "Thông qua khi quá nửa thành viên đồng ý).")]
    [InlineData("Các sở , ban, ngành thực hiện.", "Các sở, ban, ngành thực hiện.")]
    [InlineData("Rà soát chức năng, quyền      hạn của các sở.", "Rà soát chức năng, quyền hạn của các sở.")]
    [InlineData("Kế hoạch năm học 2025- 2026.", "Kế hoạch năm học 2025 - 2026.")]
    [InlineData("Nhiệm kỳ 2026 -2031.", "Nhiệm kỳ 2026 - 2031.")]
    public void A_slip_is_found_and_repaired(string line, string repaired)
    {
        var document = Draft(line);
        var finding = Assert.Single(RuleRun.Findings("VB-FMT-014", document));
        Assert.Equal(repaired, RuleRun.Fixed(document, finding));
    }

    [Fact]
    public void A_run_of_spaces_is_information_the_other_slips_warnings()
    {
        var findings = RuleRun.Findings("VB-FMT-014", Draft("Rà soát quyền  hạn của quốc gia(NDXP)."));
        Assert.Equal([Severity.Warning, Severity.Info], findings.Select(f => f.Severity).OrderByDescending(s => s));
    }

    [Theory]
    [InlineData("Mô hình “Hồ sơ không bản giấy” đã thực hiện (NDXP); theo 03 lớp: (1) Từ biên giới… trong nội địa.")]
    [InlineData("6.1. Công tác rà soát; ngày……tháng…… năm 2025")]
    [InlineData("Theo Kết luận: “tổ chức(lại) bộ máy”.")] // inside another document's words
    [InlineData("\tTổ chức thực hiện.")] // indentation
    [InlineData("Giai đoạn 2021 - 2025 và 2026-2030; từ Km0 - Km2.")] // a hyphen spaced on both sides or on neither
    [InlineData("(Kèm theo Kế hoạch số      /KH-UBND ngày      tháng      năm 2025)")] // a date to be filled when signed
    public void Right_spacing_and_quotations_are_left_alone(string line) =>
        Assert.Empty(RuleRun.Findings("VB-FMT-014", Draft(line)));

    [Fact]
    public void In_a_table_only_a_run_between_two_words_in_lower_case_counts()
    {
        var document = DocxBuilder.Create().Paragraph("BÁO CÁO").Paragraph("Kết quả năm 2025")
            .Table(["TT", "Nội dung", "Số liệu"], ["1", "Rà soát chức năng, quyền      hạn", "12   450"]).Read().Document;
        var finding = Assert.Single(RuleRun.Findings("VB-FMT-014", document));
        Assert.Contains("quyền", finding.Excerpt);
    }

    [Fact]
    public void The_header_and_the_signature_block_are_laid_out_by_hand()
    {
        var findings = RuleRun.Findings("VB-FMT-014",
            "UBND TỈNH LẠNG SƠN", "Số:     /KH-UBND", "Lạng Sơn, ngày      tháng 3 năm 2025", "KẾ HOẠCH", "Tổ chức hội nghị",
            "Các đơn vị thực hiện./.", "Nơi nhận:", "- Lưu: VT, NC.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn   Văn A");
        Assert.Empty(findings);
    }
}
