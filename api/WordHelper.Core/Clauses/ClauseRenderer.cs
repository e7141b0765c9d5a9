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

    public static RenderedClause Render(string title, string body, IReadOnlyDictionary<string, string> variables, string? number)
    {
        var prepared = variables.ToDictionary(kv => kv.Key, kv => Prepare(kv.Key, kv.Value), StringComparer.Ordinal);
        var (filledTitle, missingInTitle) = ClauseTemplate.Fill(title, prepared);
        var (filledBody, missingInBody) = ClauseTemplate.Fill(body, prepared);
        var used = ClauseTemplate.Variables(title + "\n" + body).Select(ClauseTemplate.NameKey).ToHashSet();
        var unused = variables.Keys.Where(k => !used.Contains(ClauseTemplate.NameKey(k))).ToList();

        var heading = Heading(filledTitle, number);
        var paragraphs = filledBody.Replace("\r\n", "\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var text = string.Join("\n", new[] { heading }.Concat(paragraphs));
        var html = $"<p><strong>{Html.Encode(heading)}</strong></p>" + string.Concat(paragraphs.Select(p => $"<p>{Html.Encode(p)}</p>"));
        return new RenderedClause(text, html, Ooxml(heading, paragraphs), missingInTitle.Concat(missingInBody).Distinct().ToList(), unused);
    }

    /// <summary>"IV" or "4" → "IV. TỔ CHỨC THỰC HIỆN"; no number → the title in capitals.</summary>
    public static string Heading(string title, string? number)
    {
        var upper = VietnameseText.Upper(title.Trim());
        if (string.IsNullOrWhiteSpace(number)) return upper;
        var n = number.Trim().TrimEnd('.');
        var roman = int.TryParse(n, out var value) && value > 0 ? value.ToRoman() : n.ToUpperInvariant();
        return $"{roman}. {upper}";
    }

    /// <summary>An amount given for a budget variable is written in figures and in words.</summary>
    static string Prepare(string name, string value) =>
        VietnameseText.Key(name).Contains("kinh phi", StringComparison.Ordinal) && MoneyInWords.Format(value) is { } money ? money : value;

    static string Ooxml(string heading, IReadOnlyList<string> paragraphs)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body(new[] { Paragraph(heading, bold: true) }.Concat(paragraphs.Select(p => Paragraph(p, bold: false))).ToArray());
            main.Document = new Document(body);
            main.Document.Save();
            return doc.ToFlatOpcString();
        }
    }

    static Paragraph Paragraph(string text, bool bold)
    {
        var runProperties = new RunProperties(
            new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font },
            new FontSize { Val = SizeHalfPoints },
            new FontSizeComplexScript { Val = SizeHalfPoints });
        if (bold) runProperties.InsertAt(new Bold(), 1);
        return new Paragraph(
            new ParagraphProperties(
                new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto },
                new Indentation { FirstLine = FirstLineTwips },
                new Justification { Val = JustificationValues.Both }),
            new Run(runProperties, new WText(text) { Space = SpaceProcessingModeValues.Preserve }));
    }
}
