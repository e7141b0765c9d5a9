using System.CommandLine;
using WordHelper.Core.Reports;
using WordHelper.Core.RulePack;
using WordHelper.Core.Rules;

namespace WordHelper.Cli;

/// <summary>`rules [--json]`: the rule catalogue.</summary>
static class RulesCommand
{
    public static Command Create(TextWriter output)
    {
        var json = new Option<bool>("--json") { Description = "In danh mục quy tắc dạng JSON" };
        var command = new Command("rules", "Liệt kê các quy tắc kiểm tra") { json };
        command.SetAction(parse =>
        {
            var rules = RulePackData.Default.Rules.All;
            if (parse.GetValue(json))
            {
                output.WriteLine(ReportJson.Serialize(rules.Select(r => new
                {
                    id = r.Id, category = r.Category.Name(), severity = r.Severity.Name(), title = r.Title, help = r.Help, source = r.Source,
                })));
                return 0;
            }
            foreach (var group in rules.GroupBy(r => r.Category).OrderBy(g => g.Key))
            {
                output.WriteLine(group.Key.Title());
                foreach (var r in group) output.WriteLine($"  {r.Id}  {r.Severity.Title(),-9} {r.Title}");
                output.WriteLine();
            }
            return 0;
        });
        return command;
    }
}
