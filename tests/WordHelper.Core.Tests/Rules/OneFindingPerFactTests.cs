using WordHelper.Core.Documents;

namespace WordHelper.Core.Tests.Rules;

/// <summary>Where two checks of a category repair the same words the same way, the drafter reads the wider one only.</summary>
public class OneFindingPerFactTests
{
    static readonly WordHelper.Core.Rules.Checker Checker = new();

    [Fact]
    public void A_type_name_inside_a_law_name_is_repaired_once_by_the_law_name()
    {
        var findings = Checker.Check(DraftDocument.FromLines(["KẾ HOẠCH", "Tổ chức tuyên truyền", "Phổ biến Điều 256a của Bộ Luật Hình sự cho học viên."])).Findings;
        Assert.Equal("Bộ Luật Hình sự", Assert.Single(findings, f => f.Category == WordHelper.Core.Rules.RuleCategory.Citation && f.Excerpt.Contains("Bộ Luật")).Excerpt);
    }

    [Fact]
    public void Two_facts_about_one_citation_are_both_told()
    {
        var findings = Checker.Check(DraftDocument.FromLines(["KẾ HOẠCH", "Tổ chức tuyên truyền",
            "Thực hiện Nghị định số 110/2004/NĐ-CP ngày 08/4/2004 của Thủ tướng Chính phủ về công tác văn thư."])).Findings;
        Assert.Contains(findings, f => f.Rule == "VB-CIT-007"); // replaced by a later decree
        Assert.Contains(findings, f => f.Rule == "VB-CIT-010"); // issued by the Government, not the Prime Minister
    }
}
