using WordHelper.Core.Documents;
using WordHelper.Testing;

namespace WordHelper.Core.Tests.Rules.Format;

/// <summary>VB-FMT-015: curly quotation marks are paired over the whole text; what is left over, or closed by a straight quote, is reported.</summary>
public class QuotationMarkRuleTests
{
    static DraftDocument Draft(params string[] body) => DraftDocument.FromLines(["KẾ HOẠCH", "Tổ chức hội nghị", .. body]);

    [Theory]
    [InlineData("Triển khai nền tảng “Bình dân học vụ số tại địa chỉ của Bộ.", "không có dấu đóng")]
    [InlineData("Số dư cuối năm được chuyển sang năm sau theo quy định”.", "không có dấu mở")]
    [InlineData("Chương trình “Đối thoại về cải cách hành chính\" trên sóng phát thanh.", "dấu ngoặc kép thẳng")]
    public void A_mark_left_over_is_found(string line, string problem)
    {
        var finding = Assert.Single(RuleRun.Findings("VB-FMT-015", Draft(line)));
        Assert.Contains(problem, finding.Message);
        Assert.Equal(2, finding.Paragraph);
    }

    [Fact]
    public void Straight_quotes_may_nest_inside_curly_ones() =>
        Assert.Empty(RuleRun.Findings("VB-FMT-015", Draft("Phê duyệt “Đề án \"Phát triển du lịch\" giai đoạn 2026 - 2030”.")));

    [Fact]
    public void A_quotation_may_run_over_several_paragraphs() =>
        Assert.Empty(RuleRun.Findings("VB-FMT-015", Draft("Điều 1. Sửa đổi khoản 2 Điều 5 như sau:", "“2. Quỹ hoạt động theo nguyên tắc “tự nguyện”.", "Số dư được chuyển sang năm sau.”", "Điều 2. Hiệu lực.")));

    [Fact]
    public void The_first_mark_never_closed_is_the_one_reported()
    {
        var finding = Assert.Single(RuleRun.Findings("VB-FMT-015", Draft("Tội danh như “Tội vận chuyển trái phép (Điều 250);", "Sửa đổi như sau: “1. Nội dung.", "2. Nội dung.”")));
        Assert.Equal(2, finding.Paragraph);
    }

    [Fact]
    public void A_quotation_does_not_run_from_the_body_into_a_note()
    {
        var document = DocxBuilder.Create().Paragraph("KẾ HOẠCH").Paragraph("Tổ chức hội nghị")
            .Noted("Triển khai nền tảng “Bình dân học vụ số", ["Theo Quyết định số 12/QĐ-UBND.”"])
            .Read().Document;
        var findings = RuleRun.Findings("VB-FMT-015", document);
        Assert.Equal(2, findings.Count);
        Assert.Contains("không có dấu đóng", findings[0].Message);
        Assert.Contains("không có dấu mở", findings[1].Message);
        Assert.All(findings, f => Assert.Equal(2, f.Paragraph)); // the note's finding stands at its reference
    }
}
