using System.Diagnostics;
using System.Text.Json;
using WordHelper.Cli;
using WordHelper.Core.RulePack;

namespace WordHelper.Core.Tests.Cli;

/// <summary>The command line as its contract says: `check PATH... [--json]`, exit codes 0/1/2, `rules`.</summary>
public class CliTests
{
    static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "assets", "corpus");

    static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    [Fact]
    public void A_clean_draft_exits_0_with_one_json_element_in_the_contract_shape()
    {
        var (exit, output, _) = Run("check", Path.Combine(Corpus, "p-c001.docx"), "--json");
        Assert.Equal(0, exit);
        var array = Json(output);
        Assert.Equal(1, array.GetArrayLength());
        var file = array[0];
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
            Assert.True(f.TryGetProperty("message", out _) && f.TryGetProperty("paragraph", out _) && f.TryGetProperty("excerpt", out _) && f.TryGetProperty("suggestion", out _));
        }
    }

    [Fact]
    public void A_draft_with_an_error_exits_1_and_points_at_the_paragraph()
    {
        var (exit, output, _) = Run("check", Path.Combine(Corpus, "p-v01.docx"), "--json");
        Assert.Equal(1, exit);
        var finding = Json(output)[0].GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule").GetString() == "VB-NUM-001");
        Assert.Equal(15, finding.GetProperty("paragraph").GetInt32());
        Assert.Equal("3. Yêu cầu", finding.GetProperty("excerpt").GetString());
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        var fix = finding.GetProperty("fix");
        Assert.Equal("2", fix.GetProperty("replacement").GetString());
    }

    [Fact]
    public void An_unreadable_file_exits_2_with_a_Vietnamese_error_element()
    {
        var bad = Path.Combine(Path.GetTempPath(), $"hong-{Guid.NewGuid():N}.docx");
        File.WriteAllText(bad, "không phải docx");
        try
        {
            var (exit, output, _) = Run("check", bad, Path.Combine(Corpus, "p-v01.docx"), "--json");
            Assert.Equal(2, exit);
            var array = Json(output);
            Assert.Equal(2, array.GetArrayLength());
            var error = array[0].GetProperty("error").GetString()!;
            Assert.Contains("không phải văn bản Word", error);
            Assert.DoesNotContain("   at ", error);
            Assert.False(array[0].TryGetProperty("findings", out _));
        }
        finally { File.Delete(bad); }
    }

    [Fact]
    public void A_missing_path_exits_2_and_says_so()
    {
        var (exit, output, error) = Run("check", "/không/có/đây.docx", "--json");
        Assert.Equal(2, exit);
        Assert.Contains("Không tìm thấy", error);
        Assert.Contains("Không tìm thấy", Json(output)[0].GetProperty("error").GetString());
    }

    [Fact]
    public void A_folder_is_checked_file_by_file_in_name_order()
    {
        var (exit, output, _) = Run("check", Corpus, "--json");
        Assert.Equal(1, exit);
        var names = Json(output).EnumerateArray().Select(e => e.GetProperty("file").GetString()).ToList();
        Assert.Equal(["p-c001.docx", "p-s001.docx", "p-s002.docx", "p-v01.docx", "p-v02.docx"], names);
    }

    [Fact]
    public void The_human_report_groups_findings_by_category_in_Vietnamese()
    {
        var (exit, output, _) = Run("check", Path.Combine(Corpus, "p-s002.docx"));
        Assert.Equal(1, exit);
        Assert.Contains("Bố cục văn bản", output);
        Assert.Contains("Lỗi VB-STR-001 (đoạn 1)", output);
        Assert.Contains("Nơi nhận", output);
        Assert.Contains("→ - Lưu: VT, BTXH.", output);
        Assert.Matches(@"1 tệp: \d+ lỗi, \d+ cảnh báo, \d+ thông tin\.", output);
        Assert.DoesNotContain("\u001b[", output);
    }

    [Fact]
    public void Rules_lists_the_whole_catalogue()
    {
        var (exit, output, _) = Run("rules", "--json");
        Assert.Equal(0, exit);
        var ids = Json(output).EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(RulePackData.Default.Rules.All.Select(r => r.Id), ids);
        Assert.Contains("Đánh số đề mục", Run("rules").Out);
    }

    [Fact]
    public void Wrong_arguments_exit_non_zero_with_a_message()
    {
        var (exit, _, error) = Run("check");
        Assert.NotEqual(0, exit);
        Assert.NotEmpty(error);
    }

    [Fact]
    public void The_built_program_runs_as_a_process()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "wordhelper.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { dll, "check", Path.Combine(Corpus, "p-v02.docx"), "--json" }) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit(60_000);
        Assert.Equal(1, process.ExitCode);
        var finding = Json(output)[0].GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule").GetString() == "VB-CIT-004");
        Assert.Contains("593/LĐTBXH-BTXH", finding.GetProperty("excerpt").GetString());
    }
}
