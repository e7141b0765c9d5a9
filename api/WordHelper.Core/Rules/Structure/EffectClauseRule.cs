using WordHelper.Core.RulePack;
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

    /// <summary>The words that say a decision takes effect, folded once per pack.</summary>
    static readonly PerPack<List<string>> EffectWords = new(pack => (pack.Formulas.EffectWords ?? []).Select(VietnameseText.Key).ToList());

    public void Analyze(CheckContext context, FindingSink sink)
    {
        if (context.Header.Genre is not null || DecisionArticles.First(context) is not { } first) return;
        var words = EffectWords.For(context.Pack);
        var articles = context.Body.Where(p => p.Index >= first.Index).ToList();
        if (articles.Any(p => words.Any(context.Folded(p).Contains))) return;
        var last = articles.LastOrDefault(p => Recipients.ArticlesAsRecipients.Opened(p) is not null) ?? first;
        sink.Report("VB-STR-014", last, last.DisplayText.Length > 120 ? last.DisplayText[..120] : last.DisplayText);
    }
}
