using WordHelper.Core.Documents;

namespace WordHelper.Core.Rules;

/// <summary>Collects findings; turns a rule id and arguments into a finding with the descriptor's category, severity and message.</summary>
public sealed class FindingSink(RuleCatalog catalog)
{
    readonly List<Finding> _findings = [];
    readonly HashSet<(string, int?, string)> _seen = [];

    public IReadOnlyList<Finding> Findings => _findings;

    public void Report(string ruleId, DraftParagraph? paragraph, string excerpt, string? suggestion = null,
        Severity? severity = null, TextFix? fix = null, params (string Key, string Value)[] args) =>
        Report(ruleId, paragraph?.Index, excerpt, suggestion, severity, fix, args);

    public void Report(string ruleId, int? paragraph, string excerpt, string? suggestion = null,
        Severity? severity = null, TextFix? fix = null, params (string Key, string Value)[] args)
    {
        var d = catalog[ruleId];
        var message = d.Format(args);
        if (!_seen.Add((ruleId, paragraph, message))) return;
        _findings.Add(new Finding(ruleId, d.Category, severity ?? d.Severity, message, paragraph, excerpt.Trim(), suggestion, fix));
    }
}
