using WordHelper.Core.Documents;
using WordHelper.Core.Tests.Rules;

namespace WordHelper.Core.Tests.Citations;

/// <summary>VB-CIT-025: a colon after "số" in a citation in running text.</summary>
public class NumberColonRuleTests
{
    [Theory]
    [InlineData("(Kèm theo Quyết định số: 337/QĐ-SGDĐT ngày 14 tháng 4 năm 2026 của Sở Giáo dục và Đào tạo)", "(Kèm theo Quyết định số 337/QĐ-SGDĐT ngày 14 tháng 4 năm 2026 của Sở Giáo dục và Đào tạo)")]
    [InlineData("Thực hiện Kế hoạch số : 12/KH-UBND ngày 05/3/2026 của UBND tỉnh.", "Thực hiện Kế hoạch số 12/KH-UBND ngày 05/3/2026 của UBND tỉnh.")]
    public void The_colon_is_reported_and_removed(string line, string repaired)
    {
        var document = DraftDocument.FromLines(["BÁO CÁO", "Kết quả thực hiện", line]);
        var finding = Assert.Single(RuleRun.Findings("VB-CIT-025", document));
        Assert.Equal(repaired, RuleRun.Fixed(document, finding));
    }

    [Fact]
    public void Each_document_is_told_once() =>
        Assert.Single(RuleRun.Findings("VB-CIT-025", DraftDocument.FromLines(["BÁO CÁO", "Kết quả thực hiện",
            "Theo Quyết định số: 337/QĐ-SGDĐT ngày 14/4/2026.", "Phụ lục kèm theo Quyết định số: 337/QĐ-SGDĐT ngày 14/4/2026."])));

    [Theory]
    [InlineData("Thực hiện Quyết định số 337/QĐ-SGDĐT ngày 14/4/2026 của Sở Giáo dục và Đào tạo.")]
    [InlineData("Theo Kết luận: “Quyết định số: 12/QĐ-UBND được giữ nguyên”.")] // another document's words
    public void Citations_without_the_colon_pass(string line) =>
        Assert.Empty(RuleRun.Findings("VB-CIT-025", DraftDocument.FromLines(["BÁO CÁO", "Kết quả thực hiện", line])));
}
