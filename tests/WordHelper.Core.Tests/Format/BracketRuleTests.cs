using WordHelper.Core.Documents;
using WordHelper.Core.Tests.Rules;

namespace WordHelper.Core.Tests.Format;

/// <summary>VB-FMT-019: a bracket opened and never closed.</summary>
public class BracketRuleTests
{
    static DraftDocument Draft(params string[] lines) => DraftDocument.FromLines(["BÁO CÁO", "Kết quả cải cách hành chính", .. lines]);

    [Theory]
    [InlineData("Giải quyết 9.818 hồ sơ (cấp tỉnh: 3.585; cấp xã: 6.233.", "(cấp tỉnh: 3.585; cấp xã: 6.233.")]
    [InlineData("[ (Đã ký)", "[ (Đã ký)")]
    public void An_unclosed_bracket_is_reported(string line, string excerpt) =>
        Assert.Equal(excerpt, Assert.Single(RuleRun.Findings("VB-FMT-019", Draft(line))).Excerpt);

    [Theory]
    [InlineData("Giải quyết 9.818 hồ sơ (cấp tỉnh: 3.585; cấp xã: 6.233).")]
    [InlineData("Gồm: a) hồ sơ trực tuyến; b) hồ sơ trực tiếp.")] // list markers close nothing
    [InlineData("Nội dung (xem Phụ lục (kèm theo)) đã gửi.")] // nested
    public void Closed_brackets_and_list_markers_are_left_alone(string line) =>
        Assert.Empty(RuleRun.Findings("VB-FMT-019", Draft(line)));

    [Fact]
    public void A_bracket_closed_in_the_next_paragraph_is_left_alone() =>
        Assert.Empty(RuleRun.Findings("VB-FMT-019", Draft("(Chữ ký của người có thẩm quyền,", "dấu/chữ ký số của cơ quan (nếu có))")));
}
