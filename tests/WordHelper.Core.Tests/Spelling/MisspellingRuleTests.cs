using WordHelper.Core.Documents;
using WordHelper.Core.Rules;
using WordHelper.Core.Tests.Rules;

namespace WordHelper.Core.Tests.Spelling;

/// <summary>VB-CON-022: a word commonly misspelt, reported once with its standard form and where else it stands.</summary>
public class MisspellingRuleTests
{
    static DraftDocument Draft(params string[] lines) => DraftDocument.FromLines(["KẾ HOẠCH", "Kiểm tra công tác cải cách hành chính", .. lines]);

    [Theory]
    [InlineData("Thực hiện sát nhập các đơn vị sự nghiệp.", "sát nhập", "Thực hiện sáp nhập các đơn vị sự nghiệp.")]
    [InlineData("Đề suất khen thưởng tập thể.", "Đề suất", "Đề xuất khen thưởng tập thể.")]
    [InlineData("Ban hành văn bản qui phạm pháp luật.", "qui phạm", "Ban hành văn bản quy phạm pháp luật.")]
    [InlineData("Tránh chồng chéo, trùng lắp nhiệm vụ.", "trùng lắp", "Tránh chồng chéo, trùng lặp nhiệm vụ.")]
    [InlineData("Tổng hợp, báo cáo Chủ UBND tỉnh để chỉ đạo.", "Chủ UBND", "Tổng hợp, báo cáo Chủ tịch UBND tỉnh để chỉ đạo.")]
    [InlineData("Tăng cường hổ trợ các xã khó khăn.", "hổ trợ", "Tăng cường hỗ trợ các xã khó khăn.")]
    [InlineData("Trương bày hiện vật tại nhà văn hóa.", "Trương bày", "Trưng bày hiện vật tại nhà văn hóa.")]
    [InlineData("Đẩy mạnh tuyên chuyền trên loa truyền thanh.", "tuyên chuyền", "Đẩy mạnh tuyên truyền trên loa truyền thanh.")]
    [InlineData("Đồng chí Phó chỉ tịch UBND xã phụ trách.", "Phó chỉ tịch", "Đồng chí Phó Chủ tịch UBND xã phụ trách.")]
    public void A_misspelt_word_is_reported_with_its_standard_form(string line, string written, string repaired)
    {
        var document = Draft(line);
        var finding = Assert.Single(RuleRun.Findings("VB-CON-022", document));
        Assert.Equal(written, finding.Excerpt);
        Assert.Equal(repaired, RuleRun.Fixed(document, finding));
    }

    [Fact]
    public void The_same_misspelling_in_several_places_is_one_finding_naming_them()
    {
        var finding = Assert.Single(RuleRun.Findings("VB-CON-022",
            Draft("Tránh trùng lắp chức năng.", "Rà soát nội dung trùng lắp.", "Không để chồng chéo, trùng lắp.")));
        Assert.Equal("trùng lắp", finding.Excerpt);
        Assert.Matches(@"gặp ở các đoạn \d+, \d+, \d+", finding.Message);
    }

    [Theory]
    [InlineData("Thực hiện sáp nhập, bổ sung, tránh trùng lặp theo quy định.")]
    [InlineData("Theo ý kiến cử tri: “việc sát nhập chưa hợp lý”.")] // another's words, quoted
    [InlineData("Giá sát với thị trường; nhập khẩu hàng hóa.")] // the syllables apart
    [InlineData("Tăng tần suất phát sóng; xe chở thành phẩm; học tập chung với lớp bạn.")] // words that meet across a compound
    [InlineData("Lực lượng chức năng chỉ tịch thu tang vật theo quy định.")] // "chỉ" + "tịch thu"
    public void Right_spellings_and_quotations_are_left_alone(string line) =>
        Assert.Empty(RuleRun.Findings("VB-CON-022", Draft(line)));
}
