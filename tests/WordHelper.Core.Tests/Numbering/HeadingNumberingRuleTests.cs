using WordHelper.Core.Documents;
using WordHelper.Core.Rules;
using WordHelper.Core.Tests.Rules;

namespace WordHelper.Core.Tests.Numbering;

public class HeadingNumberingRuleTests
{
    static readonly Checker Checker = new(clock: new FixedClock(new DateOnly(2026, 11, 22)));

    static IReadOnlyList<Finding> Numbering(params string[] body) =>
        Checker.Check(DraftDocument.FromLines(["KẾ HOẠCH", "Tổ chức hội nghị", .. body])).Findings.Where(f => f.Category == RuleCategory.Numbering).ToList();

    [Fact]
    public void A_list_that_starts_again_at_one_is_a_warning_a_step_back_elsewhere_an_error()
    {
        var restart = Assert.Single(Numbering("I. NỘI DUNG", "1. Chủ đề", "2. Tuyên truyền", "3. Hội thảo", "1. Thành phần tham dự"));
        Assert.Equal(("VB-NUM-003", Severity.Warning), (restart.Rule, restart.Severity));
        var back = Assert.Single(Numbering("I. NỘI DUNG", "1. Chủ đề", "2. Tuyên truyền", "4. Hội thảo", "3. Thành phần tham dự"), f => f.Rule == "VB-NUM-003");
        Assert.Equal(Severity.Error, back.Severity);
    }

    [Fact]
    public void A_new_section_restarts_its_items_and_tables_do_not_count()
    {
        Assert.Empty(Numbering("I. MỤC ĐÍCH", "1. Mục đích", "2. Yêu cầu", "II. NỘI DUNG", "1. Chủ đề", "a) Nội dung", "b) Đơn vị", "2. Tuyên truyền"));
    }

    [Fact]
    public void The_fix_of_a_skipped_typed_number_replaces_just_the_number()
    {
        var f = Assert.Single(Numbering("I. MỤC ĐÍCH", "1. Mục đích", "3. Yêu cầu"));
        Assert.Equal(new TextFix(4, 0, 1, "2"), f.Fix);
        Assert.Equal("3. Yêu cầu", f.Excerpt);
    }

    [Fact]
    public void Points_may_follow_the_Vietnamese_or_the_Latin_alphabet()
    {
        Assert.Empty(Numbering("1. Nội dung", "a) Một", "b) Hai", "c) Ba", "d) Bốn", "đ) Năm", "e) Sáu"));
        Assert.Empty(Numbering("1. Nội dung", "a) Một", "b) Hai", "c) Ba", "d) Bốn", "e) Năm", "f) Sáu"));
        Assert.Contains(Numbering("1. Nội dung", "a) Một", "b) Hai", "c) Ba", "d) Bốn", "g) Năm"), f => f.Rule == "VB-NUM-001");
    }
}
