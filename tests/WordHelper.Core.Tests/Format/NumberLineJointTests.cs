using WordHelper.Core.Tests.Rules;

namespace WordHelper.Core.Tests.Format;

/// <summary>VB-FMT-001 on the draft's own symbol: its letter groups are joined by "-", and the repair says so.</summary>
public class NumberLineJointTests
{
    static string[] Plan(string number) =>
        ["ỦY BAN NHÂN DÂN", "XÃ HÒA AN", $"Số: {number}", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
         "Hòa An, ngày 10 tháng 3 năm 2026", "KẾ HOẠCH", "Tổ chức Ngày hội văn hóa năm 2026", "Nội dung kế hoạch./."];

    [Theory]
    [InlineData("12/KH.UBND", ".", "12/KH-UBND")]
    [InlineData("12/KH/UBND", "/", "12/KH-UBND")]
    [InlineData("12/KH-UBND.VX", ".", "12/KH-UBND-VX")]
    public void Letter_groups_joined_by_another_mark_are_found_and_repaired(string number, string mark, string repaired)
    {
        var finding = Assert.Single(RuleRun.Findings("VB-FMT-001", Plan(number)));
        Assert.Contains($"không dùng dấu \"{mark}\"", finding.Message);
        Assert.Equal(repaired, finding.Suggestion);
        Assert.Empty(RuleRun.Findings("VB-FMT-013", Plan(number)));
    }

    [Theory]
    [InlineData("12/KH-UBND")]
    [InlineData("66.18/2026/NQ-CP")]
    [InlineData("   /KH-UBND")]
    public void Symbols_joined_by_hyphens_are_left_alone(string number) =>
        Assert.Empty(RuleRun.Findings("VB-FMT-001", Plan(number)));
}
