using System.Text.RegularExpressions;

namespace WordHelper.Core.Rules.Recipients;

/// <summary>
/// A full stop after an abbreviation in a Nơi nhận entry: "- Chủ tịch, PCT. UBND tỉnh;", "PCT.UBND". Abbreviations of
/// titles and bodies take no stop (NĐ 30, Phụ lục I, mục II.9b shows "- Chủ tịch, các PCT UBND tỉnh;"). Two-letter
/// ones are left alone ("TP. Hồ Chí Minh" is usage), and so is the Lưu line, where initials follow the unit.
/// </summary>
public sealed partial class AbbreviationStopRule : IDocumentPartsRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-REC-012"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        foreach (var line in context.Header.Recipients)
        {
            if (RecipientList.IsFiling(line.Text)) continue;
            var m = StopAfterAbbreviation().Match(line.Text);
            if (!m.Success) continue;
            var abbreviation = m.Groups["abbr"].Value;
            var stop = m.Groups["stop"];
            var space = stop.Index + 1 < line.Text.Length && line.Text[stop.Index + 1] == ' ';
            var fix = line.CanEdit ? new TextFix(line.Paragraph.Index, line.Start + stop.Index, 1, space ? "" : " ") : null;
            sink.Report("VB-REC-012", line.Paragraph, line.Text.Trim(), suggestion: abbreviation + " " + m.Groups["next"].Value, fix: fix,
                args: [("abbr", abbreviation)]);
        }
    }

    /// <summary>Three or more capitals, a stop, then a capitalised word: "PCT. UBND", "PCT.UBND".</summary>
    [GeneratedRegex(@"\b(?<abbr>\p{Lu}{3,})(?<stop>\.)\s*(?<next>\p{Lu}\w*)", RegexOptions.CultureInvariant)]
    private static partial Regex StopAfterAbbreviation();
}
