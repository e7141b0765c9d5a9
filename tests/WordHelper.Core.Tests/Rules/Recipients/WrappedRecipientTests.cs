using WordHelper.Core.Documents;

namespace WordHelper.Core.Tests.Rules.Recipients;

/// <summary>A Nơi nhận entry too long for its column wraps onto a line of its own; the list goes on after it.</summary>
public class WrappedRecipientTests
{
    static DraftDocument Plan(params string[] recipients) => DraftDocument.FromLines(
    [
        "UBND TỈNH LÂM ĐỒNG", "Số: 12/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Lâm Đồng, ngày 10 tháng 3 năm 2026", "KẾ HOẠCH", "Tổ chức hội nghị", "I. NỘI DUNG", "Giao Sở Y tế chủ trì thực hiện./.",
        "Nơi nhận:", .. recipients, "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn A",
    ]);

    [Fact]
    public void The_list_is_read_past_a_wrapped_entry_to_its_Lưu_line()
    {
        var document = Plan("- Thường trực Tỉnh ủy;", "- Các sở, ban, ngành, đoàn thể", "cấp tỉnh;", "- Sở Y tế;", "- Lưu: VT, NC.");
        var header = HeaderRecognizer.Recognize(document, RulePack.RulePackData.Default);
        Assert.Equal(5, header.Recipients.Count);
        Assert.Empty(RuleRun.Findings("VB-REC-003", document));
        Assert.Empty(RuleRun.Findings("VB-REC-002", document));
        Assert.Empty(RuleRun.Findings("VB-REC-005", document));
    }

    [Fact]
    public void A_wrapped_entry_is_judged_at_its_last_line()
    {
        var finding = Assert.Single(RuleRun.Findings("VB-REC-002", Plan("- Thường trực Tỉnh ủy;", "- Các sở, ban, ngành, đoàn thể", "cấp tỉnh", "- Sở Y tế;", "- Lưu: VT, NC.")));
        Assert.Equal("cấp tỉnh", finding.Excerpt);
    }

    [Fact]
    public void A_line_after_an_entry_already_closed_ends_the_list() =>
        Assert.Equal(2, HeaderRecognizer.Recognize(Plan("- Thường trực Tỉnh ủy;", "- Sở Y tế;", "ghi chú của người soạn", "- Lưu: VT, NC."), RulePack.RulePackData.Default).Recipients.Count);
}
