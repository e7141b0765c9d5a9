using WordHelper.Core.Documents;

namespace WordHelper.Core.Tests.Rules.Recipients;

/// <summary>VB-REC-014: the addressees of Kính gửi appear in Nơi nhận, as "Như trên" or by name.</summary>
public class AddresseeInListTests
{
    static DraftDocument Letter(params string[] recipients) => DraftDocument.FromLines(
    [
        "ỦY BAN NHÂN DÂN", "XÃ HÒA AN", "Số: 45/UBND-VP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Hòa An, ngày 10 tháng 3 năm 2026", "V/v đề nghị hỗ trợ kinh phí", "Kính gửi: Sở Tài chính.",
        "Ủy ban nhân dân xã đề nghị Sở Tài chính xem xét hỗ trợ kinh phí./.", "Nơi nhận:", .. recipients,
        "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An",
    ]);

    [Fact]
    public void A_list_without_the_addressee_is_found()
    {
        var finding = Assert.Single(RuleRun.Findings("VB-REC-014", Letter("- Chủ tịch, các PCT UBND xã;", "- Lưu: VT.")));
        Assert.Contains("\"Sở Tài chính\"", finding.Message);
        Assert.Equal("- Như trên;", finding.Suggestion);
    }

    [Theory]
    [InlineData("- Như trên;")]
    [InlineData("- Như kính gửi;")]
    [InlineData("- Sở Tài chính (để thực hiện);")]
    public void As_above_or_by_name_the_addressee_is_in_the_list(string entry) =>
        Assert.Empty(RuleRun.Findings("VB-REC-014", Letter(entry, "- Lưu: VT.")));
}
