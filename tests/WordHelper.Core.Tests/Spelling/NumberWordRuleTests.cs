using WordHelper.Core.Documents;
using WordHelper.Core.Tests.Rules;

namespace WordHelper.Core.Tests.Spelling;

/// <summary>VB-CON-024: a word of a figure written out, misspelt.</summary>
public class NumberWordRuleTests
{
    static DraftDocument Draft(string line) => DraftDocument.FromLines(["BÁO CÁO", "Kết quả thu nộp ngân sách", line]);

    [Fact]
    public void A_misspelt_number_word_between_two_others_is_repaired()
    {
        var document = Draft("Số tiền nộp ngân sách 43.790.000 đồng (bốn mươi ba triêu bảy trăm chín mươi nghìn đồng).");
        var finding = Assert.Single(RuleRun.Findings("VB-CON-024", document));
        Assert.Equal("ba triêu bảy", finding.Excerpt);
        Assert.Equal("Số tiền nộp ngân sách 43.790.000 đồng (bốn mươi ba triệu bảy trăm chín mươi nghìn đồng).", RuleRun.Fixed(document, finding));
    }

    [Theory]
    [InlineData("Số tiền 43.790.000 đồng (bốn mươi ba triệu bảy trăm chín mươi nghìn đồng).")]
    [InlineData("Tổ chức ba đợt kiểm tra, năm ngày một lần.")] // number words around ordinary words
    public void Right_figures_and_ordinary_words_are_left_alone(string line) =>
        Assert.Empty(RuleRun.Findings("VB-CON-024", Draft(line)));
}
