using System.Text.RegularExpressions;

namespace WordHelper.Core.Rules.Format;

/// <summary>
/// A công văn's summary opens with "V/v" — capital V, small v — and a space (NĐ 30/2020, Phụ lục I, mục II.5b):
/// "V/V", "v/v", "V/v:" or "V/v." are slips.
/// </summary>
public sealed partial class SummaryLeadRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-FMT-030"];

    const string Lead = "V/v";

    public void Analyze(CheckContext context, FindingSink sink)
    {
        if (context.Header.TitleParagraph is not { } title || Written().Match(title.Text) is not { Success: true } m) return;
        var lead = m.Groups["lead"].Value;
        if (lead == Lead && !m.Groups["mark"].Success) return;
        sink.Report("VB-FMT-030", title, m.Value.TrimEnd(), suggestion: Lead + " ",
            fix: title.List is null ? new TextFix(title.Index, m.Index, m.Length, Lead + " ") : null, args: ("written", m.Value.Trim()));
    }

    [GeneratedRegex(@"^\s*(?<lead>[Vv]\s?/\s?[Vv])(?<mark>\s*[:.])?\s*(?=\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex Written();
}
