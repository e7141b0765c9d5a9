using WordHelper.Core.Tests.Rules;

namespace WordHelper.Core.Tests.Consistency;

/// <summary>VB-CON-026: an invitation or a plan whose every time has passed on the day it is dated.</summary>
public class PastEventRuleTests
{
    static string[] Invitation(string dateLine, params string[] body) =>
        ["ỦY BAN NHÂN DÂN", "XÃ HÒA AN", "Số: 05/GM-UBND", dateLine, "GIẤY MỜI", "Họp triển khai công tác bầu cử", .. body,
         "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An"];

    [Fact]
    public void A_meeting_dated_before_its_invitation_is_found_once()
    {
        var finding = Assert.Single(RuleRun.Findings("VB-CON-026", Invitation("Hòa An, ngày 12 tháng 3 năm 2026",
            "- Thời gian: 14 giờ 00, ngày 10/3/2026.", "- Địa điểm: Hội trường UBND xã.", "- Thời gian đăng ký: trước ngày 09/3/2026.")));
        Assert.Equal("10/3/2026", finding.Excerpt);
        Assert.Contains("(12/03/2026)", finding.Message);
    }

    [Theory]
    [InlineData("- Thời gian: 14 giờ 00, ngày 12/3/2026.")] // the same day
    [InlineData("- Thời gian: từ ngày 01/3/2026 đến ngày 20/3/2026.")] // under way
    [InlineData("Căn cứ Kế hoạch ngày 01/3/2026; thời gian họp sẽ báo sau.")] // no time line
    public void A_time_on_or_after_the_date_is_left_alone(string line) =>
        Assert.Empty(RuleRun.Findings("VB-CON-026", Invitation("Hòa An, ngày 12 tháng 3 năm 2026", line)));
}
