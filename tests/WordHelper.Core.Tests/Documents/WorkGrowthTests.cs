using WordHelper.Core.Documents;
using WordHelper.Core.Reports;
using WordHelper.Core.Rules;
using WordHelper.Testing;

namespace WordHelper.Core.Tests.Documents;

/// <summary>
/// Inputs built to make the work grow with the square of their size — numbering definitions with tens of thousands of
/// levels, a decision whose recipients are "as in Article n", a paragraph of a hundred thousand retired names — are
/// read and checked as usual. (Nothing is timed here; a quadratic path would keep these tests busy for minutes.)
/// </summary>
public class WorkGrowthTests
{
    [Fact]
    public void Numbering_with_tens_of_thousands_of_levels_numbers_every_paragraph()
    {
        var numbering = "<w:abstractNum w:abstractNumId=\"1\">" + string.Concat(Enumerable.Repeat("<w:lvl w:ilvl=\"9\"/>", 70_000)) +
            "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>" +
            "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>";
        var body = string.Concat(Enumerable.Range(0, 4_999).Select(i =>
            $"<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>Mục {i}</w:t></w:r></w:p>"));

        var draft = DocxReader.Read(new MemoryStream(RawDocx.Docx(body, numbering: numbering)));

        Assert.Equal("4999.", draft.Paragraphs[^1].List?.Label);
    }

    [Fact]
    public void Units_named_as_an_article_of_the_recipients_are_found_once_for_the_whole_draft()
    {
        var lines = new List<string> { "ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "Số: 12/QĐ-UBND", "Lâm Đồng, ngày 05 tháng 3 năm 2025", "QUYẾT ĐỊNH", "Về việc giao nhiệm vụ", "Điều 99. Trách nhiệm" };
        lines.AddRange(Enumerable.Repeat(string.Concat(Enumerable.Repeat("Giao Sở Tài chính chủ trì; ", 40)), 200));
        lines.Add("Điều 100. Phối hợp");
        lines.AddRange(Enumerable.Repeat(string.Concat(Enumerable.Repeat("Đề nghị Sở Y tế phối hợp; ", 40)), 200));
        lines.AddRange(["Nơi nhận:", "- Như Điều 99;", "- Lưu: VT."]);

        var report = new ReportBuilder(new Checker()).CheckStream(new MemoryStream(DocxBuilder.FromLines([.. lines])), "qd.docx");

        var unassigned = report.Findings!.Where(f => f.Rule == "VB-REC-005").ToList();
        Assert.Equal("Sở Y tế", Assert.Single(unassigned).Excerpt);
    }

    [Fact]
    public void A_paragraph_of_a_hundred_thousand_retired_names_is_one_finding()
    {
        var lines = new[] { "ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "Số: 12/KH-UBND", "Lâm Đồng, ngày 05 tháng 8 năm 2025", "KẾ HOẠCH", "Về việc phối hợp",
            string.Concat(Enumerable.Repeat("Ủy ban Dân tộc, ", 100_000)) };

        var report = new ReportBuilder(new Checker()).CheckStream(new MemoryStream(DocxBuilder.FromLines(lines)), "kh.docx");

        Assert.Single(report.Findings!, f => f.Category == "agency" && f.Excerpt == "Ủy ban Dân tộc");
    }
}
