using System.Text.RegularExpressions;
using WordHelper.Core.Documents;
using WordHelper.Core.RulePack;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Structure;

/// <summary>
/// The authority line of the signature (NĐ 30/2020, Phụ lục I, mục II.7): "TM.", "KT.", "Q.", "TL.", "TUQ." written
/// exactly so, capitals and dot ("KT GIÁM ĐỐC", "K.T", "T/M", "Kt." are not); one who signs for the head
/// ("KT. GIÁM ĐỐC") is not the head himself; no academic title before the signer's name.
/// </summary>
public sealed partial class SignatureRule : IDocumentPartsRule, IStateFormRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-STR-010"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var lines = SignatureLines.Of(context.Header);
        if (lines.Count == 0) return;
        var signing = Listed.For(context.Pack);
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            var authority = AuthorityLine.Parse(text);
            if (authority is { Abbr: "TM." } tm && AbbreviatedCollective(tm.Title, signing.AuthorityAbbreviations) is { } abbreviation)
                sink.Report("VB-STR-010", lines[i].Paragraph, text.Trim(),
                    args: ("problem", $"tên tập thể sau \"TM.\" viết đầy đủ, không viết tắt \"{abbreviation}\""));
            if (authority is { IsWrittenRight: false } a)
            {
                var meaning = context.Pack.Signing.Authorities.FirstOrDefault(x => x.Abbr == a.Abbr)?.Meaning;
                var problem = a.Written == a.Abbr
                    ? $"sau \"{a.Abbr}\" phải có một dấu cách trước chức vụ"
                    : a.Written + "." == a.Abbr
                    ? $"viết tắt quyền hạn \"{a.Written}\" phải có dấu chấm"
                    : $"viết tắt quyền hạn \"{a.Written}\"{(meaning is null ? "" : $" ({meaning})")} phải viết đúng là \"{a.Abbr}\"";
                var fix = lines[i].CanEdit && lines[i].Paragraph.Text.AsSpan(lines[i].Start).StartsWith(a.Written)
                    ? new TextFix(lines[i].Paragraph.Index, lines[i].Start, a.Written.Length, a.Spaced ? a.Abbr : a.Abbr + " ") : null;
                sink.Report("VB-STR-010", lines[i].Paragraph, text, suggestion: a.Abbr + " " + a.Title, fix: fix, args: ("problem", problem));
            }
            if (SignsFor().Match(text) is { Success: true } k && i + 1 < lines.Count
                && string.Equals(lines[i + 1].Text, k.Groups["title"].Value.Trim(), StringComparison.Ordinal))
                sink.Report("VB-STR-010", lines[i + 1].Paragraph, lines[i + 1].Text,
                    args: ("problem", $"ký thay (KT.) thì chức vụ người ký là cấp phó, không phải \"{k.Groups["title"].Value.Trim()}\""));
        }
        var name = lines[^1].Text.Trim();
        if (AcademicTitle().IsMatch(name))
            sink.Report("VB-STR-010", lines[^1].Paragraph, name, args: ("problem", "không ghi học hàm, học vị trước họ tên người ký"));
        else if (UncapitalisedName(name, signing.Surnames) is { } written)
            sink.Report("VB-STR-010", lines[^1].Paragraph, name, suggestion: written,
                args: ("problem", $"họ tên người ký viết hoa chữ cái đầu mỗi tiếng: \"{written}\""));
    }

    /// <summary>The family names and the abbreviations a collective may not take, of signing.json, as sets once per pack.</summary>
    sealed record SigningWords(HashSet<string> Surnames, HashSet<string> AuthorityAbbreviations);

    static readonly PerPack<SigningWords> Listed = new(pack => new SigningWords(
        (pack.Signing.Surnames ?? []).Select(VietnameseText.Normalize).ToHashSet(StringComparer.Ordinal),
        (pack.Signing.AuthorityAbbreviations ?? []).Select(VietnameseText.Normalize).ToHashSet(StringComparer.Ordinal)));

    /// <summary>"Nguyễn văn An" written as it should be ("Nguyễn Văn An") when it opens with a family name; null when it is right or no name.</summary>
    static string? UncapitalisedName(string line, HashSet<string> surnames)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 5 || !words.All(w => w.All(char.IsLetter)) || !char.IsUpper(words[0][0])) return null;
        if (!surnames.Contains(VietnameseText.Normalize(words[0]).ToLowerInvariant()) || words.All(w => char.IsUpper(w[0]))) return null;
        return string.Join(" ", words.Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
    }

    /// <summary>The abbreviation a "TM." line names its collective by ("TM. UBND XÃ"), or null.</summary>
    static string? AbbreviatedCollective(string title, HashSet<string> abbreviations) =>
        title.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(w => abbreviations.Contains(w.TrimEnd('.', ',')));

    [GeneratedRegex(@"^KT\.\s*(?<title>\p{Lu}[\p{Lu}\s]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex SignsFor();

    [GeneratedRegex(@"^(GS|PGS|TS|ThS|KS|BS|CN)\.?\s*(TS\.?\s*)?\p{Lu}\p{Ll}", RegexOptions.CultureInvariant)]
    private static partial Regex AcademicTitle();
}
