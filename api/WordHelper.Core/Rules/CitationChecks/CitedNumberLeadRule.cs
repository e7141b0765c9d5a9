using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.CitationChecks;

/// <summary>
/// A cited document's number follows "số" ("Nghị quyết số 40/NQ-HĐBCQG"): where the draft writes it so again and
/// again and drops it once or twice ("Nghị quyết 40/NQ-HĐBCQG"), the drop is a slip. Told once, naming the places.
/// </summary>
public sealed class CitedNumberLeadRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-CIT-027"];

    /// <summary>How many citations must write "số" before the draft's own habit is clear, and how many times as often as not.</summary>
    const int WrittenAtLeast = 3;
    const int TimesAsOften = 2;

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var (with, without) = (0, new List<Citations.Citation>());
        foreach (var c in context.Citations)
        {
            if (c.TypeName is not { } type || c.Number is not { } number || !c.Text.StartsWith(type, StringComparison.Ordinal)) continue;
            var at = c.Text.IndexOf(number, type.Length, StringComparison.Ordinal);
            if (at < 0) continue;
            var between = VietnameseText.Key(c.Text[type.Length..at]);
            if (between.Length == 0) without.Add(c);
            else if (between.Split(' ').Contains("so")) with++;
        }
        if (without.Count == 0 || with < WrittenAtLeast || with < TimesAsOften * without.Count) return;
        var first = without[0];
        var written = first.Text[..(first.Text.IndexOf(first.Number!, StringComparison.Ordinal) + first.Number!.Length)];
        var right = first.TypeName + " số " + first.Number;
        var where = Places.Listed(context, without.Select(c => context.Paragraph(c.Paragraph)));
        sink.Report("VB-CIT-027", context.Paragraph(first.Paragraph), written, suggestion: right,
            args: [("text", written), ("right", right), ("where", where)]);
    }
}
