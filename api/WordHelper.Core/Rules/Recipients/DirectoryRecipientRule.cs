using WordHelper.Core.Addressing;

namespace WordHelper.Core.Rules.Recipients;

/// <summary>
/// Recipients the organisation's directory cannot send to: an entry that matches no one, or several people, groups or
/// contacts with nothing to choose between them. Only in a check made with a directory.
/// </summary>
public sealed class DirectoryRecipientRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-REC-010", "VB-REC-011"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        foreach (var r in context.Recipients ?? [])
        {
            if (r.Status == RecipientStatus.NotFound)
                sink.Report("VB-REC-010", r.Paragraph, r.Line, args: ("entry", r.Entry));
            else if (r.Status == RecipientStatus.Ambiguous)
                sink.Report("VB-REC-011", r.Paragraph, r.Line, args: [("entry", r.Entry), ("count", r.Matches.Count.ToString()),
                    ("candidates", string.Join("; ", r.Matches.Take(5).Select(m => m.Mail is null ? m.Name : $"{m.Name} <{m.Mail}>")))]);
        }
    }
}
