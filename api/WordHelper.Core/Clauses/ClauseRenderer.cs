using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Humanizer;
using WordHelper.Core.Text;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace WordHelper.Core.Clauses;

/// <summary>
/// Renders a clause: variables filled (a budget also in words), the heading numbered to fit where it goes ("IV."),
/// and the text laid out as NĐ 30/2020 Phụ lục I asks: Times New Roman 14, justified, first-line indent 1 cm,
/// 6 pt after each paragraph, headings bold.
/// </summary>
public static class ClauseRenderer
{
    const string Font = "Times New Roman";
    const string SizeHalfPoints = "28";
    const string FirstLineTwips = "567";

    /// <summary>Escapes markup only: Vietnamese letters stay as they are.</summary>
    static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The longest text a render may produce: values repeated in a long clause must not fill the memory.</summary>
    public const int MaxTextLength = 1_000_000;

    /// <summary>The most paragraphs a render may produce: each becomes markup the pane sends to Word.</summary>
    public const int MaxParagraphs = 2_000;

    /// <summary>
    /// Renders with the text cleaned of what a document cannot hold (<see cref="InputText"/>), so that clauses saved
    /// before such text was refused still render. A value of null leaves its variable blank.
    /// </summary>
    public static RenderedClause Render(string title, string body, IReadOnlyDictionary<string, string?> variables, string? number)
    {
        var prepared = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in variables)
            if (value is not null) prepared[InputText.Clean(name).Trim()] = Prepare(name, InputText.Clean(value, multiline: true));
        var (titleSegments, missingInTitle) = ClauseTemplate.Fill(InputText.Clean(title), prepared);
        var (bodySegments, missingInBody) = ClauseTemplate.Fill(InputText.Clean(body, multiline: true), prepared);
        if (titleSegments.Concat(bodySegments).Sum(s => (long)s.Text.Length) > MaxTextLength)
            throw new ClauseTooLongException(
                $"Điều khoản sau khi điền giá trị dài hơn {MaxTextLength.ToString("N0", VietnameseText.Vi)} ký tự: hãy rút gọn các giá trị lặp lại nhiều lần.");
        if (bodySegments.Sum(s => (long)s.Text.AsSpan().Count('\n')) >= MaxParagraphs)
            throw new ClauseTooLongException(
                $"Điều khoản sau khi điền giá trị có hơn {MaxParagraphs.ToString("N0", VietnameseText.Vi)} đoạn: hãy rút gọn các giá trị nhiều dòng lặp lại nhiều lần.");
        var used = ClauseTemplate.Variables(title + "\n" + body).Select(ClauseTemplate.NameKey).ToHashSet();
        var unknown = variables.Keys.Where(k => !used.Contains(ClauseTemplate.NameKey(k))).ToList();

        var heading = Heading(string.Concat(titleSegments.Select(s => s.Text)), number);
        var paragraphs = Lines(bodySegments).Where(l => l.Sum(s => s.Text.Trim().Length) > 0).ToList();
        var text = string.Join("\n", new[] { heading }.Concat(paragraphs.Select(l => string.Concat(l.Select(s => s.Text)).Trim())));
        var html = $"<p><strong>{Html.Encode(heading)}</strong></p>" + string.Concat(paragraphs.Select(l =>
            "<p>" + string.Concat(l.Select(s => s.Blank ? $"<mark>{Html.Encode(s.Text)}</mark>" : Html.Encode(s.Text))).Trim() + "</p>"));
        return new RenderedClause(text, html, Ooxml(heading, paragraphs), missingInTitle.Concat(missingInBody).Distinct().ToList(), unknown);
    }

    /// <summary>The segments split into lines, one paragraph a line, leading and trailing spaces of a line dropped.</summary>
    static List<List<TextSegment>> Lines(IReadOnlyList<TextSegment> segments)
    {
        var lines = new List<List<TextSegment>> { new() };
        foreach (var s in segments)
        {
            var parts = s.Text.Split('\n');
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0) lines.Add([]);
                if (parts[i].Length > 0) lines[^1].Add(s with { Text = parts[i] });
            }
        }
        foreach (var line in lines.Where(l => l.Count > 0))
        {
            line[0] = line[0] with { Text = line[0].Text.TrimStart() };
            line[^1] = line[^1] with { Text = line[^1].Text.TrimEnd() };
        }
        return lines;
    }

    /// <summary>"IV" or "4" → "IV. TỔ CHỨC THỰC HIỆN"; no number → the title in capitals.</summary>
    public static string Heading(string title, string? number)
    {
        var upper = VietnameseText.Upper(title.Trim());
        if (string.IsNullOrWhiteSpace(number)) return upper;
        var n = number.Trim().TrimEnd('.');
        var roman = int.TryParse(n, out var value) && value is > 0 and < 4000 ? value.ToRoman() : n.ToUpperInvariant();
        return $"{roman}. {upper}";
    }

    /// <summary>An amount given for a budget variable is written in figures and in words.</summary>
    static string Prepare(string name, string value) =>
        VietnameseText.Key(name).Contains("kinh phi", StringComparison.Ordinal) && MoneyInWords.Format(value) is { } money ? money : value;

    static string Ooxml(string heading, IReadOnlyList<List<TextSegment>> paragraphs)
    {
        using var stream = new MemoryStream();
        using var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var main = doc.AddMainDocumentPart();
        var body = new Body(new[] { Paragraph([new TextSegment(heading, false)], bold: true) }
            .Concat(paragraphs.Select(p => Paragraph(p, bold: false))).ToArray());
        main.Document = new Document(body);
        main.Document.Save();
        return doc.ToFlatOpcString();
    }

    /// <summary>A paragraph as NĐ 30 lays out body text; a blank to fill is highlighted so the drafter sees it.</summary>
    static Paragraph Paragraph(IReadOnlyList<TextSegment> segments, bool bold)
    {
        var paragraph = new Paragraph(new ParagraphProperties(
            new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto },
            new Indentation { FirstLine = FirstLineTwips },
            new Justification { Val = JustificationValues.Both }));
        foreach (var s in segments)
        {
            var runProperties = new RunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font });
            // Children in the order the schema fixes: fonts, bold, size, highlight.
            if (bold) runProperties.Append(new Bold());
            runProperties.Append(new FontSize { Val = SizeHalfPoints }, new FontSizeComplexScript { Val = SizeHalfPoints });
            if (s.Blank) runProperties.Append(new Highlight { Val = HighlightColorValues.Yellow });
            paragraph.Append(new Run(runProperties, new WText(s.Text) { Space = SpaceProcessingModeValues.Preserve }));
        }
        return paragraph;
    }
}

/// <summary>A render that would produce more text than <see cref="ClauseRenderer.MaxTextLength"/>; the message is Vietnamese.</summary>
public sealed class ClauseTooLongException(string message) : Exception(message);
