using WordHelper.Core.Documents;

namespace WordHelper.Core.Tests.Rules.CitationChecks;

/// <summary>VB-CIT-022: "Điều" and "Chương" capitalised, "khoản" and "điểm" not, in a reference within a sentence; one finding per habit.</summary>
public class PartReferenceCaseRuleTests
{
    static DraftDocument Draft(params string[] body) => DraftDocument.FromLines(["QUYẾT ĐỊNH", "Về việc thành lập Hội đồng", .. body]);

    [Theory]
    [InlineData("Theo quy định tại Điều 31 và Khoản 4 Điều 32 của Luật.", "Theo quy định tại Điều 31 và khoản 4 Điều 32 của Luật.")]
    [InlineData("Các cơ quan như điều 4 thi hành.", "Các cơ quan như Điều 4 thi hành.")]
    [InlineData("Thực hiện theo chương II của Quy chế.", "Thực hiện theo Chương II của Quy chế.")]
    [InlineData("Chi trả các Khoản phụ cấp theo lương.", "Chi trả các khoản phụ cấp theo lương.")]
    public void A_miswritten_reference_is_found_and_repaired(string line, string repaired)
    {
        var document = Draft(line);
        var finding = Assert.Single(RuleRun.Findings("VB-CIT-022", document));
        Assert.Equal(repaired, RuleRun.Fixed(document, finding));
    }

    [Theory]
    [InlineData("Theo điểm a khoản 4 Điều 32 và Chương II của Luật.")]
    [InlineData("Khoản 1 được sửa đổi như sau: Điểm mới là hồ sơ điện tử.")] // a sentence's first word
    [InlineData("Theo Quyết định: “căn cứ điều 4 của Quy chế”.")] // another document's words
    [InlineData("Giải ngân vốn Khoản vay ADB số 3385-VIE.")] // may name a loan
    public void Right_references_and_sentence_starts_are_left_alone(string line) =>
        Assert.Empty(RuleRun.Findings("VB-CIT-022", Draft(line)));

    [Fact]
    public void One_finding_names_every_place_of_the_same_habit()
    {
        var finding = Assert.Single(RuleRun.Findings("VB-CIT-022", Draft("Theo Điều 3 và Khoản 2 Điều 5.", "Theo Khoản 1 Điều 6.")));
        Assert.Contains("gặp ở các đoạn", finding.Message);
    }
}
