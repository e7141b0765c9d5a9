using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordHelper.Core.Citations;
using WordHelper.Core.Documents;
using WordHelper.Core.Registry;
using WordHelper.Core.RulePack;
using WordHelper.Core.Text;

namespace WordHelper.Core.RollForward;

/// <summary>
/// Last period's document made this period's starting point: every change a tracked change by "WordHelper", every
/// doubt a comment, in the body, tables, text boxes, headers, footers and notes; formatting, fields, content controls,
/// numbering and styles left as they were.
/// </summary>
public sealed class RollForwarder(RulePackData? pack = null, ILegalDocumentRegistry? registry = null, TimeProvider? clock = null)
{
    public const string Author = "WordHelper";

    readonly RulePackData _pack = pack ?? RulePackData.Default;
    readonly ILegalDocumentRegistry _registry = registry ?? new SeedRegistry(pack ?? RulePackData.Default);
    readonly TimeProvider _clock = clock ?? TimeProvider.System;
    readonly string[] _resultHeadings = Padded((pack ?? RulePackData.Default).Phrases.ResultHeadings);
    readonly string[] _otherHeadings = Padded((pack ?? RulePackData.Default).Phrases.OtherHeadings);

    /// <summary>Phrases folded and padded for whole-word matching.</summary>
    static string[] Padded(IEnumerable<string> phrases) => phrases.Select(p => " " + VietnameseText.Key(p) + " ").ToArray();

    /// <summary>Rolls the .docx <paramref name="docx"/>; an unreadable file is a <see cref="DocumentReadException"/>, a period it cannot find a <see cref="RollForwardException"/>.</summary>
    public RollResult Roll(byte[] docx, RollOptions options)
    {
        var draft = DocxReader.Read(new MemoryStream(docx, writable: false));
        var header = HeaderRecognizer.Recognize(draft, _pack);
        var source = SourcePeriod.Find(draft, header, options.Target);
        var shift = new PeriodShift(source, options.Target);
        var periods = new PeriodEdits(shift, [.. _pack.Phrases.Schedule, "tính đến", "đến ngày", "trước ngày", "từ ngày", "hạn"]);
        var notes = new RollNotes(shift, _pack, _registry);
        var isReport = header.Type?.Name == "Báo cáo";
        var changes = new List<RollChange>();
        var comments = new List<RollComment>();

        using var package = new MemoryStream();
        package.Write(docx);
        using (var document = WordprocessingDocument.Open(package, true))
        {
            var tracked = new TrackedChanges(document, Author, _clock.GetUtcNow().UtcDateTime);
            var body = document.MainDocumentPart?.Document?.Body ?? throw new RollForwardException("Tệp không có phần nội dung văn bản.");
            var inResults = false;
            var index = 0;
            // The reader's order (tables included, text boxes not), so that indexes are the checker's.
            foreach (var paragraph in DocxReader.Outermost<Paragraph>(body))
            {
                var i = index++;
                var text = new ParagraphText(paragraph);
                if (text.Text.Length == 0) continue;
                var citations = CitationParser.ParseText(text.Text, i, _pack);
                var edits = i == header.DateLine?.Index
                    ? HeaderEdits.DateLine(text.Text, shift, options.Date).ToList()
                    : periods.Find(text.Text, citations, isTitle: i == header.TitleParagraph?.Index || i == header.KindParagraph?.Index);
                if (i == header.NumberLine?.Index) edits.AddRange(HeaderEdits.NumberLine(text.Text));
                var heading = IsHeading(text.Text);
                if (isReport && heading) inResults = StartsResults(text.Text, inResults);
                var found = new List<TextNote>();
                notes.Find(text.Text, citations, inResults && !heading, edits, found);

                foreach (var note in found)
                {
                    tracked.Comment(new ParagraphText(paragraph), note);
                    if (note.Text.Length > 0) comments.Add(new RollComment(i, note.Text));
                }
                Record(tracked.Apply(new ParagraphText(paragraph), WithoutOverlaps(edits)), text.Text, i, paragraph, tracked, changes, comments);
            }

            // Elsewhere — text boxes, headers, footers, notes — the periods move; comments are the body's.
            foreach (var paragraph in Elsewhere(document, body))
            {
                var text = new ParagraphText(paragraph);
                if (text.Text.Length == 0) continue;
                var edits = periods.Find(text.Text, CitationParser.ParseText(text.Text, 0, _pack), isTitle: false);
                Record(tracked.Apply(text, WithoutOverlaps(edits)), text.Text, null, paragraph, tracked, changes, comments);
            }
            document.Save();
        }

        var summary = changes.GroupBy(c => c.Kind).ToDictionary(g => g.Key, g => g.Count());
        summary["comment"] = comments.Count;
        return new RollResult(package.ToArray(), Describe(source), options.Target.ToString(), summary, changes, comments);
    }

    void Record(IReadOnlyList<TextEdit> applied, string text, int? index, Paragraph paragraph, TrackedChanges tracked, List<RollChange> changes, List<RollComment> comments)
    {
        foreach (var edit in applied)
        {
            changes.Add(new RollChange(edit.Kind, index, text.Substring(edit.Start, edit.Length), edit.Replacement));
            if (edit.Comment is null || index is null) continue;
            tracked.Comment(new ParagraphText(paragraph), new TextNote(0, 0, edit.Comment, edit.Kind));
            comments.Add(new RollComment(index, edit.Comment));
        }
    }

    static string Describe(SourcePeriod source) =>
        source.Month is { } m ? $"tháng {m}/{source.Year}" : source.Quarter is { } q ? $"quý {q}/{source.Year}" : $"năm {source.Year}";

    /// <summary>Edits that do not overlap an earlier one.</summary>
    static List<TextEdit> WithoutOverlaps(IEnumerable<TextEdit> edits)
    {
        var kept = new List<TextEdit>();
        foreach (var edit in edits.OrderBy(e => e.Start))
            if (kept.Count == 0 || kept[^1].End <= edit.Start) kept.Add(edit);
        return kept;
    }

    static bool IsHeading(string text) =>
        text.Length < 150 && (HeadingStart.IsMatch(text) || VietnameseText.IsUpperText(text));

    bool StartsResults(string heading, bool current)
    {
        var key = " " + VietnameseText.Key(heading) + " ";
        if (_resultHeadings.Any(h => key.Contains(h, StringComparison.Ordinal))) return true;
        if (_otherHeadings.Any(h => key.Contains(h, StringComparison.Ordinal))) return false;
        return current;
    }

    static readonly System.Text.RegularExpressions.Regex HeadingStart = new(@"^\s*([IVXLC]+|\d+(\.\d+)*)\s*[.)]\s", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Paragraphs of text boxes (in the body and elsewhere), headers, footers, footnotes and endnotes.</summary>
    static IEnumerable<Paragraph> Elsewhere(WordprocessingDocument document, Body body)
    {
        var main = document.MainDocumentPart!;
        var roots = new List<OpenXmlElement> { body };
        roots.AddRange(main.HeaderParts.Select(h => (OpenXmlElement?)h.Header).OfType<OpenXmlElement>());
        roots.AddRange(main.FooterParts.Select(f => (OpenXmlElement?)f.Footer).OfType<OpenXmlElement>());
        if (main.FootnotesPart?.Footnotes is { } footnotes) roots.Add(footnotes);
        if (main.EndnotesPart?.Endnotes is { } endnotes) roots.Add(endnotes);
        foreach (var root in roots)
        {
            var boxes = root.Descendants().Where(e => e.LocalName == "txbxContent").SelectMany(b => b.Descendants<Paragraph>());
            var own = root == body ? [] : root.Descendants<Paragraph>().Where(p => !p.Ancestors().Any(a => a.LocalName == "txbxContent"));
            // A text box is written twice (DrawingML and its VML fallback): both copies move alike.
            foreach (var p in own.Concat(boxes).Distinct()) yield return p;
        }
    }
}
