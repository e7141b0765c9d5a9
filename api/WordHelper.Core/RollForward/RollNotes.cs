using System.Text.RegularExpressions;
using WordHelper.Core.Citations;
using WordHelper.Core.Registry;
using WordHelper.Core.RulePack;
using WordHelper.Core.Text;

namespace WordHelper.Core.RollForward;

/// <summary>
/// What a roll-forward cannot decide, said as comments, and the retired agencies it can: last period's instructions
/// cited, legal documents the registry knows to be replaced or expired, units that no longer exist at the target, and
/// the figures of last period's results in a report.
/// </summary>
public sealed partial class RollNotes(PeriodShift shift, RulePackData pack, ILegalDocumentRegistry registry)
{
    /// <summary>Types of documents by which a superior instructs a period's work.</summary>
    static readonly string[] InstructionTypes = ["cong van", "ke hoach", "thong bao", "chi thi", "huong dan", "van ban"];

    readonly string[] _history = pack.Phrases.HistoryMarkers.Select(VietnameseText.Key).ToArray();

    readonly List<(string Key, ReorganisationEntry Entry)> _retired = pack.Reorganisation
        .Where(e => DateOnly.TryParse(e.Effective, out var d) && d <= new DateOnly(shift.Target.Year, shift.Target.Month ?? 12, 1))
        .SelectMany(e => e.Names.Select(n => (Key: VietnameseText.Key(n), Entry: e)))
        .OrderByDescending(p => p.Key.Length).ToList();

    public void Find(string text, IReadOnlyList<Citation> citations, bool inResults, List<TextEdit> edits, List<TextNote> notes)
    {
        foreach (var c in citations)
        {
            if (c.Number is { } number && registry.FindByNumber(c.NumberClean ?? number) is { Status: not LegalStatus.InForce } known)
                notes.Add(new TextNote(c.Start, c.Length, known.ReplacedBy is { } by
                    ? $"Văn bản này đã được thay thế bởi {by} (theo sổ đăng ký): trích dẫn văn bản đang có hiệu lực."
                    : "Văn bản này đã hết hiệu lực (theo sổ đăng ký): kiểm tra lại căn cứ.", "citation"));
            else if (!c.IsNormative && c.Date is { IsValid: true } date && OfLastPeriod(date.Year, date.Month ?? 1)
                     && c.TypeName is { } type && InstructionTypes.Contains(VietnameseText.Key(type)))
                notes.Add(new TextNote(c.Start, c.Length,
                    $"Văn bản chỉ đạo của kỳ trước ({c.DateText}): thay bằng văn bản tương ứng của kỳ này nếu đã có.", "citation"));
        }

        var folded = new FoldedText(text);
        var taken = new bool[folded.Key.Length];
        foreach (var (key, entry) in _retired)
            foreach (var at in folded.FindAll(key))
            {
                if (Array.IndexOf(taken, true, at, key.Length) >= 0) continue;
                Array.Fill(taken, true, at, key.Length);
                var (start, length) = folded.OriginalSpan(at, key.Length);
                if (citations.Any(c => start < c.Start + c.Length && c.Start < start + length)) continue;
                // "tỉnh Bình Thuận (cũ)", "trước sáp nhập": history on purpose.
                if (Rules.Agency.ObsoleteAgencyRule.MarkedAsHistory(folded, at, at + key.Length, _history)) continue;
                if (IsSingleName(entry.Replacement) && SameKind(text.Substring(start, length), entry.Replacement))
                    edits.Add(new TextEdit(start, length, entry.Replacement, "agency",
                        $"{entry.Old} không còn từ {entry.Effective}: đã thay bằng {entry.Replacement}."));
                else
                    notes.Add(new TextNote(start, length, $"{entry.Old} không còn từ {entry.Effective}: {entry.Replacement}. Chọn đơn vị tiếp nhận đúng với nhiệm vụ.", "agency"));
            }

        if (!inResults) return;
        var first = true;
        foreach (Match figure in Figure().Matches(text))
        {
            if (citations.Any(c => figure.Index < c.Start + c.Length && c.Start < figure.Index + figure.Length)) continue;
            notes.Add(new TextNote(figure.Index, figure.Length, first ? "Số liệu của kỳ trước: cập nhật số liệu kỳ này." : "", "figure", Highlight: true));
            first = false;
        }
    }

    /// <summary>Last period's documents: the source year, or for a monthly series its month and the one before.</summary>
    bool OfLastPeriod(int year, int month)
    {
        if (!shift.Target.IsMonthly) return year == shift.Source.Year;
        var index = year * 12 + month - 1;
        return index >= shift.Source.MonthIndex - 1 && index <= shift.Source.MonthIndex + 1;
    }

    /// <summary>
    /// A name replaced by one of the same kind ("Sở Kế hoạch và Đầu tư" → "Sở Tài chính"); a province's or a district's
    /// successor ("tỉnh Bình Thuận" → "Lâm Đồng") reads right only in the drafter's own words.
    /// </summary>
    static bool SameKind(string written, string replacement) =>
        string.Equals(VietnameseText.Key(written).Split(' ')[0], VietnameseText.Key(replacement).Split(' ')[0], StringComparison.Ordinal);

    /// <summary>A replacement that names one unit, not a choice ("… hoặc …", "(… sang …)").</summary>
    static bool IsSingleName(string replacement) =>
        !replacement.Contains('(') && !replacement.Contains(';') && !replacement.Contains(" hoặc ", StringComparison.Ordinal) && !replacement.Contains(',');

    /// <summary>A result: an amount, a count of people or files, a percentage ("74,88%", "61.660 hồ sơ", "15 triệu đồng").</summary>
    [GeneratedRegex(@"(?<![\p{L}\d/.,])\d{1,3}([.,]\d{3})*([.,]\d+)?(\s*%|\s+(người|lượt|hồ sơ|tài khoản|cơ sở|đơn vị|doanh nghiệp|triệu|tỷ|nghìn|đồng|tin|bài|văn bản|buổi|hộ|xã|lớp|cuộc))(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex Figure();
}
