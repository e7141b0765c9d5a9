using WordHelper.Core.Documents;

namespace WordHelper.Core.Tests.Rules.CitationChecks;

/// <summary>VB-CIT-019: a law's or code's name cited with the wrong capitals is found and corrected; right names and common nouns are not.</summary>
public class LawNameCaseRuleTests
{
    static DraftDocument Draft(string line) => DraftDocument.FromLines(["KẾ HOẠCH", "Tổ chức hội nghị", line]);

    [Theory]
    [InlineData("Căn cứ Luật xử lý vi phạm hành chính năm 2012;", "Luật xử lý vi phạm hành chính", "Căn cứ Luật Xử lý vi phạm hành chính năm 2012;")]
    [InlineData("Căn cứ Luật Tổ chức Chính quyền địa phương năm 2025;", "Luật Tổ chức Chính quyền địa phương", "Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;")]
    [InlineData("Theo Bộ Luật Hình sự năm 2015.", "Bộ Luật Hình sự", "Theo Bộ luật Hình sự năm 2015.")]
    [InlineData("Thực hiện luật Phòng, chống ma túy.", "luật Phòng, chống ma túy", "Thực hiện Luật Phòng, chống ma túy.")]
    [InlineData("Theo Luật Ngân sách Nhà nước.", "Luật Ngân sách Nhà nước", "Theo Luật Ngân sách nhà nước.")]
    public void A_name_with_wrong_capitals_is_found_and_corrected(string line, string written, string corrected)
    {
        var document = Draft(line);
        var finding = Assert.Single(RuleRun.Findings("VB-CIT-019", document));
        Assert.Equal(written, finding.Excerpt);
        Assert.Equal(corrected, RuleRun.Fixed(document, finding));
    }

    [Theory]
    [InlineData("Căn cứ Luật Tổ chức chính quyền địa phương, Luật Tổ chức Chính phủ và Bộ luật Lao động.")]
    [InlineData("Tuyên truyền pháp luật về phòng, chống ma túy; luật đất đai còn nhiều bất cập.")] // common nouns
    [InlineData("Căn cứ Luật Đầu tư công năm 2024.")] // the longer name is the one cited
    public void Right_names_and_common_nouns_are_left_alone(string line) =>
        Assert.Empty(RuleRun.Findings("VB-CIT-019", Draft(line)));
}
