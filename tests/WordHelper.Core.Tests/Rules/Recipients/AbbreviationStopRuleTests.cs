using WordHelper.Core.Documents;

namespace WordHelper.Core.Tests.Rules.Recipients;

/// <summary>VB-REC-012: a stop after an abbreviation in Nơi nhận is found and dropped; "TP." and the Lưu line's initials are left alone.</summary>
public class AbbreviationStopRuleTests
{
    static DraftDocument Draft(string entry) => DraftDocument.FromLines(
        ["UBND TỈNH LÂM ĐỒNG", "Số: 12/KH-UBND", "KẾ HOẠCH", "Tổ chức hội nghị", "Nội dung thực hiện./.", "Nơi nhận:", entry, "- Lưu: VT, NC.Châu.",
         "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn A"]);

    [Theory]
    [InlineData("- Chủ tịch, PCT. UBND tỉnh (Đ/c Phúc);", "- Chủ tịch, PCT UBND tỉnh (Đ/c Phúc);")]
    [InlineData("- Chủ tịch, PCT.UBND tỉnh;", "- Chủ tịch, PCT UBND tỉnh;")]
    public void A_stop_after_an_abbreviation_is_found_and_dropped(string entry, string repaired)
    {
        var document = Draft(entry);
        var finding = Assert.Single(RuleRun.Findings("VB-REC-012", document));
        Assert.Contains("\"PCT\"", finding.Message);
        Assert.Equal(repaired, RuleRun.Fixed(document, finding));
    }

    [Theory]
    [InlineData("- Chủ tịch, các PCT UBND tỉnh;")]
    [InlineData("- UBND TP. Hồ Chí Minh;")]
    public void Abbreviations_without_a_stop_and_two_letter_usage_are_left_alone(string entry) =>
        Assert.Empty(RuleRun.Findings("VB-REC-012", Draft(entry)));
}
