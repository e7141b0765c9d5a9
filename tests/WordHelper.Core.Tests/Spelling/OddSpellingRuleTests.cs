using WordHelper.Core.Documents;
using WordHelper.Core.Rules;
using WordHelper.Core.Rules.Spelling;
using WordHelper.Core.Text;
using WordHelper.Core.Tests.Rules;

namespace WordHelper.Core.Tests.Spelling;

/// <summary>
/// VB-CON-014 on small drafts: a compound written once with a syllable's marks changed among many right ones is found and
/// repaired; a rarer form that is a phrase of its own, a syllable that belongs with its other neighbour, a proper name
/// and quoted text are not.
/// </summary>
public class OddSpellingRuleTests
{
    static readonly string[] Usual =
    [
        "Tiếp tục xây dựng nông thôn mới gắn với xây dựng đô thị văn minh.",
        "Đẩy mạnh xây dựng chính quyền số, cung cấp thông tin đầy đủ.",
        "Các sở cung cấp số liệu; Văn phòng cung cấp mẫu biểu và tình hình thực hiện.",
        "Báo cáo tình hình triển khai, tình hình giải ngân hằng quý.",
    ];

    static IReadOnlyList<Finding> Findings(params string[] lines) =>
        RuleRun.Findings("VB-CON-014", DraftDocument.FromLines(["KẾ HOẠCH", "Tổ chức hội nghị", .. Usual, .. lines]));

    [Theory]
    [InlineData("Chú trọng công tác xây dụng đội ngũ cán bộ.", "xây dụng", "Chú trọng công tác xây dựng đội ngũ cán bộ.")]
    [InlineData("Định kỳ báo cáo tính hình về Sở Nội vụ.", "tính hình", "Định kỳ báo cáo tình hình về Sở Nội vụ.")]
    public void A_compound_typed_once_with_other_marks_is_found_and_repaired(string line, string written, string repaired)
    {
        var document = DraftDocument.FromLines(["KẾ HOẠCH", "Tổ chức hội nghị", .. Usual, line]);
        var finding = Assert.Single(RuleRun.Findings("VB-CON-014", document));
        Assert.Equal(written, finding.Excerpt);
        Assert.Contains("văn bản viết", finding.Message);
        Assert.Equal(repaired, RuleRun.Fixed(document, finding));
    }

    [Theory]
    [InlineData("Chú trọng công tác xây dựng đội ngũ cán bộ.")] // written as usual
    [InlineData("Giao Ủy ban nhân dân cùng cấp bố trí kinh phí.")] // a phrase of its own beside "cung cấp"
    [InlineData("Việc kiểm tra còn mang tính hình thức.")] // "hình" belongs with "hình thức"
    [InlineData("Đề nghị “xây dụng nông thôn mới” theo phong trào.")] // quoted
    [InlineData("Ông Tính Hình tham dự.")] // a proper name
    public void Other_forms_that_are_not_slips_are_left_alone(string line) => Assert.Empty(Findings(line));

    [Fact]
    public void A_rare_usual_form_proves_nothing()
    {
        // Written twice only, "xây dựng" is not yet the draft's usage.
        var findings = RuleRun.Findings("VB-CON-014", "KẾ HOẠCH", "Tổ chức hội nghị", "Xây dựng kế hoạch và xây dựng dự toán.", "Công tác xây dụng đội ngũ.");
        Assert.Empty(findings);
    }

    [Theory]
    [InlineData("khoá", "khóa")]
    [InlineData("Uỷ", "ủy")]
    public void Tone_placement_is_not_a_different_syllable(string old, string modern) =>
        Assert.Equal(VietnameseLetters.SyllableKey(modern), VietnameseLetters.SyllableKey(old));
}
