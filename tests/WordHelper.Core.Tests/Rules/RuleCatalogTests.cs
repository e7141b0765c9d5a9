using WordHelper.Core.Documents;
using WordHelper.Core.RulePack;
using WordHelper.Core.Rules;

namespace WordHelper.Core.Tests.Rules;

/// <summary>Keeps the rule classes and the descriptors of the rule pack in step, and runs every rule's own examples.</summary>
public class RuleCatalogTests
{
    static readonly RulePackData Pack = RulePackData.Default;

    [Fact]
    public void Every_descriptor_has_a_rule_and_every_rule_a_descriptor()
    {
        var declared = Checker.DiscoverRules().SelectMany(r => r.RuleIds).ToList();
        Assert.Equal(declared.Count, declared.Distinct().Count());
        Assert.Equal(Pack.Rules.All.Select(d => d.Id).OrderBy(x => x), declared.OrderBy(x => x));
    }

    [Fact]
    public void Descriptors_are_well_formed()
    {
        foreach (var d in Pack.Rules.All)
        {
            Assert.Matches(@"^VB-(CIT|NUM|REC|STR|FMT|AGN|CON)-\d{3}$", d.Id);
            var cat = d.Id[3..6] switch
            {
                "CIT" => RuleCategory.Citation, "NUM" => RuleCategory.Numbering, "REC" => RuleCategory.Recipients,
                "STR" => RuleCategory.Structure, "FMT" => RuleCategory.Format, "AGN" => RuleCategory.Agency, _ => RuleCategory.Consistency,
            };
            Assert.Equal(cat, d.Category);
            Assert.False(string.IsNullOrWhiteSpace(d.Title), d.Id);
            Assert.False(string.IsNullOrWhiteSpace(d.Message), d.Id);
            Assert.False(string.IsNullOrWhiteSpace(d.Help), d.Id);
            Assert.True(d.Examples.Any(e => e.Finds), $"{d.Id} has no example that it must flag");
        }
    }

    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (var d in Pack.Rules.All)
            for (var i = 0; i < d.Examples.Count; i++) data.Add(d.Id, i);
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Rule_examples_hold(string ruleId, int example)
    {
        var ex = Pack.Rules[ruleId].Examples[example];
        var today = ex.Date is null ? new DateOnly(2026, 11, 22) : DateOnly.Parse(ex.Date);
        var checker = new Checker(clock: new FixedClock(today));
        var directory = ex.Directory is null ? null : new Core.Addressing.ListDirectory(ex.Directory);
        var findings = (await checker.CheckAsync(ExampleDocument(ex), directory)).Findings;
        var found = findings.Where(f => f.Rule == ruleId).ToList();
        if (ex.Finds) Assert.True(found.Count > 0, $"{ruleId} example {example} should be flagged; found: {string.Join(" | ", findings.Select(f => f.Rule + " " + f.Message))}");
        else Assert.True(found.Count == 0, $"{ruleId} example {example} should be clean; got: {string.Join(" | ", found.Select(f => f.Message))}");
    }

    /// <summary>The example's lines as paragraphs, with its font, size, margins and paper when it gives them.</summary>
    static DraftDocument ExampleDocument(RuleExample ex)
    {
        var format = new RunFormat(ex.Font, ex.Size, false, false, false);
        var paragraphs = ex.Lines.Select((line, i) =>
        {
            var auto = System.Text.RegularExpressions.Regex.Match(line, @"^\[auto (?<label>[^\]]+)\] (?<text>.*)$");
            // "[cell 1 2 0] text": a paragraph in table 1, row 2, column 0.
            var cell = System.Text.RegularExpressions.Regex.Match(line, @"^\[cell (?<t>\d+) (?<r>\d+) (?<c>\d+)\] (?<text>.*)$");
            var text = auto.Success ? auto.Groups["text"].Value : cell.Success ? cell.Groups["text"].Value : line;
            var list = auto.Success ? new ListNumbering(1, 0, "decimal", auto.Groups["label"].Value) : null;
            var position = cell.Success ? new TableCellPosition(int.Parse(cell.Groups["t"].Value), int.Parse(cell.Groups["r"].Value), int.Parse(cell.Groups["c"].Value)) : null;
            return new DraftParagraph { Index = i, Text = text, List = list, Cell = position, Runs = [new DraftRun(text, format)] };
        }).ToList();
        var (width, height) = ex.Paper is [var w, var h] ? (w, h) : (210.0, 297.0);
        var page = ex.Margins is [var top, var bottom, var left, var right] ? new PageSetup(width, height, top, bottom, left, right)
            : ex.Paper is not null ? new PageSetup(width, height, 20, 20, 30, 15) : null;
        return new DraftDocument(paragraphs, page);
    }
}

/// <summary>A clock that always reads the given day.</summary>
public sealed class FixedClock(DateOnly day) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
