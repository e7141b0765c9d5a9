using WordHelper.Core.Rules;
using WordHelper.Core.Tests.Rules;

namespace WordHelper.Core.Tests.Format;

/// <summary>VB-FMT-028: no colon after the type name, no full stop after the summary; the decision's own "QUYẾT ĐỊNH:" is left alone.</summary>
public class TitleMarksRuleTests
{
    static string[] Plan(string kind, params string[] title) =>
        ["ỦY BAN NHÂN DÂN", "XÃ HÒA AN", "Số: 12/KH-UBND", "Hòa An, ngày 10 tháng 3 năm 2026", kind, .. title, "I. NỘI DUNG", "Nội dung kế hoạch./."];

    [Fact]
    public void A_colon_after_the_type_name_is_found_and_removed()
    {
        var finding = Assert.Single(RuleRun.Findings("VB-FMT-028", Plan("KẾ HOẠCH:", "Tổ chức Ngày hội văn hóa năm 2026")));
        Assert.Equal(("KẾ HOẠCH:", "KẾ HOẠCH"), (finding.Excerpt, finding.Suggestion));
        Assert.Equal(new TextFix(4, 8, 1, ""), finding.Fix);
    }

    [Fact]
    public void A_full_stop_at_the_end_of_a_summary_that_runs_on_is_found_on_its_last_line()
    {
        var finding = Assert.Single(RuleRun.Findings("VB-FMT-028", Plan("KẾ HOẠCH", "Tổ chức Ngày hội văn hóa", "các thôn năm 2026.")));
        Assert.Equal("các thôn năm 2026.", finding.Excerpt);
    }

    [Theory]
    [InlineData("Tổ chức Ngày hội văn hóa năm 2026")]
    [InlineData("Làm việc với Công ty TNHH A.B.")]
    [InlineData("Kiểm tra công tác tại TP.")]
    public void A_summary_without_a_stop_or_ending_on_an_abbreviation_is_left_alone(string title) =>
        Assert.Empty(RuleRun.Findings("VB-FMT-028", Plan("KẾ HOẠCH", title)));
}
