using WordHelper.Core.Documents;
using WordHelper.Core.Tests.Rules;

namespace WordHelper.Core.Tests.Consistency;

/// <summary>VB-CON-029: a date of the draft's own text that no calendar has.</summary>
public class ImpossibleDateRuleTests
{
    static DraftDocument Plan(params string[] lines) => DraftDocument.FromLines(["KẾ HOẠCH", "Tổ chức hội nghị", .. lines]);

    [Theory]
    [InlineData("Thời gian: từ ngày 01/4/2026 đến ngày 31/4/2026.", "31/4/2026", "tháng 4 năm 2026 chỉ có 30 ngày")]
    [InlineData("Hoàn thành trước ngày 29/02/2026.", "29/02/2026", "tháng 2 năm 2026 chỉ có 28 ngày")]
    [InlineData("Báo cáo trước ngày 15/13/2026.", "15/13/2026", "không có tháng 13")]
    public void A_date_no_calendar_has_is_an_error_that_says_why(string line, string date, string reason)
    {
        var finding = Assert.Single(RuleRun.Findings("VB-CON-029", Plan(line)));
        Assert.Equal((WordHelper.Core.Rules.Severity.Error, date), (finding.Severity, finding.Excerpt));
        Assert.Contains(reason, finding.Message);
    }

    [Theory]
    [InlineData("Hoàn thành trước ngày 29/02/2028 và ngày 30/4/2026.")] // a leap year
    [InlineData("Thực hiện Quyết định số 12/QĐ-UBND ngày 31/4/2026 của UBND xã.")] // a cited date is VB-CIT-003's
    public void Real_dates_and_cited_dates_are_left_alone(string line) =>
        Assert.Empty(RuleRun.Findings("VB-CON-029", Plan(line)));

    [Fact]
    public void An_English_text_writes_its_month_first() =>
        Assert.Empty(RuleRun.Findings("VB-CON-029", DraftDocument.FromLines(["Meeting notes", "The review is due on 07/22/2004 at noon."])));
}
