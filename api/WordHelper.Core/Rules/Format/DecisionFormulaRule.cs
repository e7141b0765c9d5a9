using WordHelper.Core.Documents;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Format;

/// <summary>
/// A Quyết định states its decision on a line of its own, "QUYẾT ĐỊNH:" in capitals with a colon, right before
/// Điều 1 (NĐ 30/2020, Phụ lục III, mẫu 1.2). Reported when that line is missing, or written without the colon
/// or not in capitals.
/// </summary>
public sealed class DecisionFormulaRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-FMT-011"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var formulas = context.Pack.Formulas;
        if (DecisionArticles.First(context) is not { } first) return;
        var before = context.Body.TakeWhile(p => p != first).LastOrDefault(p => !p.IsBlank);
        var expected = formulas.DecisionFormula;
        var expectedKey = Squeezed(expected);

        var line = before?.DisplayText.Trim() ?? "";
        // Spacing is free ("QUYẾT  ĐỊNH:", letter-spaced); letters, accents, capitals and the colon are not.
        var spelt = Unspaced(line) == Unspaced(expected);
        var layout = before is null ? [] : Layout(context.Header.KindParagraph, before);
        if (spelt && layout.Count == 0) return;
        // "… Sở Nội vụ. QUYẾT ĐỊNH:" on one line: the formula is there, its line break lost, another concern.
        if (!spelt && before is not null && line.EndsWith(expected, StringComparison.Ordinal)) return;

        if (before is not null && IsFormula(line, expectedKey))
        {
            var problems = (spelt ? [] : Problems(line, expected)).Concat(layout);
            var fix = !spelt && before.List is null ? new TextFix(before.Index, before.Text.IndexOf(line, StringComparison.Ordinal), line.Length, expected) : null;
            sink.Report("VB-FMT-011", before, line, suggestion: expected, fix: fix,
                args: [("expected", expected), ("problem", $"Dòng \"{line}\" {string.Join(", ", problems)}")]);
        }
        else
            sink.Report("VB-FMT-011", first, first.DisplayText, suggestion: expected,
                args: [("expected", expected), ("problem", $"Thiếu dòng \"{expected}\"")]);
    }

    /// <summary>The line is the formula, however misspelt: its letters fold to "quyet dinh", with or without a colon.</summary>
    static bool IsFormula(string line, string expectedKey) => Squeezed(line).TrimEnd(':') == expectedKey.TrimEnd(':');

    static string Unspaced(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());

    static List<string> Problems(string line, string expected)
    {
        var problems = new List<string>();
        if (!line.TrimEnd().EndsWith(':')) problems.Add("thiếu dấu hai chấm");
        if (!VietnameseText.IsUpperText(line)) problems.Add("chưa viết in hoa");
        if (problems.Count == 0 || Unspaced(VietnameseText.Upper(line)).TrimEnd(':') != Unspaced(expected).TrimEnd(':')) problems.Add("sai chính tả");
        return problems;
    }

    /// <summary>
    /// Bold and centred, judged only where the draft's own kind line ("QUYẾT ĐỊNH" above the title) is bold and centred:
    /// then its formatting is known and the formula line should match it; text sent without formatting is not judged.
    /// </summary>
    static List<string> Layout(DraftParagraph? kind, DraftParagraph formula)
    {
        var problems = new List<string>();
        if (kind is null || !kind.IsBold || kind.Alignment != ParagraphAlignment.Center) return problems;
        if (!formula.IsBold) problems.Add("chưa in đậm");
        if (!LooksCentred(formula)) problems.Add("chưa canh giữa");
        return problems;
    }

    /// <summary>Centred, or pushed to the middle by a first-line indent of an inch or more, as many drafters do.</summary>
    static bool LooksCentred(DraftParagraph p) => p.Alignment == ParagraphAlignment.Center || p.FirstLineIndentPt >= 72;

    /// <summary>Folded, letters and colons only: "QUYẾT  ĐỊNH :" and "Q U Y Ế T ĐỊNH:" compare as "quyetdinh:".</summary>
    static string Squeezed(string text) => new(VietnameseText.Fold(text).Where(c => char.IsLetter(c) || c == ':').ToArray());

}
