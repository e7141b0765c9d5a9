using DocumentFormat.OpenXml.Wordprocessing;
using WordHelper.Core.Registry;
using WordHelper.Core.Rules;
using WordHelper.Core.Tests.Rules;
using WordHelper.Testing;

namespace WordHelper.Core.Tests.Citations;

/// <summary>The symbol rules on a whole draft read from a .docx: a number split over runs, one finding a fact, fixes that land.</summary>
public class CitationSymbolDocxTests
{
    static IReadOnlyList<Finding> Check(DocxBuilder docx) =>
        new Checker(registry: new ListRegistry(), clock: new FixedClock(CitationCheck.Today)).Check(docx.Read().Document).Findings
            .Where(f => f.Category == RuleCategory.Citation).ToList();

    [Fact]
    public void A_plan_with_each_defect_gets_one_finding_for_each_and_none_for_its_right_citations()
    {
        var docx = DocxBuilder.Create()
            .Paragraph("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG")
            .Paragraph("Số:      /KH-UBND")
            .Paragraph("Lâm Đồng, ngày     tháng 12 năm 2025")
            .Paragraph("KẾ HOẠCH", bold: true)
            .Paragraph("Triển khai công tác cải cách hành chính năm 2026", bold: true)
            // "25/KH/SYT" typed over three runs, as Word often stores a number edited by hand.
            .Element(new Paragraph(DocxBuilder.Run("Thực hiện Kế hoạch số 25/KH"), DocxBuilder.Run("/"), DocxBuilder.Run("SYT ngày 10/01/2025 của Sở Y tế;")))
            .Paragraph("Quán triệt Nghị quyết số 18/NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương;")
            .Paragraph("Căn cứ Nghị quyết số 12/2025/QH15 ngày 10/02/2025 của Ủy ban Thường vụ Quốc hội về thí điểm chính sách;")
            .Paragraph("Thực hiện Kế hoạch số 123/KH-BCĐ-CA ngày 14/01/2026 của Ban Chỉ đạo và Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị;")
            .Paragraph("Các sở tiếp tục thực hiện Kế hoạch số 25/KH/SYT và Kế hoạch số 123/KH-BCĐ, báo cáo kết quả trước ngày 20/12/2025.");
        var findings = Check(docx);
        var texts = docx.Read().Texts;

        var slash = Assert.Single(findings.Of("VB-CIT-016"), f => f.Suggestion == "25/KH-SYT");
        var fix = Assert.IsType<TextFix>(slash.Fix);
        Assert.Equal("25/KH/SYT", texts[fix.Paragraph].Substring(fix.Start, fix.Length));
        Assert.Single(findings.Of("VB-CIT-016"), f => f.Suggestion == "18-NQ/TW");
        Assert.Equal(2, findings.Of("VB-CIT-016").Count);
        Assert.Equal("Quốc hội", Assert.Single(findings.Of("VB-CIT-018")).Suggestion);
        Assert.Equal("123/KH-BCĐ-CA", Assert.Single(findings.Of("VB-CIT-005")).Suggestion);
        Assert.Empty(findings.Of("VB-CIT-001"));
        Assert.Empty(findings.Of("VB-CIT-017"));
    }
}
