using WordHelper.Core.Documents;
using WordHelper.Core.Rules;
using WordHelper.Core.Tests.Rules;

namespace WordHelper.Core.Tests.Rules.Agency;

/// <summary>A retired unit's name is a mistake where the draft acts on it, and history where the draft tells of the past.</summary>
public class RetiredNameHistoryTests
{
    static readonly Checker Checker = new(clock: new FixedClock(new DateOnly(2026, 11, 22)));

    static List<Finding> Retired(params string[] body) =>
        Checker.Check(DraftDocument.FromLines([
            "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "Số: 15/BC-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "Lâm Đồng, ngày 10 tháng 3 năm 2026", "BÁO CÁO", "Kết quả cải cách hành chính năm 2025", .. body]))
            .Findings.Where(f => f.Category == RuleCategory.Agency).ToList();

    [Fact]
    public void A_retired_name_the_draft_acts_on_is_reported()
    {
        var finding = Assert.Single(Retired("Giao UBND tỉnh Đắk Nông tổng hợp số liệu quý I."));
        Assert.Equal("VB-AGN-003", finding.Rule);
    }

    [Fact]
    public void The_list_under_a_before_the_merger_heading_is_history_up_to_the_after_heading()
    {
        var findings = Retired(
            "Trước sáp nhập tỉnh:",
            "- UBND tỉnh Đắk Nông đã ban hành 23 quyết định;",
            "- UBND tỉnh Bình Thuận đã ban hành 32 quyết định.",
            "Sau sáp nhập tỉnh:",
            "- Giao UBND tỉnh Bình Thuận rà soát lại các quyết định.");
        Assert.Equal(11, Assert.Single(findings).Paragraph);
    }

    [Fact]
    public void A_clause_about_the_merger_or_citing_an_older_document_is_history_even_after_a_present_time_phrase()
    {
        Assert.Empty(Retired(
            "Từ ngày 01/7/2025 đến nay, HĐND tỉnh đã bãi bỏ 315 Nghị quyết do HĐND tỉnh Bình Thuận ban hành trước khi sáp nhập.",
            "Ủy ban nhân dân tỉnh Đắk Nông ban hành Kế hoạch số 62/KH-UBND ngày 23/01/2025 về theo dõi thi hành pháp luật.",
            "Chuyển giao nhiệm vụ cai nghiện từ Sở Lao động - Thương binh và Xã hội sang Công an tỉnh."));
    }
}
