using WordHelper.Core.RulePack;
using WordHelper.Core.Text;

namespace WordHelper.Core.Documents;

/// <summary>
/// The text a decision issues with it — "ĐIỀU LỆ …" / "(Phê duyệt kèm theo Quyết định số …)", "QUY CHẾ …" /
/// "(Ban hành kèm theo …)" — when it is printed after the decision's signature in the same file. The body ends at the
/// decision's signature, so without this its chapters, articles, clauses and points would go unread.
/// </summary>
public static class AttachedText
{
    /// <summary>How many paragraphs under the type line may stand before the "kèm theo" line.</summary>
    const int MarkerWindow = 6;

    /// <summary>The paragraphs from the attached text's type line to the end of the file; empty when there is none.</summary>
    public static IReadOnlyList<DraftParagraph> Find(DraftDocument document, DocumentHeader header, RulePackData pack)
    {
        var ps = document.Paragraphs;
        var types = pack.AttachedTexts.Types.Select(VietnameseText.Key).ToList();
        var markers = pack.AttachedTexts.Markers.Select(VietnameseText.Key).ToList();
        var from = Math.Max(header.BodyStart, header.BodyEnd);
        for (var i = from; i < ps.Count; i++)
        {
            if (ps[i].Cell is not null || !IsTypeLine(ps[i], types)) continue;
            var tied = ps.Skip(i).Where(p => !p.IsBlank).Take(MarkerWindow)
                .Any(p => markers.Any(m => VietnameseText.Key(p.Text).Contains(m, StringComparison.Ordinal)));
            if (tied) return ps.Skip(i).ToList();
        }
        return [];
    }

    /// <summary>"ĐIỀU LỆ", "QUY CHẾ" alone on its first line, in capitals.</summary>
    static bool IsTypeLine(DraftParagraph p, List<string> types)
    {
        var first = p.Text.Split('\n')[0].Trim();
        if (first.Length is 0 or > 30 || !VietnameseText.IsUpperText(first)) return false;
        return types.Contains(VietnameseText.Key(first));
    }
}
