using WordHelper.Core.Documents;
using WordHelper.Core.Rules;
using WordHelper.Core.Tests.Rules;

namespace WordHelper.Core.Tests.Numbering;

/// <summary>Small drafts for the numbering tests: a plan's title, then the given body lines.</summary>
static class NumberingDrafts
{
    static readonly Checker Checker = new(clock: new FixedClock(new DateOnly(2026, 11, 22)));

    /// <summary>The numbering findings of a plan made of <paramref name="body"/> (typed numbers).</summary>
    public static IReadOnlyList<Finding> Findings(params string[] body) =>
        Findings(DraftDocument.FromLines(["KẾ HOẠCH", "Tổ chức hội nghị", .. body]));

    public static IReadOnlyList<Finding> Findings(DraftDocument document) =>
        Checker.Check(document).Findings.Where(f => f.Category == RuleCategory.Numbering).ToList();

    /// <summary>
    /// A plan whose lines may carry Word's automatic numbering, written "[auto 1.] Mục đích"; lines written
    /// "[table] 1" sit in a table cell.
    /// </summary>
    public static DraftDocument Plan(params string[] body)
    {
        string[] lines = ["KẾ HOẠCH", "Tổ chức hội nghị", .. body];
        var paragraphs = lines.Select((line, i) =>
        {
            var auto = System.Text.RegularExpressions.Regex.Match(line, @"^\[auto (?<label>[^\]]+)\] (?<text>.*)$");
            var table = line.StartsWith("[table] ", StringComparison.Ordinal);
            var text = auto.Success ? auto.Groups["text"].Value : table ? line["[table] ".Length..] : line;
            var label = auto.Groups["label"].Value;
            var list = auto.Success ? new ListNumbering(1, 0, char.IsLetter(label[0]) && char.IsLower(label[0]) ? "lowerLetter" : "decimal", label) : null;
            return new DraftParagraph
            {
                Index = i, Text = text, List = list, Runs = [new DraftRun(text, RunFormat.Plain)],
                Cell = table ? new TableCellPosition(0, i, 0) : null,
            };
        }).ToList();
        return new DraftDocument(paragraphs);
    }

    /// <summary>Rule ids of the findings, in order, for compact assertions.</summary>
    public static string Ids(IEnumerable<Finding> findings) => string.Join(" ", findings.Select(f => f.Rule));
}
