using System.Text.RegularExpressions;
using WordHelper.Core.Documents;

namespace WordHelper.Core.Rules.Format;

/// <summary>Where a Quyết định's own articles begin: its "Điều 1." in the body (an attached regulation's comes after the signature).</summary>
public static partial class DecisionArticles
{
    /// <summary>The decision's first article, or null when the draft is no decision or has none.</summary>
    public static DraftParagraph? First(CheckContext context) =>
        string.Equals(context.Header.Type?.Name, context.Pack.Formulas.DecisionKind, StringComparison.Ordinal)
            ? context.Body.FirstOrDefault(p => p.Cell is null && FirstArticle().IsMatch(p.DisplayText))
            : null;

    [GeneratedRegex(@"^Điều\s+1\s*[.:]", RegexOptions.CultureInvariant)]
    private static partial Regex FirstArticle();
}
