using WordHelper.Core.Tests.Rules;

namespace WordHelper.Core.Tests.Citations;

/// <summary>VB-CIT-027: "số" dropped before a cited number where the draft writes it elsewhere.</summary>
public class CitedNumberLeadRuleTests
{
    static string[] Plan(params string[] bases) => ["KẾ HOẠCH", "Tổ chức bầu cử", .. bases, "I. NỘI DUNG", "Nội dung kế hoạch./."];

    [Fact]
    public void A_number_without_its_word_among_numbers_with_it_is_found_once()
    {
        var finding = Assert.Single(RuleRun.Findings("VB-CIT-027", Plan("Căn cứ Luật số 85/2015/QH13;", "Căn cứ Nghị quyết số 101/2025/UBTVQH15;",
            "Căn cứ Chỉ thị số 46-CT/TW;", "Căn cứ Kế hoạch số 12/KH-UBBC;", "Căn cứ Nghị quyết 40/NQ-HĐBCQG ngày 29/9/2025;", "Thực hiện Nghị quyết 40/NQ-HĐBCQG;")));
        Assert.Equal(("Nghị quyết 40/NQ-HĐBCQG", "Nghị quyết số 40/NQ-HĐBCQG"), (finding.Excerpt, finding.Suggestion));
        Assert.Contains("gặp ở các đoạn 7, 8", finding.Message);
    }

    [Fact]
    public void A_draft_that_seldom_writes_the_word_is_not_judged() =>
        Assert.Empty(RuleRun.Findings("VB-CIT-027", Plan("Căn cứ Nghị quyết số 101/2025/UBTVQH15;", "Căn cứ Nghị quyết 40/NQ-HĐBCQG;", "Căn cứ Chỉ thị 46-CT/TW;")));
}
