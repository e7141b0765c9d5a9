using WordHelper.Core.RulePack;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.CitationChecks;

/// <summary>
/// A code cited as a law: "Luật Lao động" for "Bộ luật Lao động", "Luật Hình sự" for "Bộ luật Hình sự". The codes are the
/// names of law-names.json that open with "Bộ luật"; a name a law of its own bears, and the field of law in lower case
/// ("theo pháp luật dân sự"), are left alone. One finding per writing.
/// </summary>
public sealed class CodeNameRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-CIT-023"];

    /// <summary>The word every code's name cited as a law opens with, folded: most paragraphs have none.</summary>
    static readonly string LawWord = " " + VietnameseText.Key("luật") + " ";

    /// <summary>A code: its name as law-names.json writes it, and the folded key of the name written as a law's.</summary>
    sealed record Code(string Name, string LawKey);

    static readonly PerPack<IReadOnlyList<Code>> Codes = new(pack =>
    {
        var codeKind = VietnameseText.Key("Bộ luật") + " ";
        var laws = pack.LawNames.Names.Select(VietnameseText.Key).ToHashSet(StringComparer.Ordinal);
        return pack.LawNames.Names
            .Select(n => (Name: VietnameseText.Normalize(n), Key: VietnameseText.Key(n)))
            .Where(n => n.Key.StartsWith(codeKind, StringComparison.Ordinal))
            // "bo luat lao dong" cited as "luat lao dong".
            .Select(n => new Code(n.Name, LawWord.TrimStart() + n.Key[codeKind.Length..]))
            .Where(c => !laws.Contains(c.LawKey))
            .ToList();
    });

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var codes = Codes.For(context.Pack);
        var found = new ByWriting<string>();
        foreach (var p in context.TextParagraphs)
        {
            if (p.IsBlank) continue;
            var folded = context.Folded(p);
            if (!folded.Key.Contains(LawWord, StringComparison.Ordinal)) continue;
            foreach (var code in codes)
                foreach (var at in folded.FindAll(code.LawKey))
                {
                    // "Bộ luật Lao động" itself.
                    if (folded.Key[..at].EndsWith(" bo ", StringComparison.Ordinal)) continue;
                    var written = folded.OriginalText(at, code.LawKey.Length);
                    // "pháp luật dân sự", "luật lao động" in lower case: the field of law, not a name cited.
                    if (!char.IsUpper(written[0])) continue;
                    if (!context.IsQuoted(p, folded.OriginalSpan(at, 1).Start)) found.Add(written, p, code.Name);
                }
        }
        foreach (var (written, paragraph, name, where) in found.Each(context))
            sink.Report("VB-CIT-023", paragraph, written, name, args: [("written", written), ("name", name), ("where", where)]);
    }
}
