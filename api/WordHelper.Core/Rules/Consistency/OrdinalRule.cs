using System.Text.RegularExpressions;
using Humanizer;
using WordHelper.Core.Documents;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Consistency;

/// <summary>"lần thứ 7" in the title and "lần thứ 8" further down for the same event: one of them is wrong.</summary>
public sealed partial class OrdinalRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-CON-002"];

    sealed record Ordinal(DraftParagraph Paragraph, int Value, string Text, string Event);

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var all = new List<Ordinal>();
        var scope = context.Paragraphs.Take(context.Header.BodyEnd).Where(p => !p.IsBlank);
        foreach (var p in scope)
            foreach (Match m in OrdinalPattern().Matches(p.Text))
                if (Value(m.Groups["n"].Value) is { } n) all.Add(new Ordinal(p, n, m.Value, EventBefore(p.Text, m.Index)));
        if (all.Count < 2) return;

        var title = context.Header.TitleParagraph;
        foreach (var group in all.GroupBy(o => o.Event).Where(g => g.Key.Length > 0))
        {
            var values = group.Select(o => o.Value).Distinct().ToList();
            if (values.Count < 2) continue;
            // The title is the reference; without it, the value most of the draft uses.
            var reference = group.FirstOrDefault(o => o.Paragraph == title)?.Value
                ?? group.GroupBy(o => o.Value).OrderByDescending(g => g.Count()).ThenBy(g => g.First().Paragraph.Index).First().Key;
            foreach (var o in group.Where(o => o.Value != reference))
                sink.Report("VB-CON-002", o.Paragraph, o.Text, suggestion: $"lần thứ {reference}",
                    args: [("text", o.Text), ("expected", reference.ToString())]);
        }
    }

    /// <summary>The event an ordinal counts: the last words before it, folded ("ngay cong tac xa hoi viet nam").</summary>
    static string EventBefore(string text, int at)
    {
        var words = VietnameseText.Key(text[Math.Max(0, at - 60)..at]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.TakeLast(3));
    }

    static int? Value(string written)
    {
        if (int.TryParse(written, out var n)) return n;
        try { return written.ToUpperInvariant().FromRoman(); } catch (ArgumentException) { return null; }
    }

    [GeneratedRegex(@"lần\s+thứ\s+(?<n>\d{1,3}|[IVXLC]{1,6})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalPattern();
}
