namespace WordHelper.Core.Tests.Cli;

/// <summary>`check FOLDER`: its .docx files in ordinal name order, Word's lock files skipped, sub-folders with --recursive.</summary>
public class CheckFolderTests
{
    static List<string?> Files(CliOutcome run) => run.Json.EnumerateArray().Select(e => e.GetProperty("file").GetString()).ToList();

    [Fact]
    public void A_folder_is_checked_file_by_file_in_ordinal_name_order()
    {
        using var folder = new TempFolder();
        var sound = CliDocs.Plan(CliDocs.SoundBody);
        foreach (var name in new[] { "b.docx", "a.docx", "B.docx", "Đ.docx", "d.docx" }) folder.Write(name, sound);

        var run = CliRun.InProcess("check", folder.Path, "--json");

        Assert.Equal(0, run.Exit);
        Assert.Equal(["B.docx", "a.docx", "b.docx", "d.docx", "Đ.docx"], Files(run));
    }

    [Fact]
    public void Lock_files_and_other_files_are_skipped_and_an_upper_case_extension_is_not()
    {
        using var folder = new TempFolder();
        var sound = CliDocs.Plan(CliDocs.SoundBody);
        folder.Write("ke-hoach.docx", sound);
        folder.Write("~$ke-hoach.docx", "owner file Word leaves while the document is open");
        folder.Write("ghi-chu.txt", "không phải văn bản");
        folder.Write("BAO-CAO.DOCX", sound);

        var run = CliRun.InProcess("check", folder.Path, "--json");

        Assert.Equal(0, run.Exit);
        Assert.Equal(["BAO-CAO.DOCX", "ke-hoach.docx"], Files(run));
    }

    [Fact]
    public void Sub_folders_are_read_only_with_recursive()
    {
        using var folder = new TempFolder();
        folder.Write("ke-hoach.docx", CliDocs.Plan(CliDocs.SoundBody));
        folder.Write(Path.Combine("nam-truoc", "ke-hoach.docx"), CliDocs.Plan(CliDocs.SoundBodyWith(0, CliDocs.ImpossibleCitation)));

        var flat = CliRun.InProcess("check", folder.Path, "--json");
        var deep = CliRun.InProcess("check", folder.Path, "--json", "--recursive");

        Assert.Equal(0, flat.Exit);
        Assert.Equal(["ke-hoach.docx"], Files(flat));
        Assert.Equal(1, deep.Exit);
        Assert.Equal(["ke-hoach.docx", "nam-truoc/ke-hoach.docx"], Files(deep));
    }

    [Fact]
    public void Several_paths_are_reported_in_the_order_given()
    {
        using var folder = new TempFolder();
        var second = folder.Write("z.docx", CliDocs.Plan(CliDocs.SoundBody));
        var first = folder.Write("a.docx", CliDocs.Plan(CliDocs.SoundBody));

        var run = CliRun.InProcess("check", second, first, "--json");

        Assert.Equal(["z.docx", "a.docx"], Files(run));
    }

    [Fact]
    public void An_empty_folder_says_so_and_prints_an_empty_array()
    {
        using var folder = new TempFolder();

        var run = CliRun.InProcess("check", folder.Path, "--json");

        Assert.Equal(0, run.Exit);
        Assert.Equal(0, run.Json.GetArrayLength());
        Assert.Contains("không có tệp .docx nào", run.Err);
    }
}
