using System.Globalization;
using System.Text.RegularExpressions;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Consistency;

/// <summary>
/// An amount written in figures and again in words beside it that do not say the same: "50.000.000 đồng (Năm mươi lăm
/// triệu đồng)". The words carry the same weight as the figures, so one of them is wrong. Words that are not all
/// number words are not read.
/// </summary>
public sealed partial class AmountInWordsRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-CON-028"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        foreach (var p in context.TextParagraphs)
        {
            if (p.IsBlank || p.Text.IndexOf('(') < 0 || !VietnameseText.HasDigit(p.Text)) continue;
            foreach (Match m in Amount().Matches(p.Text))
            {
                var figure = long.Parse(m.Groups["f"].Value.Replace(".", "").Replace(",", ""), CultureInfo.InvariantCulture);
                if (NumberWords.Parse(m.Groups["w"].Value) is not { } said || said == figure) continue;
                sink.Report("VB-CON-028", p, m.Value,
                    args: [("figure", m.Groups["f"].Value), ("words", m.Groups["w"].Value.Trim()), ("said", said.ToString("#,0", VietnameseText.Vi))]);
            }
        }
    }

    /// <summary>A sum with its thousands marked ("50.000.000") or of four digits and more, then its unit, then words in brackets.</summary>
    [GeneratedRegex(@"(?<![\d.,])(?<f>\d{1,3}(?:\.\d{3})+|\d{1,3}(?:,\d{3})+|\d{4,})\s*(?:đồng|đ|VNĐ|VND)?\s*\(\s*(?:[Bb]ằng chữ\s*:\s*)?(?<w>[^()\d]{3,200}?)\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Amount();
}
