using WordHelper.Testing;

namespace WordHelper.Core.Tests.Cli;

/// <summary>The built program run as a process: the streams and the exit code a script sees.</summary>
public class ProcessTests
{
    [Fact]
    public void Json_on_stdout_is_one_utf8_array_and_the_exit_code_is_the_contracts()
    {
        using var folder = new TempFolder();
        folder.Write("a-loi.docx", CliDocs.Plan(CliDocs.SoundBodyWith(0, CliDocs.ImpossibleCitation)));
        folder.Write("b-sach.docx", CliDocs.Plan(CliDocs.SoundBody));

        var run = CliRun.AsProcess("check", folder.Path, "--json");

        Assert.Equal(1, run.Exit);
        Assert.StartsWith("[", run.Out);
        Assert.Equal(2, run.Json.GetArrayLength());
        Assert.Equal("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", run.Json[0].GetProperty("document").GetProperty("issuer").GetString());
        Assert.Contains("\"kind\": \"KẾ HOẠCH\"", run.Out);
        Assert.Contains(run.Json[0].GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "VB-CIT-003");
        Assert.Equal("", run.Err);
    }

    [Fact]
    public void A_missing_path_exits_2_with_a_Vietnamese_message_on_stderr()
    {
        var run = CliRun.AsProcess("check", "/không/có/đây.docx", "--json");

        Assert.Equal(2, run.Exit);
        Assert.Contains("Không tìm thấy tệp hoặc thư mục \"/không/có/đây.docx\"", run.Err);
        Assert.Equal(1, run.Json.GetArrayLength());
    }

    [Fact]
    public void The_human_report_is_plain_text_when_redirected()
    {
        using var folder = new TempFolder();
        var file = folder.Write("ke-hoach.docx", CliDocs.Plan(CliDocs.SoundBodyWith(0, CliDocs.ImpossibleCitation)));

        var run = CliRun.AsProcess("check", file);

        Assert.Equal(1, run.Exit);
        Assert.Contains("Trích dẫn văn bản (1)", run.Out);
        Assert.Contains("Lỗi VB-CIT-003 (đoạn 9)", run.Out);
        Assert.DoesNotContain("\u001b[", run.Out);
    }

    [Theory]
    [MemberData(nameof(DeepMarkup.Theory), MemberType = typeof(DeepMarkup))]
    public void A_document_nested_a_hundred_thousand_levels_deep_is_unreadable_not_a_crash(Nesting kind)
    {
        using var folder = new TempFolder();
        folder.Write("sau.docx", RawDocx.Docx(DeepMarkup.Body(kind, 100_000)));
        folder.Write("thuong.docx", CliDocs.Plan(CliDocs.SoundBody));

        var run = CliRun.AsProcess("check", folder.Path, "--json");

        Assert.Equal(2, run.Exit);
        Assert.Contains("lồng nhau quá sâu", run.Json[0].GetProperty("error").GetString());
        Assert.True(run.Json[1].TryGetProperty("findings", out _));
        Assert.Equal("", run.Err);
    }
}
