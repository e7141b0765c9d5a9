using WordHelper.Core.Documents;
using WordHelper.Testing;

namespace WordHelper.Core.Tests.Cli;

/// <summary>`rollforward FILE --to … -o OUT [--json]`: writes the rolled document, never over the original, and fails as `check` does.</summary>
public sealed class RollForwardCommandTests : IDisposable
{
    readonly string _folder = Directory.CreateTempSubdirectory("wordhelper-roll-").FullName;

    string Plan()
    {
        var path = Path.Combine(_folder, "ke-hoach-2025.docx");
        File.WriteAllBytes(path, DocxBuilder.FromLines("KẾ HOẠCH", "Tuyên truyền pháp luật năm 2025", "Hoàn thành trước ngày 15/12/2025."));
        return path;
    }

    [Fact]
    public void The_rolled_plan_is_written_and_its_changes_printed_as_JSON()
    {
        var output = Path.Combine(_folder, "ke-hoach-2026.docx");
        var run = CliRun.InProcess("rollforward", Plan(), "--to", "2026", "-o", output, "--json");
        Assert.Equal(0, run.Exit);
        Assert.Equal("năm 2025", run.Json.GetProperty("from").GetString());
        Assert.Equal(1, run.Json.GetProperty("summary").GetProperty("schedule").GetInt32());
        Assert.Equal("Tuyên truyền pháp luật năm 2026", DocxReader.Read(output).Paragraphs[1].Text);
    }

    [Fact]
    public void The_original_is_never_overwritten()
    {
        var plan = Plan();
        var before = File.ReadAllBytes(plan);
        var run = CliRun.InProcess("rollforward", plan, "--to", "2026", "-o", plan);
        Assert.Equal(2, run.Exit);
        Assert.Contains("trùng tệp gốc", run.Err);
        Assert.Equal(before, File.ReadAllBytes(plan));
    }

    [Theory]
    [InlineData("2026-13", "không hợp lệ")]
    [InlineData("2025-10", "tháng")]
    public void A_bad_target_or_a_document_without_its_period_is_exit_2_in_Vietnamese(string to, string said)
    {
        var run = CliRun.InProcess("rollforward", Plan(), "--to", to, "-o", Path.Combine(_folder, "out.docx"));
        Assert.Equal(2, run.Exit);
        Assert.Contains(said, run.Err);
        Assert.False(File.Exists(Path.Combine(_folder, "out.docx")));
    }

    [Fact]
    public void An_unreadable_file_is_exit_2_as_for_check()
    {
        var bad = Path.Combine(_folder, "hong.docx");
        File.WriteAllText(bad, "không phải tệp Word");
        var run = CliRun.InProcess("rollforward", bad, "--to", "2026", "-o", Path.Combine(_folder, "out.docx"));
        Assert.Equal(2, run.Exit);
        Assert.Contains("hong.docx: Tệp không phải văn bản Word", run.Err);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
