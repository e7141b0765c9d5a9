using WordHelper.Core.Documents;
using WordHelper.Core.Rules;
using WordHelper.Core.Tests.Rules;

namespace WordHelper.Core.Tests.Structure;

/// <summary>A header laid out without a table: the issuer beside the Quốc hiệu and the Tiêu ngữ, set apart by tabs or spaces.</summary>
public class HeaderColumnsTests
{
    static readonly Checker Checker = new(clock: new FixedClock(RuleRun.Today));

    static DraftDocument Decision(string motto) => DraftDocument.FromLines([
        "TỔNG CÔNG TY ĐƯỜNG SẮT VIỆT NAM\t    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "CHI NHÁNH                                        " + motto,
        "XÍ NGHIỆP ĐẦU MÁY SÀI GÒN",
        "Số:        /QĐ-ĐMSG               Thành phố Hồ Chí Minh, ngày     tháng     năm 2023",
        "QUYẾT ĐỊNH",
        "Về việc giao nhiệm vụ",
        "GIÁM ĐỐC XÍ NGHIỆP ĐẦU MÁY SÀI GÒN",
        "Căn cứ nhu cầu sản xuất của Xí nghiệp;",
        "QUYẾT ĐỊNH:",
        "Điều 1. Giao nhiệm vụ Tổ trưởng Tổ 02.",
        "Điều 2. Quyết định có hiệu lực kể từ ngày ký./.",
        "Nơi nhận:",
        "- Như Điều 2;",
        "- Lưu: VT, TCHC.",
        "GIÁM ĐỐC",
        "Võ Đức Thắng"]);

    [Fact]
    public void Each_column_is_read_as_its_own_line()
    {
        var result = Checker.Check(Decision("Độc lập - Tự do - Hạnh phúc"));
        var h = result.Header;
        Assert.NotNull(h.NationalTitle);
        Assert.NotNull(h.Motto);
        Assert.Equal("Thành phố Hồ Chí Minh", h.Place);
        Assert.Equal("/QĐ-ĐMSG", h.Number);
        Assert.Contains("XÍ NGHIỆP ĐẦU MÁY SÀI GÒN", h.Issuer);
        Assert.DoesNotContain(result.Findings, f => f.Rule is "VB-STR-001" or "VB-STR-002" or "VB-STR-005" or "VB-FMT-008" or "VB-FMT-023");
    }

    [Fact]
    public void The_motto_in_its_column_is_checked() =>
        Assert.Equal("Độc Lập - Tự do - Hạnh phúc", Assert.Single(RuleRun.Findings("VB-FMT-008", Decision("Độc Lập - Tự do - Hạnh phúc"))).Excerpt);

    [Fact]
    public void A_blank_number_and_date_written_with_spaces_stay_one_line() =>
        Assert.Equal(["Số:        /QĐ-UBND"], LaidOutColumns.Of("Số:        /QĐ-UBND"));
}
