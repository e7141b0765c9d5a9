using WordHelper.Core.Tests.Rules;
using WordHelper.Testing;

namespace WordHelper.Core.Tests.Consistency;

/// <summary>VB-FMT-017 and VB-CON-018: a figure written otherwise than its column, and a row off the ratio the other rows keep.</summary>
public class TableFigureRuleTests
{
    static readonly string[] Header = ["TT", "Đơn vị", "Tỷ lệ %", "Điểm đạt (tối đa 20 điểm)"];

    static WordHelper.Core.Documents.DraftDocument Scores(params string[][] rows) =>
        DocxBuilder.Create().Paragraph("BÁO CÁO").Paragraph("Kết quả đánh giá năm 2025").Table([Header, .. rows]).Read().Document;

    static string[][] Rows(params (string Rate, string Score)[] rows) =>
        rows.Select((r, i) => new[] { (i + 1).ToString(), $"Đơn vị {i + 1}", r.Rate, r.Score }).ToArray();

    [Fact]
    public void A_decimal_point_or_a_split_decimal_among_commas_is_found_and_repaired()
    {
        var document = Scores(Rows(("97,96", "19,59"), ("96,62", "19,32"), ("96,55", "19.31"), ("88,31", "17, 66"), ("85,56", "17,11")));
        var findings = RuleRun.Findings("VB-FMT-017", document);
        Assert.Equal(["19.31", "17, 66"], findings.Select(f => f.Excerpt));
        Assert.Equal("19,31", RuleRun.Fixed(document, findings[0]));
    }

    [Fact]
    public void A_column_of_decimal_points_alone_is_not_judged_here() =>
        Assert.Empty(RuleRun.Findings("VB-FMT-017", Scores(Rows(("97.96", "19.59"), ("96.62", "19.32"), ("96.55", "19.31"), ("88.31", "17,66")))));

    [Fact]
    public void A_row_off_the_ratio_of_the_others_is_found_with_the_figure_it_should_hold()
    {
        var finding = Assert.Single(RuleRun.Findings("VB-CON-018",
            Scores(Rows(("97,96", "19,59"), ("96,62", "19,32"), ("96,35", "19,27"), ("92,82", "18,57"), ("91,34", "17,27"), ("90,86", "18,17")))));
        Assert.Equal("17,27", finding.Excerpt);
        Assert.Equal("18,27", finding.Suggestion);
    }

    [Fact]
    public void Columns_of_the_same_few_figures_or_equal_columns_tie_nothing()
    {
        Assert.Empty(RuleRun.Findings("VB-CON-018", Scores(Rows(("97,96", "2"), ("96,62", "2"), ("96,35", "4"), ("92,82", "2"), ("91,34", "4"), ("90,86", "2")))));
        Assert.Empty(RuleRun.Findings("VB-CON-018", Scores(Rows(("10", "10"), ("12", "12"), ("15", "15"), ("20", "20"), ("25", "24"), ("30", "30")))));
    }

    [Fact]
    public void A_row_number_with_a_leading_zero_the_others_lack_is_found_and_repaired()
    {
        var rows = Rows(("97,96", "19,59"), ("96,62", "19,32"), ("96,35", "19,27"), ("92,82", "18,57"), ("91,34", "18,27"));
        rows[3][0] = "04";
        var document = Scores(rows);
        var finding = Assert.Single(RuleRun.Findings("VB-NUM-010", document));
        Assert.Equal("04", finding.Excerpt);
        Assert.Equal("4", RuleRun.Fixed(document, finding));
    }

    [Fact]
    public void Row_numbers_all_written_with_a_leading_zero_are_one_style()
    {
        var rows = Rows(("97,96", "19,59"), ("96,62", "19,32"), ("96,35", "19,27"), ("92,82", "18,57"), ("91,34", "18,27"));
        foreach (var row in rows) row[0] = "0" + row[0];
        Assert.Empty(RuleRun.Findings("VB-NUM-010", Scores(rows)));
    }
}
