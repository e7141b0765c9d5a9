using System.Text.Json;
using WordHelper.Core.Documents;
using WordHelper.Core.Reports;
using WordHelper.Core.Rules;

namespace WordHelper.Core.Tests.Cli;

/// <summary>The report model the CLI prints and POST /api/checks answers, built from a check result or a read error.</summary>
public class ReportBuilderTests
{
    [Fact]
    public void A_result_maps_field_by_field_with_the_fix_on_its_paragraphs_text()
    {
        var header = new DocumentHeader { Kind = "KẾ HOẠCH", Number = "/KH-SLĐTBXH", Date = new DraftDate(2023, 3), Issuer = "SỞ Y TẾ" };
        var finding = new Finding("VB-NUM-001", RuleCategory.Numbering, Severity.Error, "Sau \"1.\" là \"3.\": thiếu \"2.\".", 12, "3. Yêu cầu", "2.",
            new TextFix(12, 0, 1, "2"));

        var json = JsonDocument.Parse(ReportJson.Serialize(ReportBuilder.FromResult("a.docx", new CheckResult(header, [finding])))).RootElement;

        Assert.Equal("a.docx", json.GetProperty("file").GetString());
        var document = json.GetProperty("document");
        Assert.Equal("2023-03", document.GetProperty("date").GetString());
        Assert.Equal("/KH-SLĐTBXH", document.GetProperty("number").GetString());
        Assert.Equal(JsonValueKind.Null, document.GetProperty("title").ValueKind);
        var f = json.GetProperty("findings")[0];
        Assert.Equal(("numbering", "error", 12), (f.GetProperty("category").GetString(), f.GetProperty("severity").GetString(), f.GetProperty("paragraph").GetInt32()));
        Assert.Equal(["start", "length", "replacement"], CliRun.PropertyNames(f.GetProperty("fix")));
        Assert.False(json.TryGetProperty("error", out _));
    }

    [Fact]
    public void A_read_error_keeps_its_Vietnamese_message_and_nothing_else()
    {
        var report = ReportBuilder.FromError("b.docx", new DocumentReadException("Tệp không phải văn bản Word (.docx).", new InvalidDataException("zip")));

        Assert.True(report.Unreadable);
        Assert.False(report.HasErrors);
        var json = ReportJson.Serialize(report);
        Assert.Equal(["file", "error"], CliRun.PropertyNames(JsonDocument.Parse(json).RootElement));
        Assert.Contains("\"error\": \"Tệp không phải văn bản Word (.docx).\"", json);
    }
}
