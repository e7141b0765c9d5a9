using WordHelper.Core.Documents;
using WordHelper.Core.Rules;
using WordHelper.Core.Rules.Structure;
using WordHelper.Core.Tests.Rules;

namespace WordHelper.Core.Tests.Structure;

/// <summary>
/// Party and Youth Union papers as cells really lay them out: a blank Party number, a type the rule pack does not
/// list, the signature set beside the Nơi nhận by tabs.
/// </summary>
public class PartyFormLayoutTests
{
    static readonly Checker Checker = new(clock: new FixedClock(RuleRun.Today));

    static DraftDocument Resolution(string numberLine, string kind) => DraftDocument.FromLines([
        "ĐẢNG BỘ TRƯỜNG ĐẠI HỌC KINH TẾ", "CHI BỘ SINH VIÊN", numberLine, "ĐẢNG CỘNG SẢN VIỆT NAM", "Đà Nẵng, ngày    tháng    năm 2026",
        kind, "đề nghị công nhận đảng viên chính thức",
        "Căn cứ Điều 5 Điều lệ Đảng Cộng sản Việt Nam;",
        "Chi bộ đề nghị Đảng ủy Trường xét, công nhận đảng viên chính thức./.",
        "Nơi nhận:\t\t\t\t\tT/M CHI BỘ",
        "- Đảng ủy Trường (để b/c);\t\t\t\tBÍ THƯ",
        "- Lưu Chi bộ.",
        "Bùi Trung Hiệp"]);

    [Fact]
    public void A_blank_Party_number_and_a_signature_beside_the_recipients_are_read()
    {
        var result = Checker.Check(Resolution("Số     -NQ/CB", "NGHỊ QUYẾT"));
        Assert.Equal("-NQ/CB", result.Header.Number);
        Assert.Equal(["T/M CHI BỘ", "BÍ THƯ", "Bùi Trung Hiệp"], SignatureLines.Of(result.Header).Select(l => l.Text));
        Assert.Equal(["- Đảng ủy Trường (để b/c);", "- Lưu Chi bộ."], result.Header.Recipients.Select(l => l.Text.Trim()));
        Assert.DoesNotContain(result.Findings, f => f.Severity == Severity.Error);
    }

    [Fact]
    public void A_type_the_pack_does_not_list_stands_where_the_type_stands()
    {
        var result = Checker.Check(Resolution("", "TỔNG HỢP Ý KIẾN NHẬN XÉT"));
        Assert.Equal("TỔNG HỢP Ý KIẾN NHẬN XÉT", result.Header.Kind);
        Assert.Equal("đề nghị công nhận đảng viên chính thức", result.Header.Title);
        // Not a listed type: perhaps a form, which carries no number.
        Assert.DoesNotContain(result.Findings, f => f.Rule is "VB-STR-006" or "VB-STR-004");
    }
}
