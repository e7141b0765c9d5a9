using WordHelper.Core.Documents;
using WordHelper.Core.Tests.Rules;

namespace WordHelper.Core.Tests.Format;

/// <summary>VB-FMT-026: thousands grouped with commas where the figure cannot be a decimal.</summary>
public class ThousandsCommaRuleTests
{
    static DraftDocument Draft(params string[] lines) => DraftDocument.FromLines(["QUYẾT ĐỊNH", "Về việc giao nhiệm vụ", .. lines]);

    [Theory]
    [InlineData("Mức phụ cấp tiền đồng 187,200 đồng.", "187,200", "187.200")]
    [InlineData("Tổng kinh phí 25,000 VNĐ cho mỗi người.", "25,000", "25.000")]
    [InlineData("Dân số toàn tỉnh là 1,234,567 người.", "1,234,567", "1.234.567")]
    public void A_figure_grouped_with_commas_is_reported_with_points(string line, string written, string right)
    {
        var finding = Assert.Single(RuleRun.Findings("VB-FMT-026", Draft(line)));
        Assert.Equal(written, finding.Excerpt);
        Assert.Equal(right, finding.Suggestion);
    }

    [Fact]
    public void One_figure_written_twice_is_one_finding() =>
        Assert.Single(RuleRun.Findings("VB-FMT-026", Draft("Phụ cấp 187,200 đồng.", "Mỗi tháng nhận 187,200 đồng.")));

    [Theory]
    [InlineData("Mức phụ cấp 187.200 đồng; hệ số 0,04.")] // Vietnamese grouping and decimal
    [InlineData("Diện tích trồng mới 1,500 ha.")] // may be a decimal: one group before a unit that is not money
    [InlineData("Thực hiện theo Điều 1, 2, 3 và khoản 100,200.")] // no group of three before money
    [InlineData("Theo Quyết định: “hỗ trợ 187,200 đồng”.")] // another document's words
    public void Vietnamese_figures_and_possible_decimals_are_left_alone(string line) =>
        Assert.Empty(RuleRun.Findings("VB-FMT-026", Draft(line)));
}
