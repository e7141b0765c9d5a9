namespace WordHelper.Core.Rules;

/// <summary>
/// A family of checks. It names the descriptors it reports (their text lives in the rule pack) and reads the
/// prepared <see cref="CheckContext"/>; it never re-reads the package.
/// </summary>
public interface IRule
{
    IReadOnlyList<string> RuleIds { get; }
    void Analyze(CheckContext context, FindingSink sink);
}
