using WordHelper.Core.Documents;
using WordHelper.Core.Rules;
using WordHelper.Core.Tests.Rules;

namespace WordHelper.Core.Tests.Structure;

/// <summary>A plan whose long appendix follows its signature still has a signature: beside or below its Nơi nhận.</summary>
public class SignatureBeforeAppendixTests
{
    static readonly Checker Checker = new(clock: new FixedClock(new DateOnly(2026, 11, 22)));

    static string[] Plan(string signer) =>
    [
        "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "Số:      /KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Lâm Đồng, ngày      tháng 3 năm 2026", "KẾ HOẠCH", "Cải cách hành chính năm 2026",
        "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao chất lượng phục vụ.", "II. NỘI DUNG", "Rà soát thủ tục.", "III. TỔ CHỨC THỰC HIỆN",
        "Sở Nội vụ theo dõi, đôn đốc./.",
        "Nơi nhận:", "- Sở Nội vụ;", "- Lưu: VT, NC.", signer, "", "",
        "PHỤ LỤC", "PHÂN CÔNG NHIỆM VỤ", .. Enumerable.Range(1, 40).Select(i => $"{i}. Nhiệm vụ số {i} do Sở Nội vụ chủ trì."),
    ];

    [Fact]
    public void The_signers_title_under_the_recipients_is_the_signature_though_an_appendix_follows()
    {
        var result = Checker.Check(DraftDocument.FromLines(Plan("CHỦ TỊCH")));
        Assert.Equal("CHỦ TỊCH", Assert.Single(result.Header.Signature).Text);
        Assert.DoesNotContain(result.Findings, f => f.Rule == "VB-STR-007");
    }

    [Fact]
    public void Without_a_title_there_the_signature_is_still_missing()
    {
        Assert.Contains(Checker.Check(DraftDocument.FromLines(Plan(""))).Findings, f => f.Rule == "VB-STR-007");
    }
}
