using WordHelper.Core.Documents;

namespace WordHelper.Core.Rules.Format;

/// <summary>
/// A stray mark typed before the issuer's name at the top of the page ("/ỦY BAN MTTQ VIỆT NAM", ".SỞ NỘI VỤ"): the
/// name of the issuing body and of the body above it are printed as they are, in capitals, with nothing before them
/// (NĐ 30/2020, Phụ lục I, mục II.2).
/// </summary>
public sealed class IssuerMarkRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-FMT-021"];

    // Marks a hand slips in before a word; a quotation mark or bracket may belong to the name and is left alone.
    const string StrayMarks = "/\\.,;:-_*+=`~|";

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var header = context.Header;
        foreach (var p in new[] { header.ParentIssuer, header.IssuerParagraph }.OfType<DraftParagraph>().Distinct())
        {
            var text = p.Text;
            var start = 0;
            while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
            var end = start;
            while (end < text.Length && StrayMarks.Contains(text[end])) end++;
            // Only a mark before the name's first letter: "- Sở Nội vụ" is a list, not an issuer line.
            if (end == start || end >= text.Length || !char.IsLetter(text[end]) || !char.IsUpper(text[end])) continue;
            var name = text[end..].Split('\n')[0].Trim();
            var fix = p.List is null ? new TextFix(p.Index, start, end - start, "") : null;
            sink.Report("VB-FMT-021", p, text[start..].Split('\n')[0].Trim(), suggestion: name, fix: fix,
                args: [("mark", text[start..end]), ("name", name)]);
        }
    }
}
