using WordHelper.Core.Tests.Rules;
using WordHelper.Testing;

namespace WordHelper.Core.Tests.Consistency;

/// <summary>VB-CON-015 and VB-CON-016: a percentage that contradicts its fraction, and a share over 100% in a table.</summary>
public class PercentageRuleTests
{
    static DocxBuilder Report(params string[] lines) =>
        DocxBuilder.Create().Paragraph("BÁO CÁO").Paragraph("Kết quả cải cách hành chính năm 2025").Lines(lines);

    [Theory]
    [InlineData("Đã cập nhật 17.019/17.525 trường hợp, đạt tỷ lệ 97,17%.", "là 97,11%, không phải 97,17%")]
    [InlineData("Giải quyết đúng hạn 45/50 hồ sơ (đạt 80%).", "là 90%, không phải 80%")]
    [InlineData("Thanh toán trực tuyến: 552.693/513.672 hồ sơ (đạt 92,94%).", "tử số và mẫu số bị đảo")]
    public void A_percentage_its_fraction_does_not_give_is_found(string line, string problem)
    {
        var finding = Assert.Single(RuleRun.Findings("VB-CON-015", Report(line).Read().Document));
        Assert.Contains(problem, finding.Message);
    }

    [Theory]
    [InlineData("Đã cập nhật 17.019/17.525 trường hợp, đạt tỷ lệ 97,11%; 124/124 xã (100%); 2/3 sở (66,7%).")]
    [InlineData("Có 38/124 xã đạt, chỉ tiêu đề ra là tối thiểu 20%.")] // a target, not the fraction's value
    [InlineData("Từ ngày 20/5 đến nay đạt 95%.")] // a date
    [InlineData("Năm học 2024/2025, tỷ lệ học sinh lên lớp đạt 99,5%; quý 2/2025 đạt 98%.")] // periods
    [InlineData("Có 17/20 xã hoàn thành. Tỷ lệ bao phủ BHYT đạt 92%.")] // another sentence
    [InlineData("Giải quyết 1.200/1.250 hồ sơ, hồ sơ trễ hạn chiếm 0,5%.")] // another share
    public void Right_percentages_targets_and_dates_are_left_alone(string line) =>
        Assert.Empty(RuleRun.Findings("VB-CON-015", Report(line).Read().Document));

    [Fact]
    public void A_share_row_over_100_percent_is_found_at_its_figure()
    {
        var document = Report("BIỂU MẪU").Table(
            ["STT", "Nội dung", "Đơn vị tính", "Số liệu"],
            ["1.1.", "Tỷ lệ sở, ngành đã hoàn thành sắp xếp", "%", "100"],
            ["1.2.", "Tỷ lệ UBND cấp xã đã hoàn thành sắp xếp", "%", "124"],
            ["1.3.", "Số ban quản lý trực thuộc", "Ban", "105"]).Read().Document;

        var finding = Assert.Single(RuleRun.Findings("VB-CON-016", document));
        Assert.Equal("124", finding.Excerpt);
    }
}
