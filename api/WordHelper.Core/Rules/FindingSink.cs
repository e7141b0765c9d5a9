using WordHelper.Core.Documents;

namespace WordHelper.Core.Rules;

/// <summary>
/// Collects findings; turns a rule id and arguments into a finding with the descriptor's category, severity and message.
/// A finding on a note's paragraph moves to the paragraph of the note's reference and names the note.
/// </summary>
public sealed class FindingSink(RuleCatalog catalog, DraftDocument? document = null)
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
        NoteLocation? location = null;
        if (paragraph is { } index && document?.NoteAt(index) is { } note)
        {
            paragraph = note.ReferenceParagraph;
            location = new NoteLocation(note.Kind, note.Number);
            // A fix is an edit of a body paragraph's text: the pane cannot apply one inside a note.
            fix = null;
        }
        // One finding per fact: the same message again elsewhere is the same thing to fix, unless each place has its own repair.
        if (!_seen.Add((ruleId, fix is null ? null : paragraph, message))) return;
        _findings.Add(new Finding(ruleId, d.Category, severity ?? d.Severity, message, paragraph, excerpt.Trim(), suggestion, fix, location));
    }
}
