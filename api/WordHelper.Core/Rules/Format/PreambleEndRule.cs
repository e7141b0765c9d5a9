using WordHelper.Core.Documents;
using WordHelper.Core.RulePack;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Format;

/// <summary>
/// The last line of a decision's căn cứ, right above "QUYẾT ĐỊNH:", ends with a full stop (NĐ 30/2020, Phụ lục III,
/// mẫu 1.2: each "Căn cứ …;" ends with a semicolon, the last line, "Theo đề nghị của …", with "."). Reported when it
/// ends with a comma, a semicolon or no mark at all; only a line that opens with a căn cứ phrase of the pack is read.
/// </summary>
public sealed class PreambleEndRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-FMT-024"];

    const int LongestExcerpt = 200;

    static readonly PerPack<List<string>> Openings = new(pack => pack.Phrases.Preamble.Select(VietnameseText.Key).ToList());

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var formulas = context.Pack.Formulas;
        if (DecisionArticles.First(context) is not { } first) return;
        var lines = context.Body.TakeWhile(p => p != first).Where(p => !p.IsBlank).ToList();
        // The formula line, then the last line of the căn cứ above it.
        if (lines.Count < 2 || VietnameseText.Key(lines[^1].Text) != VietnameseText.Key(formulas.DecisionFormula)) return;
        var last = lines[^2];
        var key = context.Folded(last).Key.TrimStart();
        if (!Openings.For(context.Pack).Any(o => key.StartsWith(o + " ", StringComparison.Ordinal))) return;
        var text = last.Text.TrimEnd();
        if (text.Length == 0 || text[^1] is '.' or ')' or '”' or '"' or ':' or '!' or '?') return;
        var cut = text[^1] is ',' or ';' ? text.Length - 1 : text.Length;
        if (cut == text.Length && !char.IsLetterOrDigit(text[^1])) return;
        var fix = last.List is null ? new TextFix(last.Index, cut, text.Length - cut, ".") : null;
        // The whole line, as the drafter reads it, unless too long for the pane to find it again.
        var excerpt = text.TrimStart().Length <= LongestExcerpt ? text.TrimStart() : Words.Around(text, Math.Max(0, cut - 1), text.Length);
        sink.Report("VB-FMT-024", last, excerpt, suggestion: text[..cut] + ".", fix: fix,
            args: [("end", cut == text.Length ? "không có dấu" : $"dấu \"{text[^1]}\"")]);
    }
}
