using WordHelper.Core.Registry;
using WordHelper.Core.Addressing;
using WordHelper.Core.Documents;
using WordHelper.Core.Rules;

namespace WordHelper.Core.Reports;

/// <summary>
/// Reads and checks files into <see cref="FileReport"/>s; an unreadable file becomes a report with its Vietnamese error.
/// A host may hold back large documents (<paramref name="admission"/>): what it grants is kept until the check is done.
/// </summary>
public sealed class ReportBuilder(Checker checker, ReadAdmission? admission = null)
{
    public FileReport CheckFile(string path, string? displayName = null) =>
        Checked(displayName ?? Path.GetFileName(path), sized => DocxReader.Read(path, sized: sized));

    public FileReport CheckStream(Stream stream, string name) => Checked(name, sized => DocxReader.Read(stream, sized: sized));

    public FileReport CheckFlatOpc(string xml, string name) => Checked(name, sized => DocxReader.ReadFlatOpc(xml, sized: sized));

    /// <summary>The check with the recipients looked up in <paramref name="directory"/> (see <see cref="Checker.CheckAsync"/>).</summary>
    public Task<FileReport> CheckStreamAsync(Stream stream, string name, IDirectory directory, CancellationToken cancellationToken = default) =>
        CheckedAsync(name, sized => DocxReader.Read(stream, sized: sized), directory, cancellationToken);

    public Task<FileReport> CheckFlatOpcAsync(string xml, string name, IDirectory directory, CancellationToken cancellationToken = default) =>
        CheckedAsync(name, sized => DocxReader.ReadFlatOpc(xml, sized: sized), directory, cancellationToken);

    /// <summary>Without a directory the check never waits: the task is complete when it returns.</summary>
    FileReport Checked(string name, Func<Action<MarkupSize>?, DraftDocument> read) =>
        CheckedAsync(name, read, null, CancellationToken.None).GetAwaiter().GetResult();

    async Task<FileReport> CheckedAsync(string name, Func<Action<MarkupSize>?, DraftDocument> read, IDirectory? directory, CancellationToken cancellationToken)
    {
        IDisposable? granted = null;
        try { return FromResult(name, await checker.CheckAsync(read(admission is null ? null : size => granted = admission(size)), directory, cancellationToken)); }
        catch (DocumentReadException e) { return FromError(name, e); }
        finally { granted?.Dispose(); }
    }

    /// <summary>A file that could not be read: its Vietnamese message, never a stack trace.</summary>
    public static FileReport FromError(string name, DocumentReadException error) => Failed(name, error.Message) with { Failure = error.Reason };

    public static FileReport Failed(string name, string message) => new(name, null, null, message);

    public static FileReport FromResult(string name, CheckResult result)
    {
        var h = result.Header;
        var document = new DocumentSummary(h.Kind, h.Number, h.Date?.ToIso(), h.Issuer, h.Title) { Genre = h.Genre?.Name };
        var findings = result.Findings.Select(f => new FindingReport(
            f.Rule, f.Category.Name(), f.Severity.Name(), f.Message, f.Paragraph, f.Excerpt, f.Suggestion,
            f.Fix is { } x ? new FixReport(x.Start, x.Length, x.Replacement) : null,
            f.Note is { } n ? NoteReport.Of(n.Kind, n.Number) : null)).ToList();
        return new FileReport(name, document, findings)
        {
            Recipients = result.Recipients?.Select(Recipient).ToList(),
            Citations = result.Citations.Select(r => Cited(r, result.Document)).ToList(),
        };
    }

    static CitationReport Cited(CitationResolution r, DraftDocument? document)
    {
        var c = r.Citation;
        var inNote = document?.NoteAt(c.Paragraph);
        var d = r.Document;
        var status = d is null ? "unknown" : d.Status.Name();
        var note = d?.StatusNote ?? (r.Kind == ResolutionKind.Listed ? ListedOnly : null);
        return new CitationReport(inNote?.ReferenceParagraph ?? c.Paragraph, Rules.CitationChecks.CitationScope.Lead(c), c.Text, c.TypeName ?? c.ImpliedType, c.Number,
            c.Date is { IsValid: true } date ? date.ToIso() : null, status, note, d is null ? null : Describe(d),
            r.Kind == ResolutionKind.Ambiguous ? r.Candidates.Select(Describe).ToList() : null)
        { Note = inNote is null ? null : NoteReport.Of(inNote.Kind, inNote.Number) };
    }

    /// <summary>What the table says of a number the central listing knows without its facts.</summary>
    const string ListedOnly = "Có trong danh mục văn bản trung ương (vbpl.vn), chưa có thông tin về ngày, cơ quan ban hành và hiệu lực.";

    static RegistryReport Describe(LegalDocument d) => new(d.Id, d.Type, d.Number, d.Date?.ToString("yyyy-MM-dd"), d.Issuer, d.Summary,
        d.Status.Name(), d.ReplacedBy, d.Source, d.StatusNote, d.EffectiveFrom?.ToString("yyyy-MM-dd"));

    static RecipientReport Recipient(ResolvedRecipient r) => new(r.Paragraph, r.Line, r.Entry, r.Status switch
    {
        RecipientStatus.Resolved => "resolved",
        RecipientStatus.NotFound => "not-found",
        RecipientStatus.Ambiguous => "ambiguous",
        _ => "collective",
    }, r.Matches.Select(m => new AddresseeReport(m.Name, m.Mail, m.Kind)).ToList());
}
