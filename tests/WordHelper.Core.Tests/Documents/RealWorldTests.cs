using WordHelper.Core.Documents;
using WordHelper.Core.Rules;
using WordHelper.Core.Tests.Rules;

namespace WordHelper.Core.Tests.Documents;

/// <summary>Real documents from public repositories (tests/assets/realworld): read and checked without a crash, and read right.</summary>
public class RealWorldTests
{
    static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "assets", "realworld");
    static readonly Checker Checker = new(clock: new FixedClock(new DateOnly(2026, 11, 22)));

    static DraftDocument Read(string name) => DocxReader.Read(Path.Combine(Folder, name + ".docx"));

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.EnumerateFiles(Folder, "*.docx").Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_file_is_read_and_checked(string file)
    {
        var doc = DocxReader.Read(Path.Combine(Folder, file));
        var result = Checker.Check(doc);
        Assert.All(result.Findings, f => Assert.InRange(f.Paragraph ?? 0, 0, Math.Max(0, doc.Paragraphs.Count - 1)));
        if (!file.Contains("empty")) Assert.True(doc.Paragraphs.Any(p => p.Text.Trim().Length > 0) || doc.FloatingText.Count > 0);
    }

    [Fact]
    public void A_draft_with_emoji_and_mathematical_letters_is_checked()
    {
        // Characters beyond the basic plane come as surrogate pairs; none of them may stop a check.
        string[] lines = ["ỦY BAN NHÂN DÂN", "XÃ HÒA BÌNH 😀", "Số: 12/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "Hòa Bình, ngày 05 tháng 3 năm 2025", "KẾ HOẠCH", "Tổ chức Ngày hội 🎉 thiếu nhi", "I. MỤC ĐÍCH 𝐘Ê𝐔 CẦU", "Vui chơi 👍👍 an toàn theo Quyết định số 12/QĐ-UBND😀.",
            "Nơi nhận:", "- UBND xã 🏠;", "- Lưu: VT.", "CHỦ TỊCH", "Nguyễn Văn 𝐀"];
        var doc = DocxReader.Read(new MemoryStream(WordHelper.Testing.DocxBuilder.FromLines(lines)));
        var result = Checker.Check(doc);
        Assert.Contains(doc.Paragraphs, p => p.Text.Contains("🎉"));
        Assert.Equal("KẾ HOẠCH", result.Header.Kind);
    }

    /// <summary>The files the SDK can write out as flat OPC (not the Strict one).</summary>
    public static TheoryData<string> TransitionalFiles()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.EnumerateFiles(Folder, "*.docx").Order(StringComparer.Ordinal).Where(f => !f.Contains("strict")))
            data.Add(Path.GetFileName(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(TransitionalFiles))]
    public void The_flat_OPC_of_a_file_reads_as_the_file(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Folder, file));
        string flat;
        using (var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(bytes), false)) flat = doc.ToFlatOpcString();
        var fromPackage = DocxReader.Read(new MemoryStream(bytes)).Paragraphs.Select(p => p.DisplayText);
        var fromFlat = DocxReader.ReadFlatOpc(flat).Paragraphs.Select(p => p.DisplayText);
        Assert.Equal(fromPackage, fromFlat);
    }

    [Fact]
    public void A_decision_with_a_smart_tag_in_its_national_title()
    {
        var h = Checker.Check(Read("vi-qd-ubnd-lamdong-congbo-chiso-cchc-2025")).Header;
        Assert.Equal("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", h.NationalTitle!.Text.Trim());
        Assert.Equal("QUYẾT ĐỊNH", h.Kind);
        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", h.Issuer);
        Assert.Equal("/QĐ-UBND", h.Number);
        Assert.Equal("2026-02", h.Date?.ToIso());
    }

    [Fact]
    public void An_official_letter_whose_summary_sits_in_a_text_box()
    {
        var doc = Read("vi-cv-ubnd-lamdong-cainghien-matuy-textbox");
        var h = Checker.Check(doc).Header;
        Assert.Equal("CÔNG VĂN", h.Kind);
        Assert.StartsWith("V/v tập trung triển khai", h.Title);
        Assert.True(h.KinhGui.Count > 2);
        Assert.Contains(doc.FloatingText, t => t.StartsWith("V/v", StringComparison.Ordinal));
    }

    [Fact]
    public void National_title_and_motto_in_one_paragraph_split_by_a_line_break()
    {
        var h = Checker.Check(Read("vi-qd-ubnd-lamdong-bcd-dulieu")).Header;
        Assert.NotNull(h.NationalTitle);
        Assert.Same(h.NationalTitle, h.Motto);
    }

    [Fact]
    public void Real_numbering_slips_are_found()
    {
        var findings = Checker.Check(Read("vi-tb-ubnd-lamdong-ketluan-caotoc")).Findings.Where(f => f.Category == RuleCategory.Numbering).ToList();
        Assert.Contains(findings, f => f.Rule == "VB-NUM-001" && f.Excerpt.StartsWith("e) Đối với Nhà đầu tư", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Rule == "VB-NUM-003" && f.Excerpt.StartsWith("f) Sở Tài chính", StringComparison.Ordinal));
    }

    [Fact]
    public void The_charter_printed_after_a_decisions_signature_is_checked()
    {
        var findings = Checker.Check(Read("vi-qd-ubnd-lamdong-dieule-taekwondo")).Findings.Where(f => f.Category == RuleCategory.Numbering).ToList();
        // Điều 9 khoản 2 of the charter goes from đ) to g); its Điều 1… restart after the decision's Điều 1, 2, 3.
        Assert.Contains(findings, f => f.Rule == "VB-NUM-001" && f.Message == "Sau \"đ)\" là \"g)\": thiếu \"e)\"." && f.Excerpt.StartsWith("g) Được khen thưởng", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.Excerpt.StartsWith("Điều", StringComparison.Ordinal));
    }

    [Fact]
    public void A_decision_of_the_chairman_signed_for_the_committee_is_found()
    {
        var f = Assert.Single(Checker.Check(Read("vi-qd-ubnd-lamdong-diaban-matuy-2025")).Findings, f => f.Rule == "VB-STR-011");
        Assert.Equal(("TM. ỦY BAN NHÂN DÂN", Severity.Error), (f.Excerpt, f.Severity));
    }

    [Fact]
    public void A_Strict_Open_XML_document_is_read()
    {
        var doc = Read("mammoth-strict-format");
        Assert.Equal("Test", doc.Paragraphs[0].Text);
    }

    [Fact]
    public void Signed_administrative_documents_get_no_structure_error()
    {
        foreach (var name in new[] { "vi-qd-ubnd-lamdong-congbo-chiso-cchc-2025", "vi-cv-btc-xin-ykien-duthao-thongtu-word2007", "vi-qd-ubnd-lamdong-bvd-hiephoi-bds-trackchanges", "vi-cv-ubnd-lamdong-cainghien-matuy-textbox" })
        {
            var errors = Checker.Check(Read(name)).Findings.Where(f => f.Severity == Severity.Error && f.Category == RuleCategory.Structure).ToList();
            Assert.True(errors.Count == 0, name + ": " + string.Join("; ", errors.Select(e => e.Message)));
        }
    }
}
