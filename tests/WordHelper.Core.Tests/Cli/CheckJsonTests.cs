using System.Text.Json;

namespace WordHelper.Core.Tests.Cli;

/// <summary>`check --json`: one array on standard output, one element a file, in the shape DESIGN.md fixes.</summary>
public class CheckJsonTests
{
    static readonly string[] ElementFields = ["file", "document", "findings", "citations"];
    static readonly string[] DocumentFields = ["kind", "number", "date", "issuer", "title"];
    static readonly string[] FindingFields = ["rule", "category", "severity", "message", "paragraph", "excerpt", "suggestion"];

    [Fact]
    public void A_sound_draft_is_one_element_with_its_document_and_no_findings()
    {
        using var folder = new TempFolder();
        var file = folder.Write("ke-hoach.docx", CliDocs.Plan(CliDocs.SoundBody));

        var run = CliRun.InProcess("check", file, "--json");

        Assert.Equal(0, run.Exit);
        Assert.Equal(JsonValueKind.Array, run.Json.ValueKind);
        var element = Assert.Single(run.Json.EnumerateArray());
        Assert.Equal(ElementFields, CliRun.PropertyNames(element));
        Assert.Equal("ke-hoach.docx", element.GetProperty("file").GetString());
        var document = element.GetProperty("document");
        Assert.Equal(DocumentFields, CliRun.PropertyNames(document));
        Assert.Equal("KẾ HOẠCH", document.GetProperty("kind").GetString());
        Assert.Equal("45/KH-SLĐTBXH", document.GetProperty("number").GetString());
        Assert.Equal("2023-03-10", document.GetProperty("date").GetString());
        Assert.Equal("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", document.GetProperty("issuer").GetString());
        Assert.Equal("Nâng cao chất lượng văn bản hành chính năm 2023", document.GetProperty("title").GetString());
        Assert.Equal(0, element.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public void An_impossible_citation_date_is_an_error_finding_in_the_contract_shape()
    {
        using var folder = new TempFolder();
        var file = folder.Write("can-cu-sai.docx", CliDocs.Plan(CliDocs.SoundBodyWith(0, CliDocs.ImpossibleCitation)));

        var run = CliRun.InProcess("check", file, "--json");

        Assert.Equal(1, run.Exit);
        var finding = Assert.Single(run.Json[0].GetProperty("findings").EnumerateArray(), f => f.GetProperty("severity").GetString() == "error");
        Assert.Equal(FindingFields, CliRun.PropertyNames(finding));
        Assert.Equal("VB-CIT-003", finding.GetProperty("rule").GetString());
        Assert.Equal("citation", finding.GetProperty("category").GetString());
        Assert.Contains("31/02/2020", finding.GetProperty("message").GetString());
        // 0-based among the body's paragraphs: eight header lines come first.
        Assert.Equal(8, finding.GetProperty("paragraph").GetInt32());
        Assert.Contains("ngày 31/02/2020", finding.GetProperty("excerpt").GetString());
        Assert.Contains(finding.GetProperty("excerpt").GetString()!, CliDocs.ImpossibleCitation);
        Assert.Equal(JsonValueKind.Null, finding.GetProperty("suggestion").ValueKind);
    }

    [Fact]
    public void A_finding_with_a_mechanical_repair_carries_its_fix()
    {
        using var folder = new TempFolder();
        var file = folder.Write("danh-so.docx", CliDocs.Plan(CliDocs.SoundBodyWith(CliDocs.SecondHeading, "3. Yêu cầu")));

        var run = CliRun.InProcess("check", file, "--json");

        Assert.Equal(1, run.Exit);
        var finding = Assert.Single(run.Json[0].GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "VB-NUM-001");
        Assert.Equal([.. FindingFields, "fix"], CliRun.PropertyNames(finding));
        Assert.Equal("numbering", finding.GetProperty("category").GetString());
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal(8 + CliDocs.SecondHeading, finding.GetProperty("paragraph").GetInt32());
        Assert.Equal("3. Yêu cầu", finding.GetProperty("excerpt").GetString());
        Assert.StartsWith("Sửa \"3.\" thành \"2.\"", finding.GetProperty("suggestion").GetString());
        var fix = finding.GetProperty("fix");
        Assert.Equal(["start", "length", "replacement"], CliRun.PropertyNames(fix));
        var repaired = "3. Yêu cầu".Remove(fix.GetProperty("start").GetInt32(), fix.GetProperty("length").GetInt32())
            .Insert(fix.GetProperty("start").GetInt32(), fix.GetProperty("replacement").GetString()!);
        Assert.Equal("2. Yêu cầu", repaired);
    }

    [Fact]
    public void A_date_with_a_blank_day_is_reported_without_it()
    {
        using var folder = new TempFolder();
        var file = folder.Write("chua-ky.docx", CliDocs.Plan(CliDocs.SoundBody, dateLine: "Lạng Sơn, ngày      tháng 3 năm 2023"));

        var run = CliRun.InProcess("check", file, "--json");

        Assert.Equal("2023-03", run.Json[0].GetProperty("document").GetProperty("date").GetString());
    }

    [Fact]
    public void What_the_draft_does_not_say_is_null_in_the_document()
    {
        using var folder = new TempFolder();
        var file = folder.Write("ghi-chu.docx", Testing.DocxBuilder.FromLines("Ghi chú cuộc họp", "Nội dung trao đổi trong buổi sáng."));

        var run = CliRun.InProcess("check", file, "--json");

        var document = run.Json[0].GetProperty("document");
        Assert.Equal(DocumentFields, CliRun.PropertyNames(document));
        Assert.Equal(JsonValueKind.Null, document.GetProperty("number").ValueKind);
        Assert.Equal(JsonValueKind.Null, document.GetProperty("date").ValueKind);
    }

    [Fact]
    public void An_unreadable_file_is_an_element_with_only_its_name_and_a_Vietnamese_error()
    {
        using var folder = new TempFolder();
        var file = folder.Write("hong.docx", "không phải docx");

        var run = CliRun.InProcess("check", file, "--json");

        Assert.Equal(2, run.Exit);
        var element = Assert.Single(run.Json.EnumerateArray());
        Assert.Equal(["file", "error"], CliRun.PropertyNames(element));
        Assert.Equal("hong.docx", element.GetProperty("file").GetString());
        var error = element.GetProperty("error").GetString()!;
        Assert.Contains("không phải văn bản Word", error);
        Assert.DoesNotContain(" at ", error);
        Assert.DoesNotContain("Exception", error);
    }

    [Fact]
    public void Vietnamese_is_written_as_is_not_escaped()
    {
        using var folder = new TempFolder();
        var file = folder.Write("ke-hoach.docx", CliDocs.Plan(CliDocs.SoundBody));

        var run = CliRun.InProcess("check", file, "--json");

        Assert.Contains("\"kind\": \"KẾ HOẠCH\"", run.Out);
        Assert.DoesNotContain("\\u", run.Out);
    }
}
