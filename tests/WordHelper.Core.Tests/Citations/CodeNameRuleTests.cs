using WordHelper.Core.Documents;
using WordHelper.Core.Tests.Rules;

namespace WordHelper.Core.Tests.Citations;

/// <summary>VB-CIT-023: a code cited as a law.</summary>
public class CodeNameRuleTests
{
    static DraftDocument Draft(params string[] lines) => DraftDocument.FromLines(["HƯỚNG DẪN", "Chế độ nghỉ của người lao động", .. lines]);

    [Theory]
    [InlineData("Thời gian nghỉ theo Luật Lao động năm 2019.", "Luật Lao động", "Bộ luật Lao động")]
    [InlineData("Hành vi bị xử lý theo Luật Hình sự.", "Luật Hình sự", "Bộ luật Hình sự")]
    public void A_code_cited_as_a_law_is_reported_with_its_name(string line, string written, string name)
    {
        var finding = Assert.Single(RuleRun.Findings("VB-CIT-023", Draft(line)));
        Assert.Equal(written, finding.Excerpt);
        Assert.Equal(name, finding.Suggestion);
    }

    [Theory]
    [InlineData("Thời gian nghỉ theo Bộ luật Lao động năm 2019.")]
    [InlineData("Thực hiện theo quy định của pháp luật dân sự.")] // the field, not a name
    [InlineData("Theo Luật An toàn, vệ sinh lao động.")] // a law of its own
    public void Codes_fields_and_laws_are_left_alone(string line) =>
        Assert.Empty(RuleRun.Findings("VB-CIT-023", Draft(line)));
}
