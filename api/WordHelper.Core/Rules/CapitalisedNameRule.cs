using System.Text;
using WordHelper.Core.Documents;
using WordHelper.Core.RulePack;
using WordHelper.Core.Rules.Spelling;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules;

/// <summary>
/// A name the rule pack lists with its capitals, written as a name but capitalised otherwise: a body's ("Sở Công
/// thương", "Mặt trận tổ quốc", "Ủy ban Nhân dân"), a law's ("Luật xử lý vi phạm hành chính", "Bộ Luật Lao động").
/// Only where the drafter meant the name (its first letter, or a later word that the name capitalises, is
/// capitalised): "ban kiểm tra liên ngành" in lower case is a common noun. Text in capitals, quoted text and a name
/// inside a longer word are left alone; one finding per way of writing it.
/// </summary>
public abstract class CapitalisedNameRule : IRule
{
    readonly string _ruleId;
    readonly PerPack<ILookup<string, NameShape>> _byFirstWord;

    /// <param name="ruleId">The rule reported.</param>
    /// <param name="names">The names with their capitals, from the pack.</param>
    protected CapitalisedNameRule(string ruleId, Func<RulePackData, IEnumerable<string>> names)
    {
        _ruleId = ruleId;
        RuleIds = [ruleId];
        // By their first word folded, longest first: most words of a draft are looked up and found in none.
        _byFirstWord = new(pack => names(pack).Select(n => Shape(VietnameseText.Normalize(n))).OrderByDescending(s => s.Syllables.Count)
            .ToLookup(s => VietnameseText.Fold(Words.Split(s.Name)[0].Text), StringComparer.Ordinal));
    }

    public IReadOnlyList<string> RuleIds { get; }

    /// <summary>A name's words as syllables (case and tone placement aside) and what separates them ("," or nothing).</summary>
    sealed record NameShape(string Name, IReadOnlyList<string> Syllables, IReadOnlyList<bool> Capitalised, IReadOnlyList<string> Separators);

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var names = _byFirstWord.For(context.Pack);
        var found = new ByWriting<(int Start, int End, string Corrected)>();
        foreach (var p in context.TextParagraphs)
        {
            if (p.IsBlank || VietnameseText.IsUpperText(p.Text)) continue;
            var words = context.Words(p);
            for (var i = 0; i < words.Count; i++)
            {
                if (!names.Contains(words[i].Folded)) continue;
                var first = words[i].SyllableKey;
                foreach (var name in names[words[i].Folded])
                {
                    if (name.Syllables[0] != first || !Matches(p.Text, words, i, name)) continue;
                    if (CapitalisedAsTheName(words, i, name)) { i += name.Syllables.Count - 1; break; }
                    var span = words.Skip(i).Take(name.Syllables.Count).ToList();
                    if (Corrected(p.Text, span, name) is { } corrected && !context.IsQuoted(p, span[0].Start))
                    {
                        found.Add(p.Text[span[0].Start..span[^1].End], p, (span[0].Start, span[^1].End, corrected));
                    }
                    i += name.Syllables.Count - 1;
                    break;
                }
            }
        }
        foreach (var (written, p, (start, end, corrected), where) in found.Each(context))
        {
            var fix = p.List is null ? new TextFix(p.Index, start, end - start, corrected) : null;
            sink.Report(_ruleId, p, written, suggestion: corrected, fix: fix,
                args: [("text", written), ("name", corrected), ("where", where)]);
        }
    }

    static NameShape Shape(string name)
    {
        var words = Words.Split(name);
        var separators = words.Skip(1).Select((w, k) => Bare(name[words[k].End..w.Start])).ToList();
        return new NameShape(name, words.Select(w => w.SyllableKey).ToList(),
            words.Select(w => char.IsUpper(w.Text[0])).ToList(), separators);
    }

    /// <summary>The words from <paramref name="i"/> on are the name's, in any case, with its separators between them.</summary>
    static bool Matches(string text, IReadOnlyList<Word> words, int i, NameShape name)
    {
        if (i + name.Syllables.Count > words.Count) return false;
        for (var k = 1; k < name.Syllables.Count; k++)
        {
            var (before, word) = (words[i + k - 1], words[i + k]);
            if (word.SyllableKey != name.Syllables[k]) return false;
            if (Bare(text[before.End..word.Start]) != name.Separators[k - 1] || text[before.End..word.Start].Contains('\n')) return false;
        }
        var end = words[i + name.Syllables.Count - 1].End;
        return end >= text.Length || !char.IsLetterOrDigit(text[end]);
    }

    /// <summary>Each word from <paramref name="i"/> on begins with a capital where the name's does, and only there: most names are written right.</summary>
    static bool CapitalisedAsTheName(IReadOnlyList<Word> words, int i, NameShape name)
    {
        for (var k = 0; k < name.Syllables.Count; k++) if (char.IsUpper(words[i + k].Text[0]) != name.Capitalised[k]) return false;
        return true;
    }

    /// <summary>
    /// The name as it should be capitalised, each word otherwise as written; null when it is already right, written in
    /// capitals, or not meant as a name (its first letter and every word the name capitalises after it in lower case).
    /// </summary>
    static string? Corrected(string text, IReadOnlyList<Word> span, NameShape name)
    {
        if (span.Count > 1 && span.All(w => VietnameseText.IsUpperText(w.Text))) return null;
        var meant = char.IsUpper(span[0].Text[0]) || span.Skip(1).Where((_, k) => name.Capitalised[k + 1]).Any(w => char.IsUpper(w.Text[0]));
        var wrong = span.Where((w, k) => char.IsUpper(w.Text[0]) != name.Capitalised[k]).Any();
        if (!meant || !wrong) return null;
        var corrected = new StringBuilder();
        for (var k = 0; k < span.Count; k++)
        {
            if (k > 0) corrected.Append(text[span[k - 1].End..span[k].Start]);
            var w = span[k].Text;
            corrected.Append(name.Capitalised[k] ? char.ToUpper(w[0], VietnameseText.Vi) : char.ToLower(w[0], VietnameseText.Vi)).Append(w[1..]);
        }
        return corrected.ToString();
    }

    static string Bare(string separator) => string.Concat(separator.Where(c => !char.IsWhiteSpace(c)));
}
