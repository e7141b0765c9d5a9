using WordHelper.Core.Documents;
using WordHelper.Core.RulePack;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Format;

/// <summary>
/// The issuing body's name abbreviated ("PHÒNG QLCN", "UBND XÃ A"): only the name of the body above it may shorten
/// common phrases ("UBND TỈNH …"); the issuer's own line is its official name in full (NĐ 30/2020, Phụ lục I, mục
/// II.3). A word of the line is an abbreviation when the pack lists it as one or when it has no vowel ("QLCN"); a kind
/// of school ("TRƯỜNG THPT …") is part of the name schools sign with. Read
/// only where the header has its "Số:" line or the body above the issuer: then the issuer's line is surely known.
/// </summary>
public sealed class IssuerNameRule : IStateFormRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-FMT-025"];

    static readonly PerPack<Dictionary<string, string>> Known = new(pack =>
        pack.Abbreviations.GroupBy(a => a.Abbr, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Full, StringComparer.Ordinal));

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var header = context.Header;
        if (!header.LooksAdministrative || header.NumberLine is null && header.ParentIssuer is null || header.IssuerParagraph is not { } p) return;
        var line = p.Text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        if (line is null || !VietnameseText.IsUpperText(line)) return;
        var known = Known.For(context.Pack);
        var schools = context.Pack.FixedNames.SchoolKinds ?? [];
        var abbreviations = Words.Split(line).Where(w => w.Text.Length >= 2 && (known.ContainsKey(w.Text) || !HasVowel(w.Text)) && !schools.Contains(w.Text)).ToList();
        if (abbreviations.Count == 0) return;
        var listed = string.Join(", ", abbreviations.Select(w => known.TryGetValue(w.Text, out var full) ? $"\"{w.Text}\" ({full})" : $"\"{w.Text}\""));
        sink.Report("VB-FMT-025", p, line, args: [("name", line), ("abbreviations", listed)]);
    }

    static bool HasVowel(string word)
    {
        foreach (var c in word) if (VietnameseLetters.Split(c).IsVowel) return true;
        return false;
    }
}
