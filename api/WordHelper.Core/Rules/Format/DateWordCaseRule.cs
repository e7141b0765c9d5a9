using System.Text.RegularExpressions;
using WordHelper.Core.RulePack;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Format;

/// <summary>
/// "ngày", "tháng" before a figure within a sentence are common nouns (NĐ 30/2020, Phụ lục II): "khai mạc lúc 8h00
/// Ngày 10", "trong Tháng 3" take no capital. A day named after its date ("kỷ niệm Ngày 20/11", "chào mừng Ngày 8/3")
/// is a name, and a heading in capitals or a quotation is left alone. One finding per way of writing.
/// </summary>
public sealed partial class DateWordCaseRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-FMT-029"];

    /// <summary>Words before a holiday's date that make "Ngày 20/11" its name, folded once per pack.</summary>
    static readonly PerPack<List<string>> HolidayLeads = new(pack =>
        (pack.Phrases.HolidayLeads ?? []).Select(h => " " + VietnameseText.Key(h) + " ").ToList());

    /// <summary>How far before the date word a holiday's lead may stand.</summary>
    const int LeadReach = 40;

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var leads = HolidayLeads.For(context.Pack);
        var found = new ByWriting<(int Start, string Right)>();
        foreach (var p in context.TextParagraphs)
        {
            if (p.IsBlank || VietnameseText.IsUpperText(p.Text) || (!p.Text.Contains("Ngày ", StringComparison.Ordinal) && !p.Text.Contains("Tháng ", StringComparison.Ordinal))) continue;
            foreach (Match m in CapitalisedDateWord().Matches(p.Text))
            {
                var word = m.Groups["w"];
                var before = " " + VietnameseText.Key(p.Text[Math.Max(0, word.Index - LeadReach)..word.Index]) + " ";
                if (leads.Any(l => before.Contains(l, StringComparison.Ordinal)) || context.IsQuoted(p, word.Index)) continue;
                var written = p.Text.Substring(word.Index, m.Index + m.Length - word.Index);
                found.Add(written, p, (word.Index, word.Value.ToLowerInvariant()));
            }
        }
        foreach (var (written, p, (start, right), where) in found.Each(context))
        {
            var fix = p.List is null ? new TextFix(p.Index, start, right.Length, right) : null;
            sink.Report("VB-FMT-029", p, written, suggestion: right + written[right.Length..], fix: fix,
                args: [("text", written), ("right", right + written[right.Length..]), ("where", where)]);
        }
    }

    /// <summary>
    /// "Ngày" or "Tháng" and a figure within a sentence: after a word in lower case, a time ("8h00", "8 giờ") or a cited
    /// number ("Thông tri số 04/TT-MTTW-BTT Ngày 04/11/2025").
    /// </summary>
    [GeneratedRegex(@"(?<=(?:\p{Ll}|\d\s*(?:h|giờ)\s*\d{0,2}|\d+/[\p{L}\d/\-]*[\p{L}\d])\s+)(?<w>Ngày|Tháng)\s+\d{1,2}(?:[/.\-]\d{1,2}(?:[/.\-]\d{4})?|/\d{4})?(?![\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedDateWord();
}
