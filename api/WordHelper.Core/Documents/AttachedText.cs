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
            if (ps[i].Cell is null && IsTypeLine(ps[i], pack) && IsTied(ps, i, pack)) return ps.Skip(i).ToList();
        return [];
    }

    /// <summary>Whether a "kèm theo" line stands among the first lines from paragraph <paramref name="index"/> on.</summary>
    public static bool IsTied(IReadOnlyList<DraftParagraph> ps, int index, RulePackData pack) =>
        ps.Skip(index).Where(p => !p.IsBlank).Take(MarkerWindow)
            .Any(p => Keys.For(pack).Markers.Any(m => VietnameseText.Key(p.Text).Contains(m, StringComparison.Ordinal)));

    /// <summary>A folded title line that opens with such a text's type: "dieu le", "dieu le sua doi bo sung".</summary>
    public static bool OpensWithType(string key, RulePackData pack) => Keys.For(pack).Types.Any(t => Opens(key, t));

    /// <summary>A folded title line that opens with a type no office issues on its own ("dieu le").</summary>
    public static bool OpensWithTypeNeverAlone(string key, RulePackData pack) => Keys.For(pack).NeverAlone.Any(t => Opens(key, t));

    static bool Opens(string key, string type) => key == type || key.StartsWith(type + " ", StringComparison.Ordinal);

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
