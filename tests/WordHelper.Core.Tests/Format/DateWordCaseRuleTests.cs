using WordHelper.Core.Documents;
using WordHelper.Core.Tests.Rules;

namespace WordHelper.Core.Tests.Format;

/// <summary>VB-FMT-029: "ngày", "tháng" before a figure within a sentence take no capital; a holiday named by its date keeps it.</summary>
public class DateWordCaseRuleTests
{
    static DraftDocument Draft(params string[] lines) => DraftDocument.FromLines(["KẾ HOẠCH", "Tổ chức Hội trại", .. lines]);

    [Theory]
    [InlineData("Khai mạc lúc 8h00 Ngày 10 và bế mạc ngày 11/8/2019.", "Ngày 10", "Khai mạc lúc 8h00 ngày 10 và bế mạc ngày 11/8/2019.")]
    [InlineData("Báo cáo kết quả trong Tháng 3 năm 2026.", "Tháng 3", "Báo cáo kết quả trong tháng 3 năm 2026.")]
    [InlineData("Căn cứ Thông tri số 04/TT-MTTW-BTT Ngày 04/11/2025 của Ủy ban.", "Ngày 04/11/2025", "Căn cứ Thông tri số 04/TT-MTTW-BTT ngày 04/11/2025 của Ủy ban.")]
    public void A_capital_within_a_sentence_is_found_and_lowered(string line, string written, string repaired)
    {
        var document = Draft(line);
        var finding = Assert.Single(RuleRun.Findings("VB-FMT-029", document));
        Assert.Equal(written, finding.Excerpt);
        Assert.Equal(repaired, RuleRun.Fixed(document, finding));
    }

    [Theory]
    [InlineData("Ngày 10/3/2026, Ban Tổ chức họp.")] // a sentence's start
    [InlineData("Tổ chức các hoạt động kỷ niệm Ngày 20/11 và chào mừng Ngày 8/3.")] // holidays named by their date
    [InlineData("- Thời gian: Tháng 11/2025.")] // after a colon
    [InlineData("Theo Thông báo: “họp vào Ngày 10”.")] // another's words
    public void Sentence_starts_holidays_and_quotations_are_left_alone(string line) =>
        Assert.Empty(RuleRun.Findings("VB-FMT-029", Draft(line)));
}
