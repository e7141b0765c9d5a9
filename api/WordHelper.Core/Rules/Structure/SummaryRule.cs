namespace WordHelper.Core.Rules.Structure;

/// <summary>A document with a type name needs its summary (trích yếu) right under it; a công văn needs "V/v …".</summary>
public sealed class SummaryRule : IDocumentPartsRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-STR-008"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var h = context.Header;
        if (h.Kind is null || h.Title is not null) return;
        // Giấy mời, giấy giới thiệu and the like may do without one.
        if (h.Type?.Abbr is "GM" or "GGT" or "GNP" or "GUQ" or "PG" or "PC" or "PB" or "BB" or "HĐ") return;
        var at = h.KindParagraph ?? h.NumberLine;
        sink.Report("VB-STR-008", at, at?.Text ?? h.Kind, args: ("kind", h.Kind));
    }
}
