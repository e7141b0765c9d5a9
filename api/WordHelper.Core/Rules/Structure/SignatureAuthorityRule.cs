using WordHelper.Core.Documents;
using WordHelper.Core.RulePack;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Structure;

/// <summary>
/// The signature against the authority that issues (NĐ 30/2020, Điều 13; Phụ lục I, mục II.7). A decision whose
/// authority line names a head — "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …", "GIÁM ĐỐC SỞ …" — is issued in the head's own
/// name and signed "CHỦ TỊCH" or "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH", never "TM." (an error); one whose authority line
/// names a collective — "ỦY BAN NHÂN DÂN TỈNH …" — is signed "TM. ỦY BAN NHÂN DÂN" (a warning when "TM." is missing).
/// Documents without an authority line (công văn, báo cáo, kế hoạch) are not judged.
/// </summary>
public sealed class SignatureAuthorityRule : IDocumentPartsRule, IStateFormRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-STR-011"];

    /// <summary>How many paragraphs under the summary the authority line may stand.</summary>
    const int Window = 6;

    /// <summary>The heads, collective bodies and căn cứ openings of the pack, each with its folded key.</summary>
    sealed record Authorities(List<(string Name, string Key)> Heads, List<(string Name, string Key)> Collectives, List<string> Preamble);

    static readonly PerPack<Authorities> Folded = new(pack => new Authorities(
        pack.Signing.Heads.Select(h => (h, VietnameseText.Key(h))).OrderByDescending(h => h.h.Length).ToList(),
        pack.Signing.Collectives.Select(c => (c, VietnameseText.Key(c))).ToList(),
        pack.Phrases.Preamble.Select(VietnameseText.Key).ToList()));

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var lines = SignatureLines.Of(context.Header);
        var folded = Folded.For(context.Pack);
        if (lines.Count == 0 || !SignatureLines.IsTitle(lines[0]) || AuthorityOf(context, folded.Preamble) is not { } authority) return;
        var key = VietnameseText.Key(authority.Text);
        var head = folded.Heads.FirstOrDefault(h => key.StartsWith(h.Key + " ", StringComparison.Ordinal)).Name;
        var collective = folded.Collectives.FirstOrDefault(c => key.StartsWith(c.Key + " ", StringComparison.Ordinal) || key == c.Key).Name;
        var first = AuthorityLine.Parse(lines[0].Text);
        var signature = string.Join(" / ", lines.TakeWhile(SignatureLines.IsTitle).Select(l => l.Text));

        if (head is not null && first?.Abbr == "TM.")
        {
            var title = VietnameseText.Upper(head);
            sink.Report("VB-STR-011", lines[0].Paragraph, lines[0].Text,
                suggestion: $"Bỏ dòng \"{lines[0].Text}\": ký \"{title}\", hoặc \"KT. {title}\" / \"PHÓ {title}\" khi cấp phó ký thay.",
                args: [("authority", authority.Text), ("signature", signature),
                    ("problem", $"văn bản do {title} ban hành theo thẩm quyền của mình, không ký thay mặt tập thể (TM.)")]);
        }
        else if (head is null && collective is not null && first?.Abbr != "TM.")
        {
            var body = VietnameseText.Upper(collective);
            sink.Report("VB-STR-011", lines[0].Paragraph, lines[0].Text, severity: Severity.Warning,
                suggestion: $"Thêm dòng \"TM. {body}\" trên \"{lines[0].Text}\".",
                args: [("authority", authority.Text), ("signature", signature),
                    ("problem", $"văn bản do tập thể ban hành thì người đứng đầu ký thay mặt tập thể: \"TM. {body}\"")]);
        }
    }

    /// <summary>
    /// The authority line of a decision: the line in capitals between the summary and the căn cứ
    /// ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG"), or null when there is none.
    /// </summary>
    static DraftParagraph? AuthorityOf(CheckContext context, List<string> preamble)
    {
        var after = (context.Header.TitleParagraph ?? context.Header.KindParagraph)?.Index;
        if (after is null) return null;
        var near = context.Paragraphs.Skip(after.Value + 1).Where(p => !p.IsBlank && p.Cell is null && p.Index < context.Header.BodyEnd).Take(Window).ToList();
        for (var i = 0; i + 1 < near.Count; i++)
        {
            var text = near[i].Text.Trim();
            if (!VietnameseText.IsUpperText(text)) continue;
            // The authority line stands right above the căn cứ; a title in capitals that runs on does not.
            var next = VietnameseText.Key(near[i + 1].Text);
            return text.Length <= 150 && preamble.Any(w => next.StartsWith(w + " ", StringComparison.Ordinal)) ? near[i] : null;
        }
        return null;
    }
}
