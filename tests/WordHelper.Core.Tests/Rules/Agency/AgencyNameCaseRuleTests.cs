using WordHelper.Core.Documents;
using WordHelper.Core.Rules;

namespace WordHelper.Core.Tests.Rules.Agency;

/// <summary>VB-AGN-007: a body's name written as a name with the wrong capitals is found and corrected; common nouns, capitals and quotations are not.</summary>
public class AgencyNameCaseRuleTests
{
    static DraftDocument Draft(string line) => DraftDocument.FromLines(["KẾ HOẠCH", "Tổ chức hội nghị", line]);

    [Theory]
    [InlineData("Giao Sở Công thương chủ trì thực hiện.", "Sở Công thương", "Giao Sở Công Thương chủ trì thực hiện.")]
    [InlineData("Mời đại diện Mặt trận tổ quốc tỉnh dự.", "Mặt trận tổ quốc", "Mời đại diện Mặt trận Tổ quốc tỉnh dự.")]
    [InlineData("Báo cáo Ủy ban Nhân dân tỉnh.", "Ủy ban Nhân dân", "Báo cáo Ủy ban nhân dân tỉnh.")]
    [InlineData("Giám đốc sở Khoa học và Công nghệ ký.", "sở Khoa học và Công nghệ", "Giám đốc Sở Khoa học và Công nghệ ký.")]
    [InlineData("Phối hợp Sở Văn hóa, thể thao và du lịch.", "Sở Văn hóa, thể thao và du lịch", "Phối hợp Sở Văn hóa, Thể thao và Du lịch.")]
    [InlineData("Giao Uỷ ban thường vụ Quốc hội xem xét.", "Uỷ ban thường vụ Quốc hội", "Giao Uỷ ban Thường vụ Quốc hội xem xét.")]
    public void A_name_with_wrong_capitals_is_found_and_corrected(string line, string written, string corrected)
    {
        var document = Draft(line);
        var finding = Assert.Single(RuleRun.Findings("VB-AGN-007", document));
        Assert.Equal(written, finding.Excerpt);
        Assert.Equal(corrected, RuleRun.Fixed(document, finding));
    }

    [Theory]
    [InlineData("Giao Sở Công Thương, Mặt trận Tổ quốc tỉnh và Ủy ban nhân dân các xã thực hiện.")]
    [InlineData("Thành lập ban kiểm tra liên ngành của xã.")] // a common noun, not the name
    [InlineData("GIAO SỞ CÔNG THƯƠNG CHỦ TRÌ.")] // capitals
    [InlineData("Theo đề nghị “Sở Công thương tổng hợp” của Bộ.")] // quoted
    [InlineData("Các Sở Công Thươngxã.")] // part of a longer word
    public void Right_names_common_nouns_capitals_and_quotations_are_left_alone(string line) =>
        Assert.Empty(RuleRun.Findings("VB-AGN-007", Draft(line)));

    [Fact]
    public void One_finding_names_every_place_of_the_same_writing()
    {
        var findings = RuleRun.Findings("VB-AGN-007", "KẾ HOẠCH", "Tổ chức hội nghị", "Giao Sở Công thương chủ trì.", "Sở Công thương báo cáo.");
        var finding = Assert.Single(findings);
        Assert.Contains("gặp ở các đoạn", finding.Message);
    }
}
