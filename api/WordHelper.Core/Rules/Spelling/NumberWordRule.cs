using WordHelper.Core.RulePack;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Spelling;

/// <summary>
/// A figure written out with a word misspelt: "bốn mươi ba triêu bảy trăm nghìn đồng" (triệu). Between two words of a
/// figure (misspellings.json "numberWords"), a word that is none of them but one with its marks dropped is a slip of it.
/// An amount in words carries the same weight as its figures, so the slip is a warning.
/// </summary>
public sealed class NumberWordRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-CON-024"];

    sealed record NumberWords(HashSet<string> Words, ILookup<string, string> ByFolded);

    static readonly PerPack<NumberWords> Built = new(pack =>
    {
        var words = (pack.Misspellings.NumberWords ?? []).Select(VietnameseText.Normalize).ToList();
        return new NumberWords(words.ToHashSet(StringComparer.Ordinal), words.ToLookup(VietnameseText.Fold, StringComparer.Ordinal));
    });

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var (numberWords, byFolded) = Built.For(context.Pack);
        if (numberWords.Count == 0) return;
        foreach (var p in context.TextParagraphs)
        {
            if (p.IsBlank) continue;
            var words = context.Words(p);
            for (var i = 1; i + 1 < words.Count; i++)
            {
                var w = words[i];
                if (numberWords.Contains(w.Lower) || !numberWords.Contains(words[i - 1].Lower) || !numberWords.Contains(words[i + 1].Lower)) continue;
                if (byFolded[w.Folded].ToList() is not [var right]) continue;
                var corrected = VietnameseText.CasedLike(w.Text, right);
                sink.Report("VB-CON-024", p, p.Text[words[i - 1].Start..words[i + 1].End], corrected,
                    fix: p.List is null ? new TextFix(p.Index, w.Start, w.Text.Length, corrected) : null,
                    args: [("word", w.Text), ("right", corrected)]);
            }
        }
    }
}
