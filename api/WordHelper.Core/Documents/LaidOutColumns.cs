using System.Text.RegularExpressions;
using WordHelper.Core.Text;

namespace WordHelper.Core.Documents;

/// <summary>
/// Text set side by side with tabs or runs of spaces where a layout table would part it: the issuer beside the Quốc
/// hiệu and the Tiêu ngữ at the top, the signature beside the Nơi nhận at the end.
/// </summary>
public static partial class LaidOutColumns
{
    /// <summary>
    /// A header line as its columns where tabs or long runs of spaces set the issuer beside the Quốc hiệu or the Tiêu ngữ
    /// (a header laid out without a table: "TỔNG CÔNG TY …⇥CỘNG HÒA XÃ HỘI …"); any other line whole, so that a blank
    /// "Số:      /KH-UBND" or "ngày    tháng" stays one line.
    /// </summary>
    public static IEnumerable<string> Of(string line)
    {
        if (!MayHaveGap(line)) return [line];
        var cells = Gap().Split(line);
        if (cells.Length < 2 || !cells.Any(c => NationalParts(VietnameseText.Key(c)) is (true, _) or (_, true))) return [line];
        return cells.Where(c => c.Trim().Length > 0);
    }

    /// <summary>
    /// Whether a line's key is the Quốc hiệu, the Tiêu ngữ, or both: they may share one line when an editor lost the line
    /// break between them. Both stand alone on their lines; a sentence that quotes them (a guide to drafting) is not them.
    /// </summary>
    public static (bool National, bool Motto) NationalParts(string key)
    {
        var national = key.StartsWith("cong hoa xa hoi chu nghia viet nam", StringComparison.Ordinal) && key.Length < 90;
        var motto = key.Length < 90 && (key.StartsWith("doc lap tu do hanh phuc", StringComparison.Ordinal)
            || national && key.Contains("doc lap tu do hanh phuc", StringComparison.Ordinal));
        return (national, motto);
    }

    /// <summary>A run of tabs or of three spaces or more: where a drafter pushed text over to another column or line.</summary>
    [GeneratedRegex(@"\t[\t \u00A0]*|[ \u00A0]{3,}\t*", RegexOptions.CultureInvariant)]
    public static partial Regex Gap();

    /// <summary>A cheap look before <see cref="Gap"/>.</summary>
    public static bool MayHaveGap(string line) =>
        line.Contains('\t') || line.Contains('\u00A0') || line.Contains("   ", StringComparison.Ordinal);

    /// <summary>
    /// The signature's side of a line the Nơi nhận shares with it, set apart by tabs or spaces ("- Lưu: VT.⇥⇥BÍ THƯ"):
    /// what follows the gap, empty when nothing does; any other line whole.
    /// </summary>
    public static string SignatureSide(string line) => line[SignatureSideStart(line)..];

    /// <summary>Where <see cref="SignatureSide"/> starts in the line.</summary>
    public static int SignatureSideStart(string line) => SharedWithRecipients(line) is { } gap ? gap.Index + gap.Length : 0;

    /// <summary>The Nơi nhận's side of such a line; any other line whole.</summary>
    public static string RecipientSide(string line) =>
        SharedWithRecipients(line) is { } gap ? line[..gap.Index] : line;

    /// <summary>The last gap of a line that opens with "Nơi nhận" or a list item and goes on after tabs or spaces.</summary>
    static Match? SharedWithRecipients(string line)
    {
        // Every paragraph after the body is asked: one without a tab or a run of spaces is answered at once.
        if (!MayHaveGap(line)) return null;
        var t = line.TrimStart();
        if (!(HeaderRecognizer.IsListLine(t) || VietnameseText.Fold(t[..Math.Min(t.Length, 10)]).StartsWith("noi nhan", StringComparison.Ordinal))) return null;
        var gaps = Gap().Matches(line.TrimEnd());
        if (gaps.Count == 0 || gaps[^1].Index <= line.Length - t.Length) return null;
        // Only a signature's line goes beside the list: a title in capitals or an authority ("T/M CHI BỘ").
        var right = line[(gaps[^1].Index + gaps[^1].Length)..].Trim();
        return VietnameseText.IsUpperText(right) || HeaderRecognizer.AuthorityPattern().IsMatch(right) ? gaps[^1] : null;
    }
}
