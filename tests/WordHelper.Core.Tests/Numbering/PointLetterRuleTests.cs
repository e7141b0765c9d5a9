using WordHelper.Core.Documents;
using WordHelper.Core.Rules;
using WordHelper.Testing;
using static WordHelper.Core.Tests.Numbering.NumberingDrafts;

namespace WordHelper.Core.Tests.Numbering;

/// <summary>Points in the Vietnamese letter order (VB-NUM-008, VB-NUM-009) in plans and in decisions with their attached texts.</summary>
public class PointLetterRuleTests
{
    [Fact]
    public void Latin_letters_are_an_error_once_per_list_with_the_right_letters()
    {
        var f = Assert.Single(Findings("1. Nhiệm vụ", "a) Một", "b) Hai", "c) Ba", "d) Bốn", "e) Năm", "f) Sáu", "g) Bảy"));
        Assert.Equal(("VB-NUM-008", Severity.Error, "f) Sáu"), (f.Rule, f.Severity, f.Excerpt));
        Assert.Contains("a), b), c), d), đ), e), g)", f.Message);
    }

    [Fact]
    public void A_list_without_đ_is_a_warning_only_when_another_list_has_it()
    {
        string[] withĐ = ["1. Nhiệm vụ", "a) Một", "b) Hai", "c) Ba", "d) Bốn", "đ) Năm"];
        string[] withoutĐ = ["2. Quyền hạn", "a) Một", "b) Hai", "c) Ba", "d) Bốn", "e) Năm"];
        var f = Assert.Single(Findings([.. withĐ, .. withoutĐ]));
        Assert.Equal(("VB-NUM-009", Severity.Warning, "e) Năm"), (f.Rule, f.Severity, f.Excerpt));
        Assert.Contains("\"đ)\"", f.Message);
        Assert.Empty(Findings(["1. Quyền hạn", .. withoutĐ[1..]]));
        Assert.Equal("", Ids(Findings([.. withĐ, "2. Quyền hạn", "a) Một", "b) Hai", "c) Ba", "d) Bốn", "đ) Năm", "e) Sáu"])));
    }

    [Fact]
    public void Sub_items_under_a_point_do_not_split_the_list_and_a_new_clause_does()
    {
        Assert.Equal("VB-NUM-008", Ids(Findings("1. Nhiệm vụ", "a) Một", "1) Chi tiết", "2) Chi tiết", "b) Hai", "c) Ba", "d) Bốn", "e) Năm", "f) Sáu")));
        Assert.Empty(Findings("1. Nhiệm vụ", "a) Một", "b) Hai", "c) Ba", "d) Bốn", "đ) Năm", "2. Quyền hạn", "a) Một", "b) Hai"));
    }

    [Fact]
    public void A_letter_out_of_order_is_left_to_the_numbering_rule()
    {
        var f = Assert.Single(Findings("1. Nhiệm vụ", "a) Một", "b) Hai", "c) Ba", "g) Bốn", "f) Năm"), x => x.Rule != "VB-NUM-001");
        Assert.Equal("VB-NUM-003", f.Rule);
    }

    [Fact]
    public void The_regulation_after_a_decisions_signature_is_checked_its_articles_starting_afresh()
    {
        var findings = Findings(Decision(
            "Điều 1. Tên gọi", "Điều 2. Nhiệm vụ", "1. Hội viên tổ chức", "a) Một", "b) Hai", "c) Ba", "d) Bốn", "đ) Năm", "e) Sáu", "g) Bảy",
            "2. Hội viên cá nhân", "a) Một", "b) Hai", "c) Ba", "e) Bốn",
            "Chương II", "TỔ CHỨC", "Điều 3. Đại hội", "Điều 5. Ban Chấp hành"));
        Assert.Equal(["Sau \"c)\" là \"e)\": thiếu \"d)\".", "Sau \"Điều 3.\" là \"Điều 5.\": thiếu \"Điều 4.\"."],
            findings.Select(f => f.Message).ToArray());
        Assert.All(findings, f => Assert.Equal(Severity.Error, f.Severity));
        Assert.Empty(Findings(Decision("Điều 1. Tên gọi", "Điều 2. Nhiệm vụ", "Chương II", "TỔ CHỨC", "Điều 3. Đại hội", "Điều 4. Ban Chấp hành")));
    }

    [Fact]
    public void A_text_after_the_signature_that_no_decision_issues_is_not_read()
    {
        var plain = DocxBuilder.Create().Paragraph("QUYẾT ĐỊNH").Paragraph("Phê duyệt Điều lệ").Paragraph("QUYẾT ĐỊNH:")
            .Paragraph("Điều 1. Phê duyệt.").Paragraph("Điều 2. Hiệu lực.")
            .Table(["Nơi nhận:", "KT. CHỦ TỊCH"], ["- Lưu: VT.", "PHÓ CHỦ TỊCH"])
            .Paragraph("GHI CHÚ").Paragraph("Điều 1. Một").Paragraph("Điều 3. Ba").Read().Document;
        Assert.Empty(Findings(plain));
    }

    /// <summary>
    /// A decision approving a charter, signed in a two-column table, then the charter with its own national title:
    /// the charter's chapters and articles are <paramref name="charter"/>.
    /// </summary>
    static DraftDocument Decision(params string[] charter)
    {
        var b = DocxBuilder.Create()
            .Table(["ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], ["Số: 12/QĐ-UBND", "Lâm Đồng, ngày 05 tháng 12 năm 2025"])
            .Paragraph("QUYẾT ĐỊNH").Paragraph("Phê duyệt Điều lệ Hội").Paragraph("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG")
            .Paragraph("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;").Paragraph("QUYẾT ĐỊNH:")
            .Paragraph("Điều 1. Phê duyệt Điều lệ Hội.").Paragraph("Điều 2. Quyết định có hiệu lực từ ngày ký.").Paragraph("Điều 3. Chánh Văn phòng thi hành.")
            .Table(["Nơi nhận:", "KT. CHỦ TỊCH"], ["- Như Điều 3;", "PHÓ CHỦ TỊCH"], ["- Lưu: VT.", "Nguyễn Văn A"])
            .Paragraph("ĐIỀU LỆ").Paragraph("HỘI NGHỀ NGHIỆP TỈNH LÂM ĐỒNG")
            .Paragraph("(Phê duyệt kèm theo Quyết định số 12/QĐ-UBND ngày 05 tháng 12 năm 2025 của Chủ tịch Ủy ban nhân dân tỉnh)")
            .Paragraph("Chương I").Paragraph("QUY ĐỊNH CHUNG");
        foreach (var line in charter) b.Paragraph(line);
        return b.Read().Document;
    }

}
