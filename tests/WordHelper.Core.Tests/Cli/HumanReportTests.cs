namespace WordHelper.Core.Tests.Cli;

/// <summary>`check` without --json: a report for people, in Vietnamese, grouped by category.</summary>
public class HumanReportTests
{
    static CliOutcome CheckTwoErrors()
    {
        using var folder = new TempFolder();
        var body = CliDocs.SoundBodyWith(0, CliDocs.ImpossibleCitation);
        body[CliDocs.SecondHeading] = "3. Yêu cầu";
        var file = folder.Write("ke-hoach.docx", CliDocs.Plan(body));
        return CliRun.InProcess("check", file);
    }

    [Fact]
    public void Findings_are_grouped_under_Vietnamese_category_headings()
    {
        var run = CheckTwoErrors();

        Assert.Equal(1, run.Exit);
        var lines = run.Out.Split('\n').Select(l => l.TrimEnd()).ToList();
        Assert.Equal("ke-hoach.docx", lines[0]);
        Assert.Equal("  KẾ HOẠCH · số 45/KH-SLĐTBXH · ngày 2023-03-10 · SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", lines[1]);
        var citations = lines.IndexOf("  Trích dẫn văn bản (1)");
        var numbering = lines.IndexOf("  Đánh số đề mục (1)");
        Assert.True(citations > 0 && numbering > citations, run.Out);
    }

    [Fact]
    public void Each_finding_shows_severity_rule_paragraph_from_one_message_excerpt_and_suggestion()
    {
        var run = CheckTwoErrors();

        // Paragraph 12 (0-based) is "đoạn 13" for people.
        Assert.Contains("    Lỗi VB-NUM-001 (đoạn 13): Sau \"1.\" là \"3.\": thiếu \"2.\".", run.Out);
        Assert.Contains("      «3. Yêu cầu»", run.Out);
        Assert.Contains("      → Sửa \"3.\" thành \"2.\"", run.Out);
        Assert.Contains("    Lỗi VB-CIT-003 (đoạn 9): Ngày 31/02/2020", run.Out);
    }

    [Fact]
    public void The_summary_counts_findings_by_severity()
    {
        Assert.EndsWith("1 tệp: 2 lỗi, 0 cảnh báo, 0 thông tin.", CheckTwoErrors().Out.TrimEnd());
    }

    [Fact]
    public void A_sound_draft_says_nothing_was_found()
    {
        using var folder = new TempFolder();
        var file = folder.Write("ke-hoach.docx", CliDocs.Plan(CliDocs.SoundBody));

        var run = CliRun.InProcess("check", file);

        Assert.Equal(0, run.Exit);
        Assert.Contains("  Không phát hiện vấn đề nào.", run.Out);
        Assert.EndsWith("1 tệp: 0 lỗi, 0 cảnh báo, 0 thông tin.", run.Out.TrimEnd());
    }

    [Fact]
    public void An_unreadable_file_is_named_with_its_reason_and_counted()
    {
        using var folder = new TempFolder();
        folder.Write("a.docx", CliDocs.Plan(CliDocs.SoundBody));
        folder.Write("b.docx", "không phải docx");

        var run = CliRun.InProcess("check", folder.Path);

        Assert.Equal(2, run.Exit);
        Assert.Contains("b.docx\n  Không đọc được: ", run.Out.ReplaceLineEndings("\n"));
        Assert.EndsWith("2 tệp: 0 lỗi, 0 cảnh báo, 0 thông tin, 1 tệp không đọc được.", run.Out.TrimEnd());
    }

    [Fact]
    public void Written_to_a_writer_that_is_not_a_terminal_it_has_no_colour_codes()
    {
        Assert.DoesNotContain("\u001b[", CheckTwoErrors().Out);
    }
}
