using WordHelper.Core.Documents;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Consistency;

/// <summary>
/// Figures of a table column that break with the column. A decimal written with a point ("19.31") or split by a space
/// ("17, 66") among decimals written with a comma (VB-FMT-017). A figure of a row that does not follow the ratio tying
/// its column to another in every other row, as a score computed from a rate does ("91,34" → "17,27" where the
/// rows give a fifth of the rate: 18,27) (VB-CON-018). A row number written with a leading zero ("09") where the other
/// rows' numbers have none (VB-NUM-010). Judged only on columns of enough figures to show their rule.
/// </summary>
public sealed class TableFigureRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-FMT-017", "VB-CON-018", "VB-NUM-010"];

    /// <summary>A column's habit shows in this many figures; a ratio holds in this share of rows, at least this many.</summary>
    const int Habit = 3;
    const double RatioShare = 0.8;
    const int RatioRows = 5;
    /// <summary>Row numbers stay below this; a column of larger integers counts something.</summary>
    const int MaxRowNumber = 1000;

    sealed record Cell(DraftParagraph Paragraph, Figure Figure);

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var figures = context.Paragraphs
            .Where(p => p.Cell is { Row: > 0 } && !p.IsBlank)
            .Select(p => VietnameseNumber.Parse(p.Text) is { } f ? new Cell(p, f) : null)
            .OfType<Cell>()
            .ToList();
        foreach (var table in figures.GroupBy(c => c.Paragraph.Cell!.Table))
        {
            var columns = table.GroupBy(c => c.Paragraph.Cell!.Column).ToDictionary(g => g.Key, g => g.ToList());
            foreach (var column in columns.Values)
            {
                JudgeWriting(column, sink);
                JudgeRowNumbers(column, sink);
            }
            // The rows' numbers (1, 2, 3…) are no quantity.
            JudgeRatios(columns.Where(c => !IsCount(c.Value)).ToDictionary(), sink);
        }
    }

    static void JudgeWriting(IReadOnlyList<Cell> column, FindingSink sink)
    {
        var commas = column.Count(c => c.Figure.Style == FigureStyle.DecimalComma);
        var points = column.Count(c => c.Figure.Style == FigureStyle.DecimalPoint);
        if (commas < Habit || points >= commas) return;
        foreach (var c in column.Where(c => c.Figure.Style is FigureStyle.DecimalPoint or FigureStyle.SpacedComma))
        {
            var right = VietnameseNumber.Write(c.Figure.Value, c.Figure.Decimals);
            var problem = c.Figure.Style == FigureStyle.DecimalPoint ? "dấu chấm thập phân" : "dấu cách giữa phần nguyên và phần thập phân";
            var fix = c.Paragraph.List is null ? new TextFix(c.Paragraph.Index, c.Paragraph.Text.IndexOf(c.Figure.Written, StringComparison.Ordinal), c.Figure.Written.Length, right) : null;
            sink.Report("VB-FMT-017", c.Paragraph, c.Figure.Written, suggestion: right, fix: fix,
                args: [("written", c.Figure.Written), ("problem", problem), ("right", right)]);
        }
    }

    /// <summary>
    /// A column of row numbers ("1", "2" … "13", restarting under each group of rows) where one or two carry a leading
    /// zero ("09") the others lack.
    /// </summary>
    static void JudgeRowNumbers(IReadOnlyList<Cell> column, FindingSink sink)
    {
        // Row numbers stand in a table's first column.
        if (column[0].Paragraph.Cell!.Column != 0 || !column.All(c => c.Figure.Style == FigureStyle.Integer && c.Figure.Value < MaxRowNumber)) return;
        var small = column.Where(c => c.Figure.Value < 10).ToList();
        var padded = small.Where(c => c.Figure.Written.Length > 1 && c.Figure.Written[0] == '0').ToList();
        if (padded.Count == 0 || small.Count - padded.Count < Habit || padded.Count * Habit > small.Count) return;
        foreach (var c in padded)
        {
            var right = c.Figure.Written.TrimStart('0');
            var fix = c.Paragraph.List is null ? new TextFix(c.Paragraph.Index, c.Paragraph.Text.IndexOf(c.Figure.Written, StringComparison.Ordinal), c.Figure.Written.Length, right) : null;
            sink.Report("VB-NUM-010", c.Paragraph, c.Figure.Written, suggestion: right, fix: fix, args: [("written", c.Figure.Written), ("right", right)]);
        }
    }

    /// <summary>For each column left of another, the ratio most rows share; a row off it is reported at its right-hand figure.</summary>
    static void JudgeRatios(Dictionary<int, List<Cell>> columns, FindingSink sink)
    {
        foreach (var (left, leftCells) in columns)
            foreach (var (right, rightCells) in columns)
            {
                if (right <= left) continue;
                var rows = leftCells.Join(rightCells, c => c.Paragraph.Cell!.Row, c => c.Paragraph.Cell!.Row, (a, b) => (A: a, B: b))
                    .Where(r => r.A.Figure.Value > 0).ToList();
                // A column of the same few figures (the maximum score of each row) ties to anything.
                if (rows.Count < RatioRows || Distinct(rows.Select(r => r.A)) < RatioRows - 1 || Distinct(rows.Select(r => r.B)) < RatioRows - 1) continue;
                var ratio = Median(rows.Select(r => r.B.Figure.Value / r.A.Figure.Value));
                // Equal columns (planned and done) differ on purpose; a ratio of 1 says nothing.
                if (ratio <= 0 || Math.Abs(ratio - 1) < 0.02) continue;
                var off = rows.Where(r => !Follows(r.A.Figure, r.B.Figure, ratio)).ToList();
                if (rows.Count - off.Count < RatioRows || rows.Count - off.Count < RatioShare * rows.Count) continue;
                foreach (var (a, b) in off)
                {
                    var expected = VietnameseNumber.Write(a.Figure.Value * ratio, b.Figure.Decimals);
                    sink.Report("VB-CON-018", b.Paragraph, b.Figure.Written, suggestion: expected,
                        args: [("written", b.Figure.Written), ("base", a.Figure.Written), ("ratio", VietnameseNumber.Write(ratio, RatioDecimals(ratio))), ("expected", expected)]);
                }
            }
    }

    /// <summary>
    /// The right figure is the left one times the ratio, to the rounding either shows (with room for a rate rounded
    /// before it was multiplied) or within half a percent.
    /// </summary>
    static bool Follows(Figure a, Figure b, double ratio)
    {
        var expected = a.Value * ratio;
        var rounding = 1.5 * (0.5 * Math.Pow(10, -b.Decimals) + 0.5 * Math.Pow(10, -a.Decimals) * ratio);
        return Math.Abs(b.Value - expected) <= Math.Max(rounding, 0.005 * Math.Abs(expected));
    }

    static bool IsCount(IReadOnlyList<Cell> column) =>
        column.Select((c, i) => (c, i)).All(x => x.c.Figure.Style == FigureStyle.Integer && (x.i == 0 || x.c.Figure.Value == column[x.i - 1].Figure.Value + 1));

    static int Distinct(IEnumerable<Cell> cells) => cells.Select(c => c.Figure.Value).Distinct().Count();

    static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    static int RatioDecimals(double ratio) => ratio >= 10 ? 0 : ratio >= 1 ? 2 : 3;
}
