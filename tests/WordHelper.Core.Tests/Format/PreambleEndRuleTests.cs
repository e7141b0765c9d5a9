using WordHelper.Core.Documents;
using WordHelper.Core.Tests.Rules;

namespace WordHelper.Core.Tests.Format;

/// <summary>VB-FMT-024: the last line of a decision's căn cứ ends with a full stop.</summary>
public class PreambleEndRuleTests
{
    static DraftDocument Decision(string lastPreamble, string kind = "QUYẾT ĐỊNH") => DraftDocument.FromLines(
        ["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI", "Số: 12/QĐ-UBND", kind, "Về việc ủy quyền trong lĩnh vực vật liệu nổ công nghiệp",
         "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;", lastPreamble,
         "QUYẾT ĐỊNH:", "Điều 1. Ủy quyền cho Giám đốc Sở Công Thương.", "Điều 2. Quyết định này có hiệu lực từ ngày ký./."]);

    [Theory]
    [InlineData("Theo đề nghị của Giám đốc Sở Công Thương,", "dấu \",\"")]
    [InlineData("Theo đề nghị của Giám đốc Sở Công Thương;", "dấu \";\"")]
    [InlineData("Theo đề nghị của Giám đốc Sở Công Thương", "không có dấu")]
    public void A_last_preamble_line_not_ended_by_a_full_stop_is_reported_and_closed(string line, string end)
    {
        var doc = Decision(line);
        var f = Assert.Single(RuleRun.Findings("VB-FMT-024", doc));
        Assert.Contains(end, f.Message);
        Assert.Equal(line, f.Excerpt);
        Assert.Equal("Theo đề nghị của Giám đốc Sở Công Thương.", RuleRun.Fixed(doc, f));
    }

    [Fact]
    public void A_full_stop_or_another_kind_of_document_is_left_alone()
    {
        Assert.Empty(RuleRun.Findings("VB-FMT-024", Decision("Theo đề nghị của Giám đốc Sở Công Thương.")));
        // Not a căn cứ line: the rule reads only the preamble's own phrases.
        Assert.Empty(RuleRun.Findings("VB-FMT-024", Decision("Giám đốc Sở Công Thương,")));
    }
}
