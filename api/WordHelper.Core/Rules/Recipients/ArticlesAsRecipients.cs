using System.Text.RegularExpressions;
using WordHelper.Core.Documents;

namespace WordHelper.Core.Rules.Recipients;

/// <summary>
/// "- Như Điều 3;" in a decision's Nơi nhận: the units the article names, sent the decision without being listed again.
/// </summary>
public static partial class ArticlesAsRecipients
{
    /// <summary>The Nơi nhận lines that stand for articles, with the articles' numbers.</summary>
    public static IEnumerable<(HeaderLine Line, IReadOnlyList<int> Articles)> Of(DocumentHeader h) =>
        h.Recipients.Select(l => (Line: l, Match: AsArticle().Match(l.Text))).Where(x => x.Match.Success)
            .Select(x => (x.Line, (IReadOnlyList<int>)x.Match.Groups["n"].Captures.Select(c => int.Parse(c.Value)).ToList()));

    /// <summary>The number of the article a paragraph opens ("Điều 3. Chánh Văn phòng …"), or null.</summary>
    public static int? Opened(DraftParagraph p) =>
        ArticleStart().Match(p.DisplayText) is { Success: true } a ? int.Parse(a.Groups["n"].Value) : null;

    [GeneratedRegex(@"Như\s+Điều\s+(?<n>\d+)(\s*(,|và)\s*(?<n>\d+))*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AsArticle();

    [GeneratedRegex(@"^\s*Điều\s+(?<n>\d+)\s*[.:]", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleStart();
}
