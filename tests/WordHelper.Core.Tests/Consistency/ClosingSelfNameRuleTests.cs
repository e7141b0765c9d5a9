using WordHelper.Core.Tests.Rules;

namespace WordHelper.Core.Tests.Consistency;

/// <summary>VB-CON-019: the closing sentence names the document as its header does.</summary>
public class ClosingSelfNameRuleTests
{
    static string[] Draft(string kind, string symbol, string title, string closing) =>
        ["UBND TỈNH LÂM ĐỒNG", $"Số: 12/{symbol}", kind, title, "I. NỘI DUNG", "Nội dung chính.", closing,
         "Nơi nhận:", "- Lưu: VT, NC.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn A"];

    [Fact]
    public void A_plan_that_closes_as_a_report_is_found()
    {
        var finding = Assert.Single(RuleRun.Findings("VB-CON-019",
            Draft("KẾ HOẠCH", "KH-UBND", "Tuyên truyền cải cách hành chính năm 2026", "Trên đây là Báo cáo tuyên truyền năm 2026 của UBND tỉnh./.")));
        Assert.Contains("gọi văn bản là báo cáo, nhưng văn bản là kế hoạch", finding.Message);
        Assert.Equal(6, finding.Paragraph);
    }

    [Fact]
    public void A_final_review_that_closes_as_a_mid_term_one_is_found()
    {
        var finding = Assert.Single(RuleRun.Findings("VB-CON-019",
            Draft("BÁO CÁO", "BC-UBND", "Tổng kết công tác phòng, chống ma túy năm 2025", "Trên đây là báo cáo sơ kết công tác phòng, chống ma túy năm 2025./.")));
        Assert.Contains("gọi là \"sơ kết\", nhưng trích yếu là \"tổng kết\"", finding.Message);
    }

    [Theory]
    [InlineData("Trên đây là nội dung Báo cáo tổng kết công tác phòng, chống ma túy năm 2025./.")]
    [InlineData("Trên đây là kết quả công tác năm 2025./.")] // no kind named
    public void A_closing_that_names_the_document_as_it_is_is_left_alone(string closing) =>
        Assert.Empty(RuleRun.Findings("VB-CON-019", Draft("BÁO CÁO", "BC-UBND", "Tổng kết công tác phòng, chống ma túy năm 2025", closing)));
}
