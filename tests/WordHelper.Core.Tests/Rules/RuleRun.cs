using WordHelper.Core.Documents;
using WordHelper.Core.Rules;

namespace WordHelper.Core.Tests.Rules;

/// <summary>Runs the whole checker on a small document and keeps one rule's findings; applies a finding's fix.</summary>
static class RuleRun
{
    public static readonly DateOnly Today = new(2026, 11, 22);

    public static IReadOnlyList<Finding> Findings(string rule, DraftDocument document, DateOnly? today = null) =>
        new Checker(clock: new FixedClock(today ?? Today)).Check(document).Findings.Where(f => f.Rule == rule).ToList();

    public static IReadOnlyList<Finding> Findings(string rule, params string[] lines) => Findings(rule, DraftDocument.FromLines(lines));

    /// <summary>The paragraph's text once the finding's fix is applied.</summary>
    public static string Fixed(DraftDocument document, Finding finding)
    {
        var fix = finding.Fix ?? throw new InvalidOperationException("the finding has no fix");
        var text = document.Paragraphs[fix.Paragraph].Text;
        return text[..fix.Start] + fix.Replacement + text[(fix.Start + fix.Length)..];
    }
}
