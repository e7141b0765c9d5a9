using WordHelper.Core.Documents;
using WordHelper.Core.Tests.Rules;

namespace WordHelper.Core.Tests.Consistency;

/// <summary>VB-CON-025: a report closing its period dated before half of the period has passed.</summary>
public class EarlyReportRuleTests
{
    static DraftDocument Report(string dateLine, string title) => DraftDocument.FromLines([
        "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN", "Số:    /BC-UBND", dateLine, "BÁO CÁO", title, "I. KẾT QUẢ", "Các sở đã hoàn thành nhiệm vụ./."]);

    [Theory]
    [InlineData("Lạng Sơn, ngày 05 tháng 3 năm 2025", "Tổng kết công tác cải cách hành chính năm 2025")]
    [InlineData("Lạng Sơn, ngày 10 tháng 7 năm 2025", "Kết quả công tác quý III/2025")]
    public void A_report_dated_early_in_the_period_it_closes_is_a_warning(string dateLine, string title)
    {
        var finding = Assert.Single(RuleRun.Findings("VB-CON-025", Report(dateLine, title)));
        Assert.Equal(WordHelper.Core.Rules.Severity.Warning, finding.Severity);
        Assert.Equal(dateLine, finding.Excerpt);
    }

    [Theory]
    [InlineData("Lạng Sơn, ngày 15 tháng 11 năm 2025", "Tổng kết công tác cải cách hành chính năm 2025")] // most of the year over
    [InlineData("Lạng Sơn, ngày 05 tháng 3 năm 2025", "Dự toán ngân sách năm 2025")] // a period ahead
    [InlineData("Lạng Sơn, ngày 05 tháng 6 năm 2026", "Kết quả thực hiện Tháng hành động về an toàn, vệ sinh lao động năm 2026")] // an event's year
    [InlineData("Lạng Sơn, ngày 25 tháng 3 năm 2025", "Kết quả công tác tháng 3/2025")] // a month
    [InlineData("Lạng Sơn, ngày 20 tháng 6 năm 2025", "Tình hình thực hiện nhiệm vụ năm 2025")] // a progress report
    public void Reports_written_when_their_period_allows_pass(string dateLine, string title) =>
        Assert.Empty(RuleRun.Findings("VB-CON-025", Report(dateLine, title)));
}
