using WordHelper.Core.Documents;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Structure;

/// <summary>The parts every administrative document must have (NĐ 30/2020, Điều 8 khoản 2).</summary>
public sealed class RequiredPartsRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-STR-001", "VB-STR-002", "VB-STR-003", "VB-STR-004", "VB-STR-005", "VB-STR-006", "VB-STR-007"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var h = context.Header;
        var ps = context.Paragraphs;
        if (ps.All(p => p.IsBlank)) return;
        // A document with none of the header parts, or of a kind that is not administrative (a speech, a form, an
        // appendix, a decree), is not an administrative draft: nothing to require.
        if (!h.LooksAdministrative) return;
        // Only a date line or a "Kính gửi" without Quốc hiệu, number or type is a paper of another kind (a company's
        // letter, a bid's statement): an administrative draft is known by one of these at least.
        if (h.NationalTitle is null && !h.IsPartySystem && h.NumberLine is null && h.Number is null && h.Kind is null) return;

        var top = FirstText(ps);
        // An office's internal papers and specialised papers (a licence, a certificate) follow layouts of their own (an
        // appendix, a speech, a form are not administrative at all).
        if (h.Type?.Category is "internal" or "specialised") return;
        // A person's own paper to the office's heads ("Người báo cáo" under a weekly report) is neither numbered nor
        // signed by the office.
        if (h.SignedByPerson) return;
        // A Party or Youth Union document carries its own name where a State one has Quốc hiệu and Tiêu ngữ.
        if (h.NationalTitle is null && !h.IsPartySystem) sink.Report("VB-STR-001", top, top?.Text ?? "");
        if (h.Motto is null && !h.IsPartySystem) sink.Report("VB-STR-002", h.NationalTitle ?? top, (h.NationalTitle ?? top)?.Text ?? "");
        if (h.Issuer is null) sink.Report("VB-STR-003", top, top?.Text ?? "");
        // A mail-merge template fills its number, date, type and signer from data: only its frame is judged.
        if (MergeFields.IsTemplate(ps)) return;
        // A type the pack does not list ("TỔNG HỢP Ý KIẾN NHẬN XÉT") may be a form that carries no number.
        if (h.Number is null && (h.Kind is null || h.Type is not null)) sink.Report("VB-STR-004", h.IssuerParagraph ?? top, (h.IssuerParagraph ?? top)?.Text ?? "");
        // A Biên bản dates itself in its body (doc-types.json, "noDateLine").
        if (h.DateLine is null && !(h.Type is { } t && context.Pack.DocTypes.Any(d => d.Name == t.Name && d.NoDateLine))) sink.Report("VB-STR-005", h.Motto ?? h.NationalTitle ?? top, (h.Motto ?? h.NationalTitle ?? top)?.Text ?? "");
        if (h.Kind is null) sink.Report("VB-STR-006", h.TitleParagraph ?? top, (h.TitleParagraph ?? top)?.Text ?? "");
        if (h.Signature.Count == 0)
        {
            var last = ps.LastOrDefault(p => !p.IsBlank && p.Index < (h.RecipientsLabel?.Index ?? int.MaxValue)) ?? top;
            var also = h.RecipientsLabel is null ? " Văn bản cũng chưa có phần \"Nơi nhận:\"." : "";
            sink.Report("VB-STR-007", last, last?.Text ?? "", args: ("also", also));
        }
    }

    static DraftParagraph? FirstText(IReadOnlyList<DraftParagraph> ps) => ps.FirstOrDefault(p => !p.IsBlank);
}
