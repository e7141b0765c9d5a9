using WordHelper.Core.Documents;
using WordHelper.Core.Tests.Rules;

namespace WordHelper.Core.Tests.Citations;

/// <summary>VB-CIT-024: a cited document's type with a word dropped, put back from its symbol.</summary>
public class TruncatedTypeRuleTests
{
    static DraftDocument Report(string line) => DraftDocument.FromLines(["BÁO CÁO", "Kết quả chỉ số cải cách hành chính", line]);

    [Theory]
    [InlineData("Thực hiện Điều 35 Nghị số 60/2021/NĐ-CP ngày 21/6/2021.", "Nghị số 60/2021/NĐ-CP", "Thực hiện Điều 35 Nghị định số 60/2021/NĐ-CP ngày 21/6/2021.")]
    [InlineData("Thực hiện Quyết số 12/QĐ-UBND ngày 05/01/2025 của UBND tỉnh.", "Quyết số 12/QĐ-UBND", "Thực hiện Quyết định số 12/QĐ-UBND ngày 05/01/2025 của UBND tỉnh.")]
    public void A_type_with_a_word_dropped_is_completed_from_its_symbol(string line, string excerpt, string repaired)
    {
        var doc = Report(line);
        var f = Assert.Single(RuleRun.Findings("VB-CIT-024", doc));
        Assert.Equal(excerpt, f.Excerpt);
        Assert.Equal(repaired, RuleRun.Fixed(doc, f));
    }

    [Theory]
    [InlineData("Thực hiện Nghị định số 60/2021/NĐ-CP và Kế hoạch số 12/KH-UBND.")]
    [InlineData("Căn cứ Luật số 71/2025/QH15 và Tờ trình số 10/TTr-SNV.")]
    [InlineData("Theo Quyết định “Quyết số 12/QĐ-UBND” đã dẫn.")] // quoted
    public void Types_written_in_full_and_quotations_are_left_alone(string line) =>
        Assert.Empty(RuleRun.Findings("VB-CIT-024", Report(line)));
}
