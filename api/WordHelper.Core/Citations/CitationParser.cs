using WordHelper.Core.Documents;
using WordHelper.Core.RulePack;

namespace WordHelper.Core.Citations;

/// <summary>Finds every reference to another document in the draft's text.</summary>
public static class CitationParser
{
    public static IReadOnlyList<Citation> Parse(DraftDocument document, RulePackData pack) => [];
}
