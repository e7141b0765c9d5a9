using WordHelper.Core.Rules;

namespace WordHelper.Core.Tests.Cli;

/// <summary>`check` exits 0 with no error finding, 1 with some, 2 when a file cannot be read or checked; 2 wins over 1.</summary>
public class CheckExitCodeTests
{
    [Fact]
    public void Warnings_alone_exit_0()
    {
        using var folder = new TempFolder();
        // No "Kinh phí" section: a kế hoạch usually has one, so a warning, not an error.
        var body = CliDocs.SoundBody
            .Where(l => !l.Contains("KINH PHÍ") && !l.StartsWith("Kinh phí"))
            .Select(l => l.Replace("IV. TỔ CHỨC", "III. TỔ CHỨC"));
        var file = folder.Write("thieu-muc.docx", CliDocs.Plan(body));

        var run = CliRun.InProcess("check", file, "--json");

        var severities = run.Json[0].GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("severity").GetString()).ToList();
        Assert.Contains("warning", severities);
        Assert.DoesNotContain("error", severities);
        Assert.Equal(0, run.Exit);
    }

    [Theory]
    [InlineData("rong.docx", "")]
    [InlineData("van-ban.docx", "Đây là văn bản thuần, không phải tệp Word.")]
    [InlineData("cu.docx", "\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1 Word 97-2003")]
    public void An_unreadable_file_exits_2_without_a_stack_trace(string name, string content)
    {
        using var folder = new TempFolder();
        var file = folder.Write(name, content);

        var run = CliRun.InProcess("check", file);

        Assert.Equal(2, run.Exit);
        Assert.Contains("Không đọc được", run.Out);
        Assert.DoesNotContain("   at ", run.Out + run.Err);
    }

    [Fact]
    public void An_unreadable_file_wins_over_an_error_finding_and_the_others_are_still_checked()
    {
        using var folder = new TempFolder();
        folder.Write("a-loi.docx", CliDocs.Plan(CliDocs.SoundBodyWith(0, CliDocs.ImpossibleCitation)));
        folder.Write("b-hong.docx", "PK\u0003\u0004 bị cắt cụt");

        var run = CliRun.InProcess("check", folder.Path, "--json");

        Assert.Equal(2, run.Exit);
        Assert.True(run.Json[0].GetProperty("findings").GetArrayLength() > 0);
        Assert.True(run.Json[1].TryGetProperty("error", out _));
    }

    [Fact]
    public void A_missing_path_exits_2_with_a_message_on_stderr_and_an_error_element()
    {
        var missing = Path.Combine(Path.GetTempPath(), "không-có-đây", "ke-hoach.docx");

        var run = CliRun.InProcess("check", missing, "--json");

        Assert.Equal(2, run.Exit);
        Assert.Contains($"Không tìm thấy tệp hoặc thư mục \"{missing}\"", run.Err);
        var element = Assert.Single(run.Json.EnumerateArray());
        Assert.Equal(missing, element.GetProperty("file").GetString());
        Assert.Contains("Không tìm thấy", element.GetProperty("error").GetString());
    }

    [Fact]
    public void A_missing_path_without_json_is_reported_too()
    {
        var run = CliRun.InProcess("check", "/không/có/đây.docx");

        Assert.Equal(2, run.Exit);
        Assert.Contains("Không tìm thấy", run.Err);
        Assert.Contains("1 tệp không đọc được", run.Out);
    }

    [Fact]
    public void A_rule_that_fails_gives_a_Vietnamese_message_exit_2_and_a_whole_json_array()
    {
        using var folder = new TempFolder();
        folder.Write("a.docx", CliDocs.Plan(CliDocs.SoundBody));
        folder.Write("b.docx", CliDocs.Plan(CliDocs.SoundBody));
        var checker = new Checker(rules: [new FailingRule()]);

        var run = CliRun.InProcess(checker, "check", folder.Path, "--json");

        Assert.Equal(2, run.Exit);
        Assert.Equal(2, run.Json.GetArrayLength());
        Assert.All(run.Json.EnumerateArray(), e => Assert.Contains("Lỗi không mong muốn", e.GetProperty("error").GetString()));
        Assert.Contains("Lỗi không mong muốn khi kiểm tra \"a.docx\"", run.Err);
        Assert.DoesNotContain("   at ", run.Err);
        Assert.DoesNotContain(nameof(FailingRule), run.Err);
    }

    [Theory]
    [InlineData]
    [InlineData("check")]
    [InlineData("rules", "thua")]
    [InlineData("kiem-tra", "a.docx")]
    public void A_wrong_command_line_exits_2_with_a_Vietnamese_usage_message(params string[] args)
    {
        var run = CliRun.InProcess(args);

        Assert.Equal(2, run.Exit);
        Assert.Contains("Lệnh không hợp lệ", run.Err);
        Assert.Contains("wordhelper check", run.Err);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Help_exits_0()
    {
        var run = CliRun.InProcess("check", "--help");

        Assert.Equal(0, run.Exit);
        Assert.Contains("--json", run.Out);
        Assert.Contains("--recursive", run.Out);
    }

    /// <summary>A rule with a bug, to see that the program survives it.</summary>
    sealed class FailingRule : IRule
    {
        public IReadOnlyList<string> RuleIds => ["VB-CIT-001"];
        public void Analyze(CheckContext context, FindingSink sink) => throw new InvalidOperationException("Sequence contains no elements");
    }
}
