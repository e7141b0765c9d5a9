using WordHelper.Core.Documents;
using WordHelper.Core.Rules;
using WordHelper.Core.Tests.Rules;

namespace WordHelper.Core.Tests.Spelling;

/// <summary>VB-CON-017: two syllables never written together, one mark away from a common compound, offered as information with the fix.</summary>
public class MarkSlipRuleTests
{
    static DraftDocument Draft(string line) => DraftDocument.FromLines(["KẾ HOẠCH", "Tổ chức hội nghị", line]);

    [Theory]
    [InlineData("Đẩy mạnh công tác tuyên truyên về cải cách hành chính.", "tuyên truyên", "Đẩy mạnh công tác tuyên truyền về cải cách hành chính.")]
    [InlineData("Người bị tam giam tại trại.", "tam giam", "Người bị tạm giam tại trại.")]
    [InlineData("Tăng cường phố biến pháp luật.", "phố biến", "Tăng cường phổ biến pháp luật.")]
    public void A_slip_is_offered_with_its_fix(string line, string written, string repaired)
    {
        var document = Draft(line);
        var finding = Assert.Single(RuleRun.Findings("VB-CON-017", document));
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal(written, finding.Excerpt);
        Assert.Equal(repaired, RuleRun.Fixed(document, finding));
    }

    [Theory]
    [InlineData("Đẩy mạnh tuyên truyền; bị tạm giam; phổ biến pháp luật.")]
    [InlineData("Ở một số nơi, văn bản đó chưa được gửi.")] // each syllable goes with its other neighbour
    [InlineData("Họp tại huyện Văn Bàn.")] // a name
    [InlineData("Lập dự trù kinh phí cho Đại hội bất thường.")] // words the rule pack knows
    [InlineData("Theo Kết luận: “công tác tuyên truyên còn hạn chế”.")] // another document's words
    public void Right_words_names_and_quotations_are_left_alone(string line) =>
        Assert.Empty(RuleRun.Findings("VB-CON-017", Draft(line)));
}
