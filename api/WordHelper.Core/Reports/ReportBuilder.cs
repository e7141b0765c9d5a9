using WordHelper.Core.Documents;
using WordHelper.Core.Rules;

namespace WordHelper.Core.Reports;

/// <summary>Reads and checks files into <see cref="FileReport"/>s; an unreadable file becomes a report with its Vietnamese error.</summary>
public sealed class ReportBuilder(Checker checker)
{
    public FileReport CheckFile(string path, string? displayName = null)
    {
        var name = displayName ?? Path.GetFileName(path);
        try { return FromResult(name, checker.Check(DocxReader.Read(path))); }
        catch (DocumentReadException e) { return FromError(name, e); }
    }

    public FileReport CheckStream(Stream stream, string name)
    {
        try { return FromResult(name, checker.Check(DocxReader.Read(stream))); }
        catch (DocumentReadException e) { return FromError(name, e); }
    }

    public FileReport CheckFlatOpc(string xml, string name)
    {
        try { return FromResult(name, checker.Check(DocxReader.ReadFlatOpc(xml))); }
        catch (DocumentReadException e) { return FromError(name, e); }
    }

    /// <summary>A file that could not be read: its Vietnamese message, never a stack trace.</summary>
    public static FileReport FromError(string name, DocumentReadException error) => Failed(name, error.Message) with { Failure = error.Reason };

    public static FileReport Failed(string name, string message) => new(name, null, null, message);

    public static FileReport FromResult(string name, CheckResult result)
    {
        var h = result.Header;
        var document = new DocumentSummary(h.Kind, h.Number, h.Date?.ToIso(), h.Issuer, h.Title);
        var findings = result.Findings.Select(f => new FindingReport(
            f.Rule, f.Category.Name(), f.Severity.Name(), f.Message, f.Paragraph, f.Excerpt, f.Suggestion,
            f.Fix is { } x ? new FixReport(x.Start, x.Length, x.Replacement) : null)).ToList();
        return new FileReport(name, document, findings);
    }
}
