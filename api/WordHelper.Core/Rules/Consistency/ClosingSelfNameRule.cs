using WordHelper.Core.Documents;
using WordHelper.Core.RulePack;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Consistency;

/// <summary>
/// The closing sentence names the document ("Trên đây là Báo cáo …"), and must name it as its header does: a plan
/// copied from a report still says "Trên đây là báo cáo …"; a final review ("Tổng kết" in the title) closes as a "sơ
/// kết". A công văn may close on what it reports, so only a document of a named kind is held to it.
/// </summary>
public sealed class ClosingSelfNameRule : IDocumentPartsRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-CON-019"];

    /// <summary>The kinds' names and aliases folded, longest first, each with its kind.</summary>
    static readonly PerPack<IReadOnlyList<(string Folded, DocTypeEntry Type)>> KindNames = new(pack =>
        pack.DocTypes.Where(t => t.Category is "administrative" or "internal")
            .SelectMany(t => new[] { t.Name }.Concat(t.Aliases ?? []).Select(n => (Folded: VietnameseText.Key(n).Trim(), Type: t)))
            .OrderByDescending(n => n.Folded.Length).ToList());

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var header = context.Header;
        if (header.Type is not { Abbr: not null } own) return;
        var formulas = context.Pack.Formulas;
        var lead = VietnameseText.Key(formulas.ClosingLead).Trim();
        foreach (var p in context.Body.Where(p => p.IsProse))
        {
            var start = p.Text.AsSpan().TrimStart();
            if (start.IsEmpty || char.ToLowerInvariant(start[0]) != lead[0]) continue; // most paragraphs, cheaply
            var folded = context.Folded(p).Key.Trim();
            if (!folded.StartsWith(lead, StringComparison.Ordinal)) continue;
            var rest = folded[lead.Length..].TrimStart();
            // "Trên đây là nội dung Kế hoạch …" in a Tờ trình presents the plan it submits: only the kind named first is the document's own.
            var named = KindNames.For(context.Pack).FirstOrDefault(n => rest.StartsWith(n.Folded + " ", StringComparison.Ordinal) || rest == n.Folded);
            if (named.Type is { } kind && kind.Name != own.Name)
                sink.Report("VB-CON-019", p, Words.Around(p.Text, 0, Math.Min(p.Text.Length, formulas.ClosingLead.Length + kind.Name.Length + 1)),
                    args: ("problem", $"gọi văn bản là {kind.Name.ToLower(VietnameseText.Vi)}, nhưng văn bản là {own.Name.ToLower(VietnameseText.Vi)}"));
            if (header.Title is { } title && OtherReview(title, rest, formulas.ReviewKinds) is var (titled, closed))
                sink.Report("VB-CON-019", p, closed,
                    args: ("problem", $"gọi là \"{closed}\", nhưng trích yếu là \"{titled}\""));
        }
    }

    /// <summary>The review the title names and the other one the closing names, if they differ.</summary>
    static (string Titled, string Closed)? OtherReview(string title, string foldedClosing, IReadOnlyList<string> reviews)
    {
        var paddedTitle = " " + VietnameseText.Key(title) + " ";
        var paddedClosing = " " + foldedClosing + " ";
        bool Names(string padded, string review) => padded.Contains(" " + VietnameseText.Key(review) + " ", StringComparison.Ordinal);
        var titled = reviews.FirstOrDefault(r => Names(paddedTitle, r));
        // A closing that names the title's review is right, whatever other review it also names ("tổng kết … và sơ kết 5 năm").
        if (titled is null || Names(paddedClosing, titled)) return null;
        var closed = reviews.FirstOrDefault(r => Names(paddedClosing, r));
        return closed is null ? null : (titled, closed);
    }
}
