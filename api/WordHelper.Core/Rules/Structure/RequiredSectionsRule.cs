using WordHelper.Core.Documents;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Structure;

/// <summary>The sections a document type calls for (a Kế hoạch: Mục đích–yêu cầu, Nội dung, Kinh phí, Tổ chức thực hiện).</summary>
public sealed class RequiredSectionsRule : IDocumentPartsRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-STR-009"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var type = context.Header.Type is { } t ? context.Pack.DocTypes.FirstOrDefault(d => d.Name == t.Name) : null;
        if (type?.Sections is not { Count: > 0 } sections) return;
        var headings = context.Body.Where(IsHeading).Select(p => VietnameseText.Key(p.DisplayText)).ToList();
        if (headings.Count == 0) return; // a short document without sections at all is judged by its readers, not here
        var anchor = context.Header.KindParagraph ?? context.Header.TitleParagraph;
        foreach (var s in sections)
        {
            if (s.PartyOptional && context.Header.IsPartySystem) continue;
            if (headings.Any(h => s.Keys.Any(k => h.Contains(k, StringComparison.Ordinal)))) continue;
            sink.Report("VB-STR-009", anchor, anchor?.Text ?? context.Header.Kind ?? "",
                severity: Rules.RuleNames.ParseSeverity(s.Severity), args: [("section", s.Name), ("kind", type.Name)]);
        }
    }

    /// <summary>A section heading: Roman-numbered ("I. MỤC ĐÍCH"), "Phần", or a short upper-case bold line, or an Arabic heading.</summary>
    static bool IsHeading(DraftParagraph p)
    {
        var text = p.DisplayText.Trim();
        if (text.Length is 0 or > 160) return false;
        if (System.Text.RegularExpressions.Regex.IsMatch(text, @"^([IVXLC]+|\d+(\.\d+)*)[.)]\s")) return true;
        return VietnameseText.IsUpperText(text) && text.Length < 100;
    }
}
