namespace WordHelper.Core.Rules.Recipients;

/// <summary>
/// "- Như Điều 3;" in the Nơi nhận stands for the units that article charges with carrying out the decision: the
/// article must be there. A decision whose last paragraph names them without its "Điều 3." label, or whose articles
/// were renumbered, sends itself to no one.
/// </summary>
public sealed class RecipientArticleRule : IDocumentPartsRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-REC-013"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var named = ArticlesAsRecipients.Of(context.Header).ToList();
        if (named.Count == 0) return;
        var articles = context.Body.Select(ArticlesAsRecipients.Opened).OfType<int>().ToHashSet();
        // A draft without articles of its own refers to another text's.
        if (articles.Count == 0) return;
        foreach (var (line, numbers) in named)
            foreach (var n in numbers.Where(n => !articles.Contains(n)))
                sink.Report("VB-REC-013", line.Paragraph, line.Text.Trim(),
                    args: [("article", $"Điều {n}"), ("last", $"Điều {articles.Max()}")]);
    }
}
