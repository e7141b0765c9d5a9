namespace WordHelper.Core.Tests.Cli;

/// <summary>The command line on the labelled drafts of tests/assets/corpus, made with a real word processor.</summary>
public class CorpusCliTests
{
    static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "assets", "corpus");

    [Fact]
    public void The_clean_plan_exits_0_with_the_document_DESIGN_shows()
    {
        var run = CliRun.InProcess("check", Path.Combine(Corpus, "p-c001.docx"), "--json");

        Assert.Equal(0, run.Exit);
        var file = Assert.Single(run.Json.EnumerateArray());
        Assert.Equal("p-c001.docx", file.GetProperty("file").GetString());
        var document = file.GetProperty("document");
        Assert.Equal("KẾ HOẠCH", document.GetProperty("kind").GetString());
        Assert.Equal("45/KH-SLĐTBXH", document.GetProperty("number").GetString());
        Assert.Equal("2023-03-10", document.GetProperty("date").GetString());
        Assert.Equal("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", document.GetProperty("issuer").GetString());
        Assert.StartsWith("Tổ chức các hoạt động kỷ niệm", document.GetProperty("title").GetString());
        foreach (var f in file.GetProperty("findings").EnumerateArray())
        {
            Assert.Matches(@"^VB-(CIT|NUM|REC|STR|FMT|AGN|CON)-\d{3}$", f.GetProperty("rule").GetString());
            Assert.Contains(f.GetProperty("category").GetString(), new[] { "citation", "numbering", "recipients", "structure", "format", "agency", "consistency" });
            Assert.NotEqual("error", f.GetProperty("severity").GetString());
        }
    }

    [Fact]
    public void The_skipped_heading_number_is_an_error_on_its_paragraph()
    {
        var run = CliRun.InProcess("check", Path.Combine(Corpus, "p-v01.docx"), "--json");

        Assert.Equal(1, run.Exit);
        var finding = Assert.Single(run.Json[0].GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "VB-NUM-001");
        Assert.Equal(15, finding.GetProperty("paragraph").GetInt32());
        Assert.Equal("3. Yêu cầu", finding.GetProperty("excerpt").GetString());
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal("2", finding.GetProperty("fix").GetProperty("replacement").GetString());
    }

    [Fact]
    public void The_corpus_folder_is_checked_in_name_order()
    {
        var run = CliRun.InProcess("check", Corpus, "--json");

        Assert.Equal(1, run.Exit);
        var names = run.Json.EnumerateArray().Select(e => e.GetProperty("file").GetString()).ToList();
        Assert.Equal(["p-c001.docx", "p-s001.docx", "p-s002.docx", "p-v01.docx", "p-v02.docx"], names);
    }

    [Fact]
    public void The_report_without_Quoc_hieu_reads_in_Vietnamese()
    {
        var run = CliRun.InProcess("check", Path.Combine(Corpus, "p-s002.docx"));

        Assert.Equal(1, run.Exit);
        Assert.Contains("Bố cục văn bản", run.Out);
        Assert.Contains("Lỗi VB-STR-001 (đoạn 1)", run.Out);
        Assert.Contains("Nơi nhận", run.Out);
        Assert.Contains("→ - Lưu: VT, BTXH.", run.Out);
        Assert.Matches(@"1 tệp: \d+ lỗi, \d+ cảnh báo, \d+ thông tin\.", run.Out);
    }
}
