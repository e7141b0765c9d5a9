using WordHelper.Core.Documents;
using WordHelper.Core.Rules;
using WordHelper.Core.Tests.Rules;

namespace WordHelper.Core.Tests.Structure;

/// <summary>
/// Party and Youth Union documents follow their own drafting rules: no Quốc hiệu or Tiêu ngữ, "45-KH/TU" numbers,
/// "T/M BAN THƯỜNG VỤ" / "PHÓ BÍ THƯ" signatures, "- Lưu Văn phòng". None of NĐ 30's form rules is held against them;
/// what is wrong in any document still is.
/// </summary>
public class PartySystemDocumentTests
{
    static readonly string[] YouthUnionPlan =
    [
        "TỈNH ĐOÀN LÂM ĐỒNG", "BAN CHẤP HÀNH", "ĐOÀN TNCS HỒ CHÍ MINH", "Số: 125-KH/TĐTN-PT", "Lâm Đồng, ngày 10 tháng 3 năm 2026",
        "KẾ HOẠCH", "Tổ chức Tháng Thanh niên năm 2026", "I. MỤC ĐÍCH, YÊU CẦU", "Phát huy vai trò xung kích của đoàn viên.",
        "II. NỘI DUNG", "Tổ chức các hoạt động tình nguyện.", "III. KINH PHÍ", "Từ nguồn kinh phí của Tỉnh đoàn.",
        "IV. TỔ CHỨC THỰC HIỆN", "Các cơ sở đoàn triển khai thực hiện./.", "Nơi nhận:", "- Trung ương Đoàn;", "- Lưu: VP Tỉnh đoàn.",
        "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "PHÓ BÍ THƯ", "Nguyễn Văn A",
    ];

    static readonly string[] PartyReport =
    [
        "ĐẢNG BỘ TỈNH LÂM ĐỒNG", "ĐẢNG ỦY XÃ ĐAM RÔNG", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số: 12-BC/ĐU", "Đam Rông, ngày 05 tháng 6 năm 2026",
        "BÁO CÁO", "Kết quả công tác xây dựng Đảng 6 tháng đầu năm 2026", "I. KẾT QUẢ", "Đảng ủy đã lãnh đạo hoàn thành các chỉ tiêu.",
        "II. PHƯƠNG HƯỚNG", "Tiếp tục thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương.",
        "Nơi nhận:", "- Ban Thường vụ Tỉnh ủy;", "- Lưu Văn phòng Đảng ủy.", "T/M ĐẢNG ỦY", "BÍ THƯ", "Nguyễn Văn B",
    ];

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_party_system_document_is_recognised_and_held_to_no_State_form(string[] lines)
    {
        var document = DraftDocument.FromLines(lines);
        Assert.True(HeaderRecognizer.Recognize(document, RulePack.RulePackData.Default).IsPartySystem);
        var findings = new Checker().Check(document).Findings;
        Assert.DoesNotContain(findings, f => f.Rule is "VB-STR-001" or "VB-STR-002" or "VB-FMT-001" or "VB-STR-010" or "VB-STR-011" or "VB-STR-012" or "VB-REC-003");
        Assert.DoesNotContain(findings, f => f.Severity == Severity.Error);
    }

    public static TheoryData<string[]> Documents() => new() { YouthUnionPlan, PartyReport };

    [Fact]
    public void What_is_wrong_in_any_document_is_still_found()
    {
        var lines = YouthUnionPlan.Select(l => l == "Tổ chức các hoạt động tình nguyện." ? "Tổ chức các các hoạt động tình nguyện." : l).ToArray();
        Assert.Single(RuleRun.Findings("VB-FMT-010", DraftDocument.FromLines(lines)));
    }

    [Fact]
    public void A_Party_number_under_a_Quốc_hiệu_is_a_State_number_mistyped()
    {
        var document = DraftDocument.FromLines(["UBND TỈNH LÂM ĐỒNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "Số: 12-KH/UBND", "Lâm Đồng, ngày 05 tháng 3 năm 2026", "KẾ HOẠCH", "Tổ chức hội nghị", "Nội dung./.",
            "Nơi nhận:", "- Lưu: VT, NC.", "TL.CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Nguyễn Văn A"]);
        Assert.False(HeaderRecognizer.Recognize(document, RulePack.RulePackData.Default).IsPartySystem);
        var findings = new Checker().Check(document).Findings;
        Assert.Contains(findings, f => f.Rule == "VB-FMT-001");
        Assert.Contains(findings, f => f.Rule == "VB-STR-010");
    }

    [Fact]
    public void A_Party_number_spread_over_a_run_of_spaces_is_read_whole_and_its_spaces_reported()
    {
        var lines = YouthUnionPlan.Select(l => l == "Số: 125-KH/TĐTN-PT" ? "Số  37    -KH/TĐTN-PT" : l).ToArray();
        var document = DraftDocument.FromLines(lines);
        var header = HeaderRecognizer.Recognize(document, RulePack.RulePackData.Default);
        Assert.Equal("37    -KH/TĐTN-PT", header.Number);
        Assert.True(header.IsPartySystem);
        var f = Assert.Single(RuleRun.Findings("VB-FMT-001", document));
        Assert.Equal("37-KH/TĐTN-PT", f.Suggestion);
        // A serial left blank for the day of signing is not judged.
        Assert.Empty(RuleRun.Findings("VB-FMT-001", DraftDocument.FromLines(YouthUnionPlan.Select(l => l == "Số: 125-KH/TĐTN-PT" ? "Số:     - KH/TĐTN-PT" : l).ToArray())));
    }

    [Fact]
    public void A_State_document_still_needs_its_Quốc_hiệu() =>
        Assert.NotEmpty(RuleRun.Findings("VB-STR-001", "UBND TỈNH LÂM ĐỒNG", "Số: 12/KH-UBND", "KẾ HOẠCH", "Tổ chức hội nghị", "Nội dung./."));
}
