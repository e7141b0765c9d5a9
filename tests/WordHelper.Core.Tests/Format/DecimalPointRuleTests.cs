using WordHelper.Core.Documents;
using WordHelper.Core.Tests.Rules;

namespace WordHelper.Core.Tests.Format;

/// <summary>VB-FMT-018: a measured figure written with a decimal point in running text.</summary>
public class DecimalPointRuleTests
{
    static DraftDocument Draft(params string[] lines) => DraftDocument.FromLines(["BÁO CÁO", "Kết quả đánh giá năm 2025", .. lines]);

    [Theory]
    [InlineData("Chỉ số đạt 16.5 điểm, xếp thứ 3.", "16.5 điểm", "16,5 điểm")]
    [InlineData("Tỷ lệ tăng 2.75% so với năm trước.", "2.75%", "2,75%")]
    [InlineData("Diện tích trồng mới 1.5 ha rừng.", "1.5 ha", "1,5 ha")]
    public void A_decimal_point_before_a_unit_is_reported_with_the_comma(string line, string written, string right)
    {
        var finding = Assert.Single(RuleRun.Findings("VB-FMT-018", Draft(line)));
        Assert.Equal(written, finding.Excerpt);
        Assert.Equal(right, finding.Suggestion);
    }

    [Theory]
    [InlineData("Chỉ số đạt 16,5 điểm; giải quyết 1.234 hồ sơ; tăng 2,5%.")] // Vietnamese decimals and thousands
    [InlineData("Thực hiện theo mục 2.1 điểm a Kế hoạch.")] // a part number
    [InlineData("Các tiêu chí 1.2 điểm đạt yêu cầu.")] // a criterion's number
    [InlineData("Ngày 15.9.2025 đạt 3 điểm.")] // dotted groups
    [InlineData("Phiên bản 2.0 của phần mềm.")] // no unit
    public void Right_figures_and_part_numbers_are_left_alone(string line) =>
        Assert.Empty(RuleRun.Findings("VB-FMT-018", Draft(line)));
}
