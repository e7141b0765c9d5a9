using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace WordHelper.Core.Documents;

/// <summary>A note's reference mark as met in the body: which note, in which paragraph, and its own mark if it has one.</summary>
internal sealed record NoteReference(NoteKind Kind, long Id, int Paragraph, string? CustomMark);

/// <summary>
/// Reads the footnotes and endnotes the body refers to, in the order of their references, numbered as Word shows
/// them: footnotes 1, 2, 3 and endnotes i, ii, iii unless the document sets another format or start.
/// </summary>
internal static class NoteReader
{
    public static IReadOnlyList<DraftNote> Read(MainDocumentPart main, Body body, IReadOnlyList<NoteReference> references, int bodyCount,
        Func<int, DocxReader.BodyWalker> walkerFrom)
    {
        if (references.Count == 0) return [];
        var footnotes = Stories(main.FootnotesPart?.Footnotes?.Elements<Footnote>().Select(f => (f.Id?.Value, f.Type, (OpenXmlElement)f)));
        var endnotes = Stories(main.EndnotesPart?.Endnotes?.Elements<Endnote>().Select(e => (e.Id?.Value, e.Type, (OpenXmlElement)e)));
        var footStyle = Style(NoteKind.Footnote, main, body);
        var endStyle = Style(NoteKind.Endnote, main, body);
        int footCount = 0, endCount = 0;
        var nextIndex = bodyCount;
        var notes = new List<DraftNote>();
        var seen = new HashSet<(NoteKind, long)>();
        foreach (var reference in references)
        {
            var footnote = reference.Kind == NoteKind.Footnote;
            // Every reference without a mark of its own takes the next number, even one whose note is missing.
            var number = reference.CustomMark ?? (footnote ? footStyle.Format(footCount++) : endStyle.Format(endCount++));
            if (!seen.Add((reference.Kind, reference.Id))) continue;
            if (!(footnote ? footnotes : endnotes).TryGetValue(reference.Id, out var story)) continue;
            var walker = walkerFrom(nextIndex);
            walker.Walk(story);
            nextIndex += walker.Paragraphs.Count;
            notes.Add(new DraftNote(reference.Kind, number, reference.Paragraph, walker.Paragraphs));
        }
        return notes;
    }

    /// <summary>
    /// The notes by id. Separator notes (the line above the notes) have a type of their own; real notes have none or
    /// "normal".
    /// </summary>
    static Dictionary<long, OpenXmlElement> Stories(IEnumerable<(long? Id, EnumValue<FootnoteEndnoteValues>? Type, OpenXmlElement Note)>? notes)
    {
        var byId = new Dictionary<long, OpenXmlElement>();
        foreach (var (id, type, note) in notes ?? [])
            if (id is { } key && (type?.Value is null || type.Value == FootnoteEndnoteValues.Normal)) byId.TryAdd(key, note);
        return byId;
    }

    /// <summary>A kind of note's number format and first number; numbers are written as list labels are.</summary>
    sealed record NoteStyle(NumberFormatValues NumberFormat, int Start)
    {
        public string Format(int ordinal) => NumberingResolver.Format(Start + ordinal, NumberFormat);
    }

    /// <summary>The number format and start of a kind of note: the section's settings over the document's, over Word's defaults.</summary>
    static NoteStyle Style(NoteKind kind, MainDocumentPart main, Body body)
    {
        var settings = main.DocumentSettingsPart?.Settings;
        var section = body.GetFirstChild<SectionProperties>();
        OpenXmlElement?[] sources = kind == NoteKind.Footnote
            ? [section?.GetFirstChild<FootnoteProperties>(), settings?.GetFirstChild<FootnoteDocumentWideProperties>()]
            : [section?.GetFirstChild<EndnoteProperties>(), settings?.GetFirstChild<EndnoteDocumentWideProperties>()];
        NumberFormatValues? format = null;
        int? start = null;
        foreach (var source in sources)
        {
            if (source is null) continue;
            format ??= source.GetFirstChild<NumberingFormat>()?.Val?.Value;
            start ??= source.GetFirstChild<NumberingStart>()?.Val?.Value;
        }
        return new NoteStyle(format ?? (kind == NoteKind.Footnote ? NumberFormatValues.Decimal : NumberFormatValues.LowerRoman), Math.Max(1, start ?? 1));
    }
}
