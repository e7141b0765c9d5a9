using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace WordHelper.Api.Clauses;

/// <summary>What an If-Match header says of the version a client edits.</summary>
public enum IfMatchOutcome { Missing, Malformed, Matches, WeakOnly, Stale }

/// <summary>
/// If-Match as RFC 9110 §13.1.1 reads it: "*" matches the current version, a list matches when any member does, and
/// tags are compared strongly, so that a weak tag (W/"3") never authorises an edit.
/// </summary>
public static class IfMatch
{
    public static IfMatchOutcome Evaluate(StringValues header, int currentVersion)
    {
        if (StringValues.IsNullOrEmpty(header)) return IfMatchOutcome.Missing;
        if (!EntityTagHeaderValue.TryParseStrictList(header, out var tags) || tags.Count == 0) return IfMatchOutcome.Malformed;
        var current = ETag(currentVersion);
        if (tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(current, useStrongComparison: true))) return IfMatchOutcome.Matches;
        return tags.Any(t => t.IsWeak && t.Compare(current, useStrongComparison: false)) ? IfMatchOutcome.WeakOnly : IfMatchOutcome.Stale;
    }

    public static EntityTagHeaderValue ETag(int version) => new($"\"{version}\"");
}
