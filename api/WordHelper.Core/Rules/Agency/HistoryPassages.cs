using WordHelper.Core.Documents;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Agency;

/// <summary>
/// Where a paragraph tells of units as they were before the reorganisation: after "Trước sáp nhập tỉnh:" (until
/// "Sau sáp nhập tỉnh:"), and in a clause that speaks of the reorganisation itself or cites a document older than it.
/// Built once per paragraph, from the positions of those phrases, so that a paragraph of thousands of names costs
/// their number times a logarithm, not their square.
/// </summary>
sealed class HistoryPassages
{
    /// <summary>Folded positions of the passage openings, each true for "before" and false for "after".</summary>
    readonly List<(int At, bool History)> _scopes = [];
    /// <summary>Original positions of the clause ends (";", ".", line breaks), in order.</summary>
    readonly List<int> _clauseEnds = [];
    /// <summary>Original positions of the words of the reorganisation, in order.</summary>
    readonly List<int> _historicWords = [];
    /// <summary>The dated citations of the paragraph, in order.</summary>
    readonly List<Citations.Citation> _citations;

    public HistoryPassages(DraftParagraph p, FoldedText folded, HistoryPhrases phrases, IEnumerable<Citations.Citation> citations)
    {
        foreach (var s in phrases.HistoryScopes) foreach (var at in folded.FindAll(s)) _scopes.Add((at, true));
        foreach (var s in phrases.PresentScopes) foreach (var at in folded.FindAll(s)) _scopes.Add((at, false));
        _scopes.Sort();
        for (var i = 0; i < p.Text.Length; i++) if (p.Text[i] is ';' or '.' or '\n') _clauseEnds.Add(i);
        foreach (var w in phrases.ReorganisationWords) foreach (var at in folded.FindAll(w)) _historicWords.Add(folded.OriginalSpan(at, w.Length).Start);
        _historicWords.Sort();
        _citations = citations.Where(c => c.Date is { IsValid: true }).OrderBy(c => c.Start).ToList();
    }

    /// <summary>
    /// True when the name at folded position <paramref name="foldedAt"/> (original <paramref name="start"/>) is told as
    /// history of a change that took effect on <paramref name="effective"/>.
    /// </summary>
    public bool IsHistory(int foldedAt, int start, bool carriedIn, DraftDate effective) =>
        (LastScopeBefore(foldedAt) ?? carriedIn) || InHistoricClause(start, effective);

    /// <summary>What the paragraph hands on to the next: still in a "before" passage, or not.</summary>
    public bool EndsInHistory(bool carriedIn) => LastScopeBefore(int.MaxValue) ?? carriedIn;

    bool? LastScopeBefore(int at)
    {
        bool? last = null;
        foreach (var (position, history) in _scopes)
        {
            if (position >= at) break;
            last = history;
        }
        return last;
    }

    /// <summary>The clause speaks of the reorganisation, or cites a document older than the change.</summary>
    bool InHistoricClause(int start, DraftDate effective)
    {
        var next = _clauseEnds.BinarySearch(start);
        if (next < 0) next = ~next;
        var clauseStart = next == 0 ? 0 : _clauseEnds[next - 1] + 1;
        var clauseEnd = next < _clauseEnds.Count ? _clauseEnds[next] : int.MaxValue;
        var word = _historicWords.BinarySearch(clauseStart);
        if (word < 0) word = ~word;
        if (word < _historicWords.Count && _historicWords[word] < clauseEnd) return true;
        // Citations do not overlap, so their ends are in order too: start from the first that ends inside the clause.
        int low = 0, high = _citations.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (_citations[middle].Start + _citations[middle].Length <= clauseStart) low = middle + 1; else high = middle;
        }
        for (var i = low; i < _citations.Count && _citations[i].Start < clauseEnd; i++)
            if (_citations[i].Date!.Value.CompareTo(effective) < 0) return true;
        return false;
    }
}

/// <summary>The phrases that open and close a passage about the past, and the markers after a name that tell it as history ("(cũ)", "trước đây"), folded once.</summary>
sealed record HistoryPhrases(IReadOnlyList<string> HistoryScopes, IReadOnlyList<string> PresentScopes, IReadOnlyList<string> ReorganisationWords,
    IReadOnlyList<string> Markers)
{
    /// <summary>True when the folded text holds a phrase that opens or closes a passage about the past.</summary>
    public bool OpensPassage(string key) =>
        HistoryScopes.Any(s => key.Contains(s, StringComparison.Ordinal)) || PresentScopes.Any(s => key.Contains(s, StringComparison.Ordinal));

    public static HistoryPhrases From(RulePack.Phrases phrases) => new(
        phrases.HistoryScopes.Select(VietnameseText.Key).ToList(),
        phrases.PresentScopes.Select(VietnameseText.Key).ToList(),
        phrases.ReorganisationWords.Select(VietnameseText.Key).ToList(),
        phrases.HistoryMarkers.Select(VietnameseText.Key).ToList());
}
