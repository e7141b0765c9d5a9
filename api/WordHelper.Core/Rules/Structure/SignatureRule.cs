using System.Text.RegularExpressions;

namespace WordHelper.Core.Rules.Structure;

/// <summary>
/// The authority line of the signature (NĐ 30/2020, Phụ lục I, mục II.7): "TM.", "KT.", "Q.", "TL.", "TUQ." with their
/// dot; one who signs for the head ("KT. GIÁM ĐỐC") is not the head himself; no academic title before the signer's name.
/// </summary>
public sealed partial class SignatureRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-STR-010"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var lines = context.Header.Signature;
        if (lines.Count == 0) return;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text.Trim();
            if (MissingDot().Match(text) is { Success: true } m)
                sink.Report("VB-STR-010", lines[i], text, suggestion: m.Groups["a"].Value + ". " + text[m.Length..].TrimStart(),
                    args: ("problem", $"viết tắt quyền hạn \"{m.Groups["a"].Value}\" phải có dấu chấm"));
            if (SignsFor().Match(text) is { Success: true } k && i + 1 < lines.Count
                && string.Equals(lines[i + 1].Text.Trim(), k.Groups["title"].Value.Trim(), StringComparison.Ordinal))
                sink.Report("VB-STR-010", lines[i + 1], lines[i + 1].Text.Trim(),
                    args: ("problem", $"ký thay (KT.) thì chức vụ người ký là cấp phó, không phải \"{k.Groups["title"].Value.Trim()}\""));
        }
        var name = lines[^1].Text.Trim();
        if (AcademicTitle().IsMatch(name))
            sink.Report("VB-STR-010", lines[^1], name, args: ("problem", "không ghi học hàm, học vị trước họ tên người ký"));
    }

    [GeneratedRegex(@"^(?<a>TM|KT|TL|TUQ)(?=\s+\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex MissingDot();

    [GeneratedRegex(@"^KT\.\s*(?<title>\p{Lu}[\p{Lu}\s]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex SignsFor();

    [GeneratedRegex(@"^(GS|PGS|TS|ThS|KS|BS|CN)\.?\s*(TS\.?\s*)?\p{Lu}\p{Ll}", RegexOptions.CultureInvariant)]
    private static partial Regex AcademicTitle();
}
