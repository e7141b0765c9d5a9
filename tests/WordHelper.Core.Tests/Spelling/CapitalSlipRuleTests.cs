using WordHelper.Core.Documents;
using WordHelper.Core.Rules;
using WordHelper.Core.Tests.Rules;

namespace WordHelper.Core.Tests.Spelling;

/// <summary>VB-CON-021: two words capitalised within a sentence otherwise than the draft writes them.</summary>
public class CapitalSlipRuleTests
{
    static DraftDocument Draft(params string[] lines) => DraftDocument.FromLines(["BÁO CÁO", "Kết quả công tác năm 2025", .. lines]);

    static readonly string[] Usual = ["Quản lý tài chính, tài sản công.", "Công khai tài chính ngân sách.", "Thanh tra tài chính đột xuất."];

    [Fact]
    public void A_common_noun_capitalised_after_a_function_word_is_reported_with_the_usual_writing()
    {
        var document = Draft([.. Usual, "Số kiến nghị xử lý khác về Tài chính là 12 tỷ đồng."]);
        var finding = Assert.Single(RuleRun.Findings("VB-CON-021", document));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("Tài chính", finding.Excerpt);
        Assert.Contains("\"tài chính\" 3 lần", finding.Message);
        Assert.Equal("Số kiến nghị xử lý khác về tài chính là 12 tỷ đồng.", RuleRun.Fixed(document, finding));
    }

    [Fact]
    public void A_word_capitalised_alone_before_a_function_word_is_reported()
    {
        var document = Draft("Năm 2024 tỉnh đã ban hành kế hoạch.", "Năm nay tỉnh đã tổ chức hội nghị.", "Quý I, tỉnh đã kiểm tra.",
            "Trong năm 2025, Tỉnh đã tổ chức phát sóng 12 chương trình.");
        Assert.Equal("Tỉnh đã", Assert.Single(RuleRun.Findings("VB-CON-021", document)).Excerpt);
    }

    [Fact]
    public void A_later_word_of_a_name_capitalised_once_is_reported()
    {
        var document = Draft("Năm nay Liên đoàn tổ chức giải.", "Hội viên của Liên đoàn đóng phí.", "Điều lệ của Liên đoàn quy định.",
            "Các quy định và quy chế của Liên Đoàn được thực hiện.");
        Assert.Equal("Liên Đoàn", Assert.Single(RuleRun.Findings("VB-CON-021", document)).Excerpt);
    }

    [Fact]
    public void A_body_name_the_draft_capitalises_put_in_lower_case_is_reported()
    {
        var document = Draft("Theo chỉ đạo của Chính phủ.", "Báo cáo gửi Chính phủ.", "Nghị quyết của Chính phủ.",
            "Thu ngân sách vượt 10% so với chính phủ giao.");
        Assert.Equal("chính phủ", Assert.Single(RuleRun.Findings("VB-CON-021", document)).Excerpt);
    }

    [Theory]
    [InlineData("Sở Tài chính chủ trì thực hiện.")] // a capital after a capital: a name
    [InlineData("Giao các sở: Tài chính, Nội vụ thực hiện.")] // a list after a colon
    [InlineData("Tài chính công được công khai.")] // the start of a sentence
    [InlineData("Sở Khoa học và Tài chính số phối hợp.")] // "và" within a name
    [InlineData("Theo “Quy định về Tài chính” đã ban hành.")] // a quotation
    public void Names_lists_sentence_starts_and_quotations_are_left_alone(string line) =>
        Assert.Empty(RuleRun.Findings("VB-CON-021", Draft([.. Usual, line])));

    [Fact]
    public void Words_capitalised_at_will_and_an_even_usage_are_left_alone()
    {
        Assert.Empty(RuleRun.Findings("VB-CON-021", Draft("Lập kế hoạch năm.", "Giao kế hoạch vốn.", "Kế hoạch chi tiết được lập.",
            "Triển khai kế hoạch sớm.", "Thực hiện theo Kế hoạch của tỉnh.")));
        Assert.Empty(RuleRun.Findings("VB-CON-021", Draft("Quản lý tài chính.", "Công khai tài chính.", "Việc về Tài chính.", "Hồ sơ về Tài chính.")));
    }
}
