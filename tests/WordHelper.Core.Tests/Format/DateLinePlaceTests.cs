using WordHelper.Core.Documents;
using WordHelper.Core.RulePack;
using WordHelper.Core.Tests.Rules;

namespace WordHelper.Core.Tests.Format;

/// <summary>VB-FMT-004: the place of the date line, a geographic name, has a capital on each of its syllables.</summary>
public class DateLinePlaceTests
{
    static DraftDocument Draft(string dateLine) => DraftDocument.FromLines("HỌC VIỆN CÔNG NGHỆ BƯU CHÍNH VIỄN THÔNG", "Số: 12/TTr-CTSV",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", dateLine, "TỜ TRÌNH", "Về việc tổ chức kỷ niệm ngày 20/10");

    [Theory]
    [InlineData("Hà nội, ngày 18 tháng 3 năm 2023", "Hà nội", "Hà Nội")]
    [InlineData("Thành phố Hồ chí minh, ngày 18 tháng 3 năm 2023", "Thành phố Hồ chí minh", "Thành phố Hồ Chí Minh")]
    [InlineData("Hà nội, ngày     tháng     năm 2023", "Hà nội", "Hà Nội")] // a blank date waits; the place does not
    public void A_syllable_of_the_place_in_small_letters_is_given_its_capital(string dateLine, string place, string right)
    {
        var f = Assert.Single(RuleRun.Findings("VB-FMT-004", Draft(dateLine)));
        Assert.Equal(place, f.Excerpt);
        Assert.Equal(right, f.Suggestion);
    }

    [Theory]
    [InlineData("Hà Nội, ngày 18 tháng 3 năm 2023")]
    [InlineData("Thành phố Hồ Chí Minh, ngày 18 tháng 3 năm 2023")]
    [InlineData("Thị trấn Đông Anh, ngày 18 tháng 3 năm 2023")]
    public void A_place_written_with_its_capitals_passes(string dateLine) =>
        Assert.Empty(RuleRun.Findings("VB-FMT-004", Draft(dateLine)));

    [Fact]
    public void The_opening_of_a_records_body_is_no_date_line()
    {
        var minutes = DraftDocument.FromLines("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BIÊN BẢN LÀM VIỆC",
            "Hôm nay ngày 07 tháng 10 năm 2022, tại hội trường Sở Nội vụ. Chúng tôi gồm:");
        Assert.Null(HeaderRecognizer.Recognize(minutes, RulePackData.Default).DateLine);
        Assert.Empty(RuleRun.Findings("VB-FMT-004", minutes));
    }
}
