using System.Text.RegularExpressions;
using WordHelper.Core.Citations;

namespace WordHelper.Core.Rules.CitationChecks;

/// <summary>
/// A cited document said to carry out another ("Kế hoạch số 166-KH/TU ngày 24/4/2025 về triển khai thực hiện Kế hoạch
/// số 292/KH-BCA-V01 ngày 20/5/2025") cannot be older than it: one of the two dates, or numbers, is mistyped. Read where
/// the second citation follows the first in the same clause, after words of carrying out; both must give a full date.
/// </summary>
public sealed partial class CitationChronologyRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-CIT-021"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        foreach (var paragraph in CitationScope.Of(context).Where(IsDated).GroupBy(c => c.Paragraph))
        {
            var cited = paragraph.OrderBy(c => c.Start).ToList();
            for (var i = 1; i < cited.Count; i++)
            {
                var (doing, done) = (cited[i - 1], cited[i]);
                if (done.Date!.Value.CompareTo(doing.Date!.Value) <= 0) continue;
                var text = context.Paragraph(doing.Paragraph).Text;
                // From the first document's date on: "Kế hoạch số 166-KH/TU, ngày 24/4/2025 về triển khai …".
                var dated = text.IndexOf(doing.DateText!, doing.Start, StringComparison.Ordinal);
                var from = dated >= 0 && dated < done.Start ? dated + doing.DateText!.Length : doing.Start;
                var between = text[from..done.Start];
                if (between.IndexOfAny([';', ',', '\n']) >= 0 || !CarriesOut().IsMatch(between)) continue;
                sink.Report("VB-CIT-021", context.Paragraph(doing.Paragraph), CitationScope.Lead(doing),
                    args: [("doing", CitationScope.Name(doing)), ("doingDate", doing.DateText!), ("done", CitationScope.Name(done)), ("doneDate", done.DateText!)]);
            }
        }
    }

    static bool IsDated(Citation c) => c.Number is { Length: > 0 } && c.Date is { IsValid: true, Day: not null } && c.DateText is not null;

    /// <summary>The words that make the next document the one carried out, right before it.</summary>
    [GeneratedRegex(@"(?:triển khai|thực hiện|cụ thể hóa|cụ thể hoá|hướng dẫn)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CarriesOut();
}
