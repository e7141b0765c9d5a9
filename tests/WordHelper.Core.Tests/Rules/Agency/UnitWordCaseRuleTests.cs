using WordHelper.Core.Documents;
using WordHelper.Core.Tests.Rules;

namespace WordHelper.Core.Tests.Rules.Agency;

/// <summary>VB-AGN-008: the level of a body ("tỉnh", "xã") written with a capital after the body's name or before a place within a sentence.</summary>
public class UnitWordCaseRuleTests
{
    static DraftDocument Draft(params string[] lines) => DraftDocument.FromLines(["BÁO CÁO", "Kết quả thực hiện", .. lines]);

    [Theory]
    [InlineData("Đề nghị UBND Tỉnh xem xét.", "UBND Tỉnh", "Đề nghị UBND tỉnh xem xét.")]
    [InlineData("Báo cáo Ủy ban nhân dân Xã Hòa Bình.", "nhân dân Xã", "Báo cáo Ủy ban nhân dân xã Hòa Bình.")]
    [InlineData("Thường trực Ủy ban MTTQVN Phường theo dõi.", "MTTQVN Phường", "Thường trực Ủy ban MTTQVN phường theo dõi.")]
    [InlineData("Là hoạt động của phật tử Quận Ngũ Hành Sơn.", "Quận Ngũ", "Là hoạt động của phật tử quận Ngũ Hành Sơn.")] // a place within a sentence
    public void The_level_is_reported_in_lower_case(string line, string written, string repaired)
    {
        var document = Draft(line);
        var finding = Assert.Single(RuleRun.Findings("VB-AGN-008", document));
        Assert.Equal(written, finding.Excerpt);
        Assert.Equal(repaired, RuleRun.Fixed(document, finding));
    }

    [Theory]
    [InlineData("Báo cáo UBND tỉnh và Ủy ban nhân dân xã Hòa Bình.")]
    [InlineData("Báo cáo Ban Thường vụ Tỉnh ủy, BCH Tỉnh đoàn và HĐND Huyện ủy.")] // names of their own
    [InlineData("Làm việc với UBND Phường 2 Bảo Lộc và UBND Quận 3.")] // names made of a number
    [InlineData("Theo Thông báo: “đề nghị UBND Tỉnh xem xét”.")] // another document's words
    [InlineData("Tỉnh Lâm Đồng có 124 xã; chi trả bảo hiểm Xã Hội.")] // a sentence's start; a word the level makes with the next
    public void Right_names_pass(string line) =>
        Assert.Empty(RuleRun.Findings("VB-AGN-008", Draft(line)));
}
