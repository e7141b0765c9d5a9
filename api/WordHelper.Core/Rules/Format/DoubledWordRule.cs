using WordHelper.Core.Documents;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Format;

/// <summary>
/// A word typed twice by mistake: "Sở Sở Tài chính", "của của", "và và". Vietnamese repeats words on purpose
/// ("thường thường", "từ từ", "nhà nhà") and a word may end a compound that its copy follows ("cán bộ Bộ Nội vụ",
/// "cấp trên trên cơ sở"), so only the words listed in formulas.json are reported: function words that end no compound,
/// and the heads of names of bodies when both copies are capitalised alike. Never a listed reduplication nor quoted text.
/// </summary>
public sealed class DoubledWordRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-FMT-010"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var formulas = context.Pack.Formulas;
        var never = formulas.NeverDoubled.Select(Lower).ToHashSet(StringComparer.Ordinal);
        var capitalised = formulas.NeverDoubledCapitalised.Select(VietnameseText.Normalize).ToHashSet(StringComparer.Ordinal);
        var reduplicated = formulas.Reduplications.Select(Lower).ToHashSet(StringComparer.Ordinal);
        foreach (var p in context.TextParagraphs)
        {
            if (p.IsBlank) continue;
            var words = context.Words(p);
            for (var i = 1; i < words.Count; i++)
            {
                var (a, b) = (words[i - 1], words[i]);
                var word = a.Lower;
                if (word != b.Lower || reduplicated.Contains(word + " " + word)) continue;
                if (!never.Contains(word) && !(a.Text == b.Text && capitalised.Contains(a.Text))) continue;
                if (!Words.SpaceBetween(p.Text, a, b)) continue;
                if (context.IsQuoted(p, a.Start)) continue;
                Report(sink, p, a, b);
                i++; // "và và và" is one slip
            }
        }
    }

    static void Report(FindingSink sink, DraftParagraph p, Word first, Word second)
    {
        var written = p.Text[first.Start..second.End];
        // Dropping the second copy and the space before it leaves the first as typed.
        var fix = p.List is null ? new TextFix(p.Index, first.End, second.End - first.End, "") : null;
        sink.Report("VB-FMT-010", p, Around(p.Text, first.Start, second.End), suggestion: first.Text, fix: fix,
            args: [("text", written), ("word", first.Text)]);
    }

    /// <summary>A few words either side, so that the reader finds the place.</summary>
    static string Around(string text, int start, int end)
    {
        var from = start;
        for (var spaces = 0; from > 0 && spaces < 3; from--) if (text[from - 1] == ' ' && ++spaces == 3) break;
        var to = end;
        for (var spaces = 0; to < text.Length && spaces < 3; to++) if (text[to] == ' ' && ++spaces == 3) break;
        return text[from..to];
    }

    static string Lower(string s) => VietnameseText.Normalize(s).ToLower(VietnameseText.Vi);
}
