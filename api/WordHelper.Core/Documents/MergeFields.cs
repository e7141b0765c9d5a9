using System.Text.RegularExpressions;

namespace WordHelper.Core.Documents;

/// <summary>
/// Mail-merge fields ("{{so_ky_hieu}}", "«Họ_tên»") left in a template: each stands for a part the data will fill in
/// (a number, a date, a summary, a signer's name), so a part written as a field is not missing.
/// </summary>
public static partial class MergeFields
{
    /// <summary>How many paragraphs must hold a field for the draft to be a template, not a text quoting one.</summary>
    const int TemplateAtLeast = 2;

    /// <summary>A line that is a field alone.</summary>
    public static bool IsField(string line) => AloneField().IsMatch(line);

    /// <summary>Text holding a field anywhere ("Số: {{so_ky_hieu}}").</summary>
    public static bool Holds(string text) => (text.Contains("{{", StringComparison.Ordinal) || text.Contains('«')) && AnyField().IsMatch(text);

    public static bool IsTemplate(IReadOnlyList<DraftParagraph> ps) => ps.Where(p => Holds(p.Text)).Take(TemplateAtLeast).Count() == TemplateAtLeast;

    [GeneratedRegex(@"^\s*(?:\{\{[^{}]{1,60}\}\}|«[^«»]{1,60}»)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex AloneField();

    [GeneratedRegex(@"\{\{[^{}]{1,60}\}\}|«[^«»]{1,60}»", RegexOptions.CultureInvariant)]
    private static partial Regex AnyField();
}
