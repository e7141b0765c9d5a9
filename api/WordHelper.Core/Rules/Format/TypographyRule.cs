using WordHelper.Core.Documents;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Format;

/// <summary>
/// Typography of NĐ 30/2020, Phụ lục I: Times New Roman, body text 13–14 pt, margins top/bottom 20–25 mm,
/// left 30–35 mm, right 15–20 mm, on A4 paper either way round. Judged on what most of the body's text uses, once per document.
/// </summary>
public sealed class TypographyRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-FMT-005", "VB-FMT-006", "VB-FMT-007", "VB-FMT-012"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        // Only administrative documents answer to NĐ 30: a draft with none of its header parts is something else.
        if (!context.Header.LooksAdministrative) return;
        var spec = context.Pack.Format;
        var body = context.Body.Where(p => p.IsProse).ToList();
        var first = body.FirstOrDefault();

        var font = Predominant(body, r => r.Format.Font);
        if (font is not null && !string.Equals(font, spec.Font, StringComparison.OrdinalIgnoreCase))
            sink.Report("VB-FMT-005", first, first?.Text ?? "", args: [("font", font), ("expected", spec.Font)]);

        var size = Predominant(body, r => r.Format.SizePt?.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture));
        if (size is not null && double.TryParse(size, System.Globalization.CultureInfo.InvariantCulture, out var pt)
            && (pt < spec.BodySize.Min || pt > spec.BodySize.Max))
            sink.Report("VB-FMT-006", first, first?.Text ?? "", args: [("size", size), ("min", spec.BodySize.Min.ToString()), ("max", spec.BodySize.Max.ToString())]);

        if (context.Document.Page is { } page)
        {
            var off = new List<string>();
            void Check(string name, double mm, RulePack.MarginRange r)
            {
                // Half a millimetre of slack: margins are stored in twips and rounded by every editor.
                if (mm < r.Min - 0.5 || mm > r.Max + 0.5) off.Add($"{name} {mm:0.#} mm (quy định {r.Min:0}–{r.Max:0} mm)");
            }
            Check("trên", page.TopMm, spec.Top);
            Check("dưới", page.BottomMm, spec.Bottom);
            Check("trái", page.LeftMm, spec.Left);
            Check("phải", page.RightMm, spec.Right);
            var top = context.Paragraphs.FirstOrDefault(p => !p.IsBlank);
            if (off.Count > 0) sink.Report("VB-FMT-007", top, top?.Text ?? "", args: ("margins", string.Join(", ", off)));
            if (spec.Paper is { } paper && !IsPaper(page, paper))
                sink.Report("VB-FMT-012", top, top?.Text ?? "", args: [("width", Mm(page.WidthMm)), ("height", Mm(page.HeightMm)),
                    ("expected", $"{Mm(paper.Width)} × {Mm(paper.Height)} mm")]);
        }
    }

    /// <summary>
    /// The page is of that paper, upright or landscape (a table may be set landscape). One millimetre of slack: Word
    /// stores A4 as 11906 or 11907 × 16838 or 16840 twips, and some templates round it further.
    /// </summary>
    static bool IsPaper(PageSetup page, RulePack.PaperSize paper)
    {
        var (shortSide, longSide) = page.WidthMm <= page.HeightMm ? (page.WidthMm, page.HeightMm) : (page.HeightMm, page.WidthMm);
        return Math.Abs(shortSide - paper.Width) <= 1 && Math.Abs(longSide - paper.Height) <= 1;
    }

    static string Mm(double mm) => mm.ToString("0.#", VietnameseText.Vi);

    /// <summary>The value most characters of the body carry; null when formatting is unknown.</summary>
    static string? Predominant(IEnumerable<DraftParagraph> paragraphs, Func<DraftRun, string?> value)
    {
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var total = 0;
        foreach (var r in paragraphs.SelectMany(p => p.Runs))
        {
            var length = r.Text.Trim().Length;
            if (length == 0) continue;
            total += length;
            if (value(r) is { } v) counts[v] = counts.GetValueOrDefault(v) + length;
        }
        if (counts.Count == 0) return null;
        var best = counts.MaxBy(kv => kv.Value);
        return best.Value * 2 > total ? best.Key : null;
    }
}
