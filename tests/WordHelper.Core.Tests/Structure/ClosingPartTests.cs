using WordHelper.Core.Documents;
using WordHelper.Core.Rules;
using WordHelper.Core.Tests.Rules;

namespace WordHelper.Core.Tests.Structure;

/// <summary>A draft that stops before its closing part is told once: the signature missing, and the Nơi nhận with it.</summary>
public class ClosingPartTests
{
    static readonly Checker Checker = new(clock: new FixedClock(RuleRun.Today));

    static readonly string[] Head = ["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI", "Số: 12/BC-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Lào Cai, ngày 05 tháng 3 năm 2026", "BÁO CÁO", "Tình hình các cụm công nghiệp",
        "I. TÌNH HÌNH", "Các cụm công nghiệp được đầu tư hạ tầng./."];

    [Fact]
    public void Neither_signature_nor_recipients_is_one_error_naming_both()
    {
        var errors = Checker.Check(DraftDocument.FromLines(Head)).Findings.Where(f => f.Severity == Severity.Error).ToList();
        var error = Assert.Single(errors);
        Assert.Equal("VB-STR-007", error.Rule);
        Assert.Contains("Nơi nhận", error.Message);
    }

    [Fact]
    public void A_signature_without_recipients_is_the_recipients_error()
    {
        var errors = Checker.Check(DraftDocument.FromLines([.. Head, "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An"])).Findings
            .Where(f => f.Severity == Severity.Error).ToList();
        Assert.Equal("VB-REC-001", Assert.Single(errors).Rule);
    }
}
