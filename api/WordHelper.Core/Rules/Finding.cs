namespace WordHelper.Core.Rules;

/// <summary>A text edit that repairs a finding: replace <see cref="Length"/> characters at <see cref="Start"/> of the paragraph's text.</summary>
public sealed record TextFix(int Paragraph, int Start, int Length, string Replacement);

/// <summary>One thing a rule found. <see cref="Paragraph"/> is the 0-based body paragraph index, or null for the whole document.</summary>
public sealed record Finding(
    string Rule,
    RuleCategory Category,
    Severity Severity,
    string Message,
    int? Paragraph,
    string Excerpt,
    string? Suggestion = null,
    TextFix? Fix = null);
