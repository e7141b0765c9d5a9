using WordHelper.Core.RulePack;

namespace WordHelper.Core.Tests.Cli;

/// <summary>`rules [--json]`: the catalogue of the rule pack.</summary>
public class RulesCommandTests
{
    [Fact]
    public void The_json_catalogue_has_every_rule_with_its_descriptor()
    {
        var run = CliRun.InProcess("rules", "--json");

        Assert.Equal(0, run.Exit);
        var rules = run.Json.EnumerateArray().ToList();
        Assert.Equal(RulePackData.Default.Rules.All.Select(r => r.Id), rules.Select(r => r.GetProperty("id").GetString()));
        var first = RulePackData.Default.Rules.All[0];
        Assert.Equal(["id", "category", "severity", "title", "help", "source"], CliRun.PropertyNames(rules[0]));
        Assert.Equal(first.Title, rules[0].GetProperty("title").GetString());
        Assert.Equal(first.Help, rules[0].GetProperty("help").GetString());
        Assert.All(rules, r => Assert.Contains(r.GetProperty("severity").GetString(), new[] { "error", "warning", "info" }));
    }

    [Fact]
    public void The_text_catalogue_lists_rules_under_their_category_with_a_Vietnamese_severity()
    {
        var run = CliRun.InProcess("rules");

        Assert.Equal(0, run.Exit);
        Assert.Contains("Đánh số đề mục\n  VB-NUM-001  Lỗi", run.Out.ReplaceLineEndings("\n"));
        foreach (var rule in RulePackData.Default.Rules.All) Assert.Contains($"  {rule.Id}  ", run.Out);
    }
}
