using WordHelper.Core.RulePack;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.CitationChecks;

/// <summary>
/// A document's type name takes a capital on its first word only (NĐ 30/2020, Phụ lục II): "Nghị quyết số 12", "các
/// Nghị quyết, Chỉ thị của Trung ương", not "Nghị Quyết số 12" nor "Quyết Định số 15". Text in capitals, names of
/// persons and quoted text are left alone; one finding per writing, naming the places.
/// </summary>
public sealed class CitedTypeCaseRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-CIT-026"];

    /// <summary>The pack's type names of two words, by their form in small letters (marks kept: "Văn Bàn" is a place).</summary>
    static readonly PerPack<Dictionary<string, string>> Names = new(pack => pack.DocTypes
        .SelectMany(t => (t.Aliases ?? []).Prepend(t.Name))
        .Select(VietnameseText.Normalize)
        .Where(n => n.Split(' ').Length == 2)
        .GroupBy(n => n.ToLowerInvariant(), StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var names = Names.For(context.Pack);
        var found = new ByWriting<(int Start, string Right)>();
        foreach (var p in context.TextParagraphs)
        {
            if (p.IsBlank || VietnameseText.IsUpperText(p.Text)) continue;
            var words = context.Words(p);
            for (var i = 1; i < words.Count; i++)
            {
                // Two capitalised words, the second not in capitals ("Nghị Quyết", not "UBND"), after a word in lower case:
                // a name of a person or a body ("Trần Quyết Định") is preceded by capitals.
                var (a, b) = (words[i - 1], words[i]);
                if (!char.IsUpper(b.Text[0]) || !char.IsUpper(a.Text[0]) || b.Text.Length > 1 && char.IsUpper(b.Text[1])) continue;
                if (i >= 2 && char.IsUpper(words[i - 2].Text[0]) || !Words.SpaceBetween(p.Text, a, b)) continue;
                if (!names.TryGetValue(a.Lower + " " + b.Lower, out var name) || context.IsQuoted(p, a.Start)) continue;
                var written = p.Text[a.Start..b.End];
                found.Add(written, p, (a.Start, VietnameseText.CasedLike(written, name)));
            }
        }
        foreach (var (written, p, (start, right), where) in found.Each(context))
            sink.Report("VB-CIT-026", p, written, suggestion: right, fix: p.List is null ? new TextFix(p.Index, start, written.Length, right) : null,
                args: [("text", written), ("right", right), ("where", where)]);
    }
}
