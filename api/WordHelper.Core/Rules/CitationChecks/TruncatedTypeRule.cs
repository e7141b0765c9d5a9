using System.Text.RegularExpressions;
using WordHelper.Core.RulePack;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.CitationChecks;

/// <summary>
/// A cited document's type with a word dropped or its marks mistyped: "Nghị số 60/2021/NĐ-CP", "Quyết số 12/QĐ-UBND",
/// "Chị thị số 12/CT-TTg". The symbol names the type ("NĐ" a Nghị định, doc-types.json), and the words before "số"
/// are only the first of that type's name, or its name with other marks; the name is put right. Quoted text is left
/// as written.
/// </summary>
public sealed partial class TruncatedTypeRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-CIT-024"];

    /// <summary>The types of more than one word by their abbreviation ("NĐ" → "Nghị định").</summary>
    static readonly PerPack<Dictionary<string, string>> Names = new(pack => pack.DocTypes
        .Where(t => t.Abbr is not null && t.Name.Contains(' '))
        .GroupBy(t => t.Abbr!, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal));

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var names = Names.For(context.Pack);
        foreach (var p in context.TextParagraphs)
        {
            if (p.IsBlank || !p.Text.Contains("số", StringComparison.Ordinal)) continue;
            foreach (Match m in Truncated().Matches(p.Text))
            {
                if (!names.TryGetValue(m.Groups["abbr"].Value, out var name)) continue;
                var word = m.Groups["word"].Value;
                var first = name.Split(' ')[0];
                var (two, named) = (m.Groups["second"].Success, VietnameseText.Normalize(word));
                // "Chị thị": the type's two words with other marks; "Nghị": its first word alone.
                var wrong = two ? VietnameseText.Fold(named) == VietnameseText.Fold(name) && !string.Equals(named, name, StringComparison.OrdinalIgnoreCase)
                    : string.Equals(named, first, StringComparison.OrdinalIgnoreCase);
                if (!wrong || context.IsQuoted(p, m.Index)) continue;
                var full = VietnameseText.CasedLike(word, name);
                var fix = p.List is null ? new TextFix(p.Index, m.Groups["word"].Index, word.Length, full) : null;
                var written = p.Text[m.Groups["word"].Index..(m.Groups["number"].Index + m.Groups["number"].Length)];
                sink.Report("VB-CIT-024", p, written, suggestion: full + written[word.Length..], fix: fix,
                    args: [("text", written), ("type", full)]);
            }
        }
    }

    // A capitalised word (or two), "số", then a number and a symbol whose first group is the type's abbreviation.
    [GeneratedRegex(@"(?<![\p{L}])(?<word>\p{Lu}\p{Ll}+(?<second>\s\p{Ll}+)?)\s+số\s+(?<number>\d{1,5}(?:/\d{4})?/(?<abbr>\p{Lu}+)(?:-[\p{L}\d]+)*)", RegexOptions.CultureInvariant)]
    private static partial Regex Truncated();
}
