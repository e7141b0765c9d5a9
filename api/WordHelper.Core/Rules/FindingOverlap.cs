namespace WordHelper.Core.Rules;

/// <summary>
/// One finding per fact: where two checks of a kind point at the same words ("pháp luât" offered as a likely slip, and
/// "luât" reported as a syllable Vietnamese cannot spell), the drafter reads the stronger one only.
/// </summary>
static class FindingOverlap
{
    /// <summary>
    /// The findings without each correction offered as information that a warning or error of its category on its
    /// paragraph covers; information of another kind (a summary, a missing part) tells its own fact.
    /// </summary>
    public static IEnumerable<Finding> WithoutCoveredInformation(IReadOnlyList<Finding> findings)
    {
        var stronger = findings.Where(f => f.Severity > Severity.Info && f.Paragraph is not null)
            .ToLookup(f => (f.Paragraph, f.Category, f.Note?.Number));
        return findings.Where(f => f.Severity != Severity.Info || f.Paragraph is null || f.Suggestion is null
            || !stronger[(f.Paragraph, f.Category, f.Note?.Number)].Any(s => Overlap(s.Excerpt, f.Excerpt)));
    }

    /// <summary>
    /// The findings without each correction whose words and repair a longer correction of its category on its paragraph
    /// takes in ("Bộ Luật" → "Bộ luật" within "Bộ Luật Hình sự" → "Bộ luật Hình sự"): one edit repairs both.
    /// </summary>
    public static IEnumerable<Finding> WithoutContainedCorrections(IEnumerable<Finding> findings)
    {
        var all = findings.ToList();
        var corrections = all.Where(f => f.Paragraph is not null && f.Suggestion is not null && f.Excerpt.Length > 0)
            .ToLookup(f => (f.Paragraph, f.Category, f.Note?.Number));
        return all.Where(f => f.Paragraph is null || f.Suggestion is null || f.Excerpt.Length == 0
            || !corrections[(f.Paragraph, f.Category, f.Note?.Number)].Any(s => s.Severity >= f.Severity
                && s.Excerpt.Length > f.Excerpt.Length && s.Excerpt.Contains(f.Excerpt, StringComparison.Ordinal)
                && s.Suggestion!.Contains(f.Suggestion, StringComparison.Ordinal)));
    }

    static bool Overlap(string a, string b) =>
        a.Length > 0 && b.Length > 0 && (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal));
}
