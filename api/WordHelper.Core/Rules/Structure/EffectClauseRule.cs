using WordHelper.Core.Rules.Format;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Structure;

/// <summary>
/// A decision says when it takes effect ("Quyết định này có hiệu lực kể từ ngày ký", NĐ 30/2020, Phụ lục III, mẫu
/// 1.2): a Quyết định whose articles never say it has lost that article. Said once, at its last article.
/// </summary>
public sealed class EffectClauseRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-STR-014"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        if (context.Header.Genre is not null || DecisionArticles.First(context) is not { } first) return;
        var words = context.Pack.Formulas.EffectWords ?? [];
        var articles = context.Body.Where(p => p.Index >= first.Index).ToList();
        if (articles.Any(p => words.Any(w => context.Folded(p).Contains(VietnameseText.Key(w))))) return;
        var last = articles.LastOrDefault(p => Recipients.ArticlesAsRecipients.Opened(p) is not null) ?? first;
        sink.Report("VB-STR-014", last, last.DisplayText.Length > 120 ? last.DisplayText[..120] : last.DisplayText);
    }
}
