using WordHelper.Core.Documents;
using WordHelper.Core.RulePack;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Consistency;

/// <summary>
/// A task whose deadline the text gives as one date and a table (the appendix after the signature, or a table in the
/// body) as another: "hoàn thành trước ngày 15/10/2025" against "trước 30/10/2025" in the row of the same task. Tasks
/// are matched by the pairs of words they share; only a clear match with two full dates that differ is reported.
/// </summary>
public sealed class DeadlineMismatchRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-CON-008"];

    /// <summary>How far before a date its deadline words may stand ("hoàn thành trước ngày").</summary>
    const int DeadlineReach = 40;
    /// <summary>Word pairs two tasks must share, and the share of the shorter task's pairs they must make up.</summary>
    const int MinShared = 3;
    const double MinShare = 0.6;

    sealed record Task(DraftParagraph Paragraph, DateMention Date, HashSet<string> Pairs, string Text);

    /// <summary>The words before a deadline, the words no task is told by and the headings of deadline columns, folded once per pack.</summary>
    sealed record DeadlineWords(List<string> Before, List<string> Stop, List<string> Columns);

    static readonly PerPack<DeadlineWords> Folded = new(pack => new DeadlineWords(
        pack.Periods.DeadlineBefore.Select(VietnameseText.Key).OrderByDescending(k => k.Length).ToList(),
        pack.Periods.TaskStopWords.Select(VietnameseText.Key).OrderByDescending(k => k.Length).ToList(),
        pack.Periods.DeadlineColumns.Select(VietnameseText.Key).ToList()));

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var words = Folded.For(context.Pack);
        var (deadlineWords, stop) = (words.Before, words.Stop);
        var citations = context.Citations.ToLookup(c => c.Paragraph);
        bool Cited(DraftParagraph p, DateMention d) => citations[p.Index].Any(c => d.Start >= c.Start && d.Start < c.Start + c.Length);

        var rows = TableRows(context, words, Cited);
        if (rows.Count == 0) return;
        // One finding per row and date, however often the text repeats the task.
        var reported = new HashSet<(Task, DraftDate)>();
        foreach (var p in context.Body.Where(p => p.IsProse))
        {
            foreach (var d in DateExpressions.Find(p.Text))
            {
                if (!d.Date.IsComplete || !d.Date.IsValid || Cited(p, d) || !IsDeadline(p.Text, d.Start, deadlineWords)) continue;
                var clause = ClauseBefore(p.Text, d.Start);
                var pairs = Pairs(clause, stop);
                if (pairs.Count < MinShared) continue;
                var matches = rows.Select(r => (Row: r, Score: Score(pairs, r.Pairs))).Where(m => m.Score > 0).OrderByDescending(m => m.Score).ToList();
                if (matches.Count == 0) continue;
                // The task agrees with some row: the other rows are other tasks that happen to share words.
                if (matches.Any(m => m.Row.Date.Date == d.Date)) continue;
                var best = matches[0];
                if (matches.Count > 1 && matches[1].Score >= best.Score - 0.1 && matches[1].Row.Date.Date != best.Row.Date.Date) continue;
                if (!reported.Add((best.Row, d.Date))) continue;
                sink.Report("VB-CON-008", p, d.Text,
                    args: [("date", d.Date.ToShortVietnamese()), ("other", best.Row.Date.Date.ToShortVietnamese()), ("task", Shorten(best.Row.Text))]);
            }
        }
    }

    /// <summary>Rows of tables, outside their header row, that give one full date: the task in the other cells, the date as its deadline.</summary>
    static List<Task> TableRows(CheckContext context, DeadlineWords words, Func<DraftParagraph, DateMention, bool> cited)
    {
        var rows = new List<Task>();
        var cells = context.Paragraphs.Where(p => p.Cell is { Row: > 0 } && !p.IsBlank).GroupBy(p => (p.Cell!.Table, p.Cell.Row)).ToList();
        if (cells.Count == 0) return rows;
        // The columns whose header says they hold deadlines, read once for all rows.
        var deadlineColumns = context.Paragraphs
            .Where(p => p.Cell is { Row: 0 } && words.Columns.Any(w => context.Folded(p).Contains(w)))
            .Select(p => (p.Cell!.Table, p.Cell.Column)).ToHashSet();
        foreach (var row in cells)
        {
            var dates = row.SelectMany(p => DateExpressions.Find(p.Text).Where(d => d.Date.IsComplete && d.Date.IsValid && !cited(p, d)).Select(d => (p, d))).ToList();
            if (dates.Select(x => x.d.Date).Distinct().Count() != 1 || RangeStart(dates[0].p.Text, dates[0].d.Start)) continue;
            var dateColumn = dates[0].p.Cell!.Column;
            // A date of birth or of issue is no deadline: the cell ("Trước 30/10/2025") or its column ("Thời hạn") must say it is one.
            var (cell, date) = dates[0];
            if (!IsDeadline(cell.Text, date.Start, words.Before) && !deadlineColumns.Contains((cell.Cell!.Table, cell.Cell.Column))) continue;
            var taskCells = row.Where(p => p.Cell!.Column != dateColumn).ToList();
            var pairs = new HashSet<string>();
            foreach (var task in taskCells) pairs.UnionWith(Pairs(task.Text, words.Stop));
            if (pairs.Count < MinShared) continue;
            var text = taskCells.OrderByDescending(c => c.Text.Length).First().Text;
            rows.Add(new Task(dates[0].p, dates[0].d, pairs, text));
        }
        return rows;
    }

    /// <summary>The share of the shorter task's word pairs the two share; 0 below the thresholds.</summary>
    static double Score(HashSet<string> a, HashSet<string> b)
    {
        var shared = a.Count(b.Contains);
        var share = (double)shared / Math.Min(a.Count, b.Count);
        return shared >= MinShared && share >= MinShare ? share : 0;
    }

    static bool IsDeadline(string text, int at, IReadOnlyList<string> words)
    {
        var before = " " + VietnameseText.Key(text[Math.Max(0, at - DeadlineReach)..at]).TrimEnd();
        return words.Any(w => before.EndsWith(" " + w, StringComparison.Ordinal));
    }

    /// <summary>"từ ngày 01/10/2025 đến …": the start of a range, not a deadline.</summary>
    static bool RangeStart(string text, int at)
    {
        var before = VietnameseText.Key(text[Math.Max(0, at - 12)..at]).TrimEnd();
        return before.EndsWith("tu", StringComparison.Ordinal) || before.EndsWith("tu ngay", StringComparison.Ordinal);
    }

    /// <summary>The clause that names the task: back from the date to the last full stop, semicolon or colon.</summary>
    static string ClauseBefore(string text, int at)
    {
        var start = 0;
        for (var i = at - 1; i >= 0; i--)
        {
            if (text[i] is ';' or ':' || (text[i] == '.' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]))) { start = i + 1; break; }
        }
        return text[start..at];
    }

    /// <summary>Pairs of consecutive content words, folded: the stop words and numbers taken out first.</summary>
    static HashSet<string> Pairs(string text, IReadOnlyList<string> stop)
    {
        var key = " " + VietnameseText.Key(text) + " ";
        // Twice: neighbouring stop words share the space between them.
        for (var pass = 0; pass < 2; pass++)
            foreach (var s in stop) key = key.Replace(" " + s + " ", " | ", StringComparison.Ordinal);
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Any(char.IsDigit) ? "|" : w).ToList();
        var pairs = new HashSet<string>();
        for (var i = 0; i + 1 < words.Count; i++)
            if (words[i] != "|" && words[i + 1] != "|") pairs.Add(words[i] + " " + words[i + 1]);
        return pairs;
    }

    static string Shorten(string text) => text.Length <= 80 ? text.Trim() : text[..80].TrimEnd() + "…";
}
