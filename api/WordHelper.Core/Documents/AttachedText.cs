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
        var from = Math.Max(header.BodyStart, header.BodyEnd);
        for (var i = from; i < ps.Count; i++)
            if (ps[i].Cell is null && IsTypeLine(ps[i], pack) && IsTied(ps, i, Keys.For(pack))) return ps.Skip(i).ToList();
        return [];
    }

    /// <summary>
    /// The folded title line at paragraph <paramref name="index"/> opens such a text saved in a file of its own
    /// ("dieu le sua doi bo sung"): a "kèm theo" line follows it, or its type is never issued alone (a Điều lệ).
    /// </summary>
    public static bool IsTitle(string key, IReadOnlyList<DraftParagraph> ps, int index, RulePackData pack)
    {
        var words = Keys.For(pack);
        if (!words.Types.Any(t => DocumentKindRecognizer.Opens(key, t))) return false;
        return IsTied(ps, index, words) || words.NeverAlone.Any(t => DocumentKindRecognizer.Opens(key, t));
    }

    /// <summary>Whether a "kèm theo" line stands among the first lines from paragraph <paramref name="index"/> on.</summary>
    static bool IsTied(IReadOnlyList<DraftParagraph> ps, int index, FoldedWords words) =>
        ps.Skip(index).Where(p => !p.IsBlank).Take(MarkerWindow)
            .Any(p => words.Markers.Any(m => VietnameseText.Key(p.Text).Contains(m, StringComparison.Ordinal)));

    /// <summary>"ĐIỀU LỆ", "QUY CHẾ" alone on its first line, in capitals.</summary>
    static bool IsTypeLine(DraftParagraph p, RulePackData pack)
    {
        var first = p.Text.Split('\n')[0].Trim();
        if (first.Length is 0 or > 30 || !VietnameseText.IsUpperText(first)) return false;
        return Keys.For(pack).Types.Contains(VietnameseText.Key(first));
    }

    /// <summary>The pack's type lines and markers, folded once.</summary>
    sealed record FoldedWords(HashSet<string> Types, List<string> Markers, List<string> NeverAlone);

    static readonly PerPack<FoldedWords> Keys = new(pack => new FoldedWords(
        pack.AttachedTexts.Types.Select(VietnameseText.Key).ToHashSet(StringComparer.Ordinal),
        pack.AttachedTexts.Markers.Select(VietnameseText.Key).ToList(),
        (pack.AttachedTexts.NeverAlone ?? []).Select(VietnameseText.Key).ToList()));
}
