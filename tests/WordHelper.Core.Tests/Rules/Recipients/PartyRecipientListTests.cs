using WordHelper.Core.Documents;

namespace WordHelper.Core.Tests.Rules.Recipients;

/// <summary>VB-REC-002 on a Party document: its entries end with a comma (Hướng dẫn 36-HD/VPTW), a State document's with a semicolon.</summary>
public class PartyRecipientListTests
{
    static DraftDocument Plan(string issuer, string symbol, string signer, params string[] recipients) => DraftDocument.FromLines(
    [
        .. issuer.Split('|'), $"Số {symbol}", "Cam Lộ, ngày 05 tháng 01 năm 2026", "KẾ HOẠCH", "Học tập Nghị quyết Đại hội",
        "I. NỘI DUNG", "Các chi bộ tổ chức học tập./.", "Nơi nhận:", .. recipients, signer, "BÍ THƯ", "Trần Văn Hùng",
    ]);

    [Fact]
    public void Entries_ending_with_a_comma_are_the_Party_s_form()
    {
        var party = Plan("ĐẢNG BỘ TỈNH QUẢNG TRỊ|ĐẢNG ỦY XÃ CAM LỘ|*|ĐẢNG CỘNG SẢN VIỆT NAM", "45-KH/ĐU", "T/M BAN THƯỜNG VỤ",
            "- Ban Thường vụ Tỉnh ủy (b/c),", "- Các chi bộ trực thuộc,", "- Lưu Văn phòng Đảng ủy.");
        Assert.Empty(RuleRun.Findings("VB-REC-002", party));
    }

    [Fact]
    public void A_Party_entry_with_no_mark_at_its_end_is_still_found()
    {
        var party = Plan("ĐẢNG BỘ TỈNH QUẢNG TRỊ|ĐẢNG ỦY XÃ CAM LỘ|*|ĐẢNG CỘNG SẢN VIỆT NAM", "45-KH/ĐU", "T/M BAN THƯỜNG VỤ",
            "- Ban Thường vụ Tỉnh ủy (b/c),", "- Các chi bộ trực thuộc", "- Lưu Văn phòng Đảng ủy.");
        Assert.Equal("- Các chi bộ trực thuộc", Assert.Single(RuleRun.Findings("VB-REC-002", party)).Excerpt);
    }

    [Fact]
    public void A_State_document_s_entries_end_with_a_semicolon()
    {
        var state = Plan("ỦY BAN NHÂN DÂN|XÃ CAM LỘ|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập - Tự do - Hạnh phúc", "45/KH-UBND", "TM. ỦY BAN NHÂN DÂN",
            "- Thường trực Đảng ủy (b/c),", "- Các thôn;", "- Lưu: VT.");
        Assert.Equal("- Thường trực Đảng ủy (b/c),", Assert.Single(RuleRun.Findings("VB-REC-002", state)).Excerpt);
    }
}
