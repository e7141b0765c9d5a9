using WordHelper.Core.Documents;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Structure;

/// <summary>
/// What follows an authority line (NĐ 30/2020, Phụ lục I, mục II.7): "TM. ỦY BAN NHÂN DÂN" the head's title (or
/// "KT. CHỦ TỊCH" and the deputy's), "KT. CHỦ TỊCH" the deputy's title, "TL. CHỦ TỊCH" / "TUQ. GIÁM ĐỐC" the signer's
/// own title, each before the name. A deputy signing for a collective writes "KT." before the head's title, and a deputy
/// never signs in his own name: "PHÓ TRƯỞNG PHÒNG" alone at the top of the signature lacks "KT. TRƯỞNG PHÒNG" (VB-STR-013).
/// </summary>
public sealed class SignatureTitlesRule : IDocumentPartsRule, IStateFormRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-STR-012", "VB-STR-013"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var lines = SignatureLines.Of(context.Header);
        var signing = context.Pack.Signing;
        var deputies = signing.Deputies.Select(VietnameseText.Key).ToList();
        if (lines.Count > 0 && SignatureLines.IsTitle(lines[0]) && AuthorityLine.Parse(lines[0].Text) is null && IsDeputy(lines[0].Text, deputies))
        {
            var head = HeadOf(lines[0].Text);
            var above = head is null ? "KT. <chức vụ người đứng đầu>" : "KT. " + head;
            sink.Report("VB-STR-013", lines[0].Paragraph, lines[0].Text,
                suggestion: $"Viết \"{above}\" / \"{lines[0].Text}\".", args: [("title", lines[0].Text), ("above", above)]);
            return;
        }
        // Follows the chain of authorities from the top ("TL. CHỦ TỊCH" / "KT. CHÁNH VĂN PHÒNG" / "PHÓ CHÁNH VĂN PHÒNG").
        for (var i = 0; i < lines.Count && AuthorityLine.Parse(lines[i].Text) is { } a; i++)
        {
            var authority = signing.Authorities.FirstOrDefault(x => x.Abbr == a.Abbr);
            if (authority is null || authority.Then.Length == 0) return;
            var next = i + 1 < lines.Count && SignatureLines.IsTitle(lines[i + 1]) ? lines[i + 1] : null;
            if (next is null)
            {
                sink.Report("VB-STR-012", lines[i].Paragraph, lines[i].Text,
                    suggestion: $"Thêm dòng {authority.Then} dưới \"{lines[i].Text}\", trước họ tên người ký.",
                    args: [("line", lines[i].Text), ("missing", authority.Then)]);
                return;
            }
            // "TM. BAN CHỈ ĐẠO" / "PHÓ TRƯỞNG BAN": the deputy signs for the head, so "KT. TRƯỞNG BAN" stands between.
            if (a.Abbr == "TM." && AuthorityLine.Parse(next.Text) is null && IsDeputy(next.Text, deputies) && !IsStandingBody(a.Title, signing))
            {
                var head = HeadOf(next.Text);
                var between = head is null ? "KT. <chức vụ người đứng đầu>" : "KT. " + head;
                sink.Report("VB-STR-012", next.Paragraph, next.Text, severity: Severity.Warning,
                    suggestion: $"Viết \"{lines[i].Text}\" / \"{between}\" / \"{next.Text}\".",
                    args: [("line", lines[i].Text), ("missing", $"\"{between}\" trước chức vụ cấp phó \"{next.Text}\" (cấp phó ký thay người đứng đầu)")]);
                return;
            }
        }
    }

    /// <summary>"BAN THƯỜNG TRỰC", "THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN": a standing body any member of which signs for it.</summary>
    static bool IsStandingBody(string body, RulePack.Signing signing)
    {
        var key = VietnameseText.Key(body);
        return (signing.StandingBodies ?? []).Any(s => key.StartsWith(VietnameseText.Key(s) + " ", StringComparison.Ordinal) || key == VietnameseText.Key(s));
    }

    static bool IsDeputy(string title, List<string> deputies)
    {
        var key = VietnameseText.Key(title);
        return deputies.Any(d => key == d || key.StartsWith(d + " ", StringComparison.Ordinal));
    }

    /// <summary>"PHÓ TRƯỞNG BAN" → "TRƯỞNG BAN"; other deputies' heads are not guessed.</summary>
    static string? HeadOf(string deputy)
    {
        var words = deputy.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && VietnameseText.Key(words[0]) == "pho" ? string.Join(' ', words.Skip(1)) : null;
    }
}
