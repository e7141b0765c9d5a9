namespace WordHelper.Core.Rules.Numbering;

/// <summary>
/// Points (điểm) follow the Vietnamese alphabet: a, b, c, d, đ, e, g, h, i, k… (NĐ 30/2020, Phụ lục I, mục V).
/// A list lettered in the Latin order ("d), e), f)", as Word's automatic letters run) is an error; a list that goes
/// from d) to e) without đ) while another list of the same document has đ) is a warning (the draft knows the order
/// and slipped). Skipped, repeated and backward letters are <see cref="HeadingNumberingRule"/>'s.
/// </summary>
public sealed class PointLetterRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-NUM-008", "VB-NUM-009"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        if (!context.Header.LooksFormal && !context.IsVietnamese) return;
        var lists = PointLists(context);
        foreach (var list in lists)
        {
            // The draft writes đ) elsewhere, so this list slipped; a draft that never does is left alone.
            var slippedĐ = !HasĐ(list) && lists.Any(other => other != list && HasĐ(other));
            if (LatinLetter(list) is { } latin)
                Report(sink, "VB-NUM-008", latin, list,
                    args: [("found", latin.Display), ("letters", Sequence(list.Count))]);
            else if (slippedĐ && MissingĐ(list) is { } e)
                Report(sink, "VB-NUM-009", e, list,
                    args: [("found", e.Display), ("letters", Sequence(list.Count))]);
        }
    }

    /// <summary>
    /// The runs of points read in order: a list ends where a higher heading (khoản, Điều, mục) or a fresh start comes,
    /// and a new one begins at "a)". Sub-items "1)" under a point do not end it.
    /// </summary>
    static List<List<HeadingNumber>> PointLists(CheckContext context)
    {
        var lists = new List<List<HeadingNumber>>();
        List<HeadingNumber>? open = null;
        foreach (var (mark, heading) in context.NumberedHeadings)
        {
            if (mark == ScopeMark.Afresh) { open = null; continue; }
            if (mark is ScopeMark.Ignored or ScopeMark.InTable || heading is not { } h) continue;
            if (h.Kind != HeadingKind.Letter)
            {
                if (h.Level != "Arabic)") open = null;
                continue;
            }
            if (open is null || h.Written == "a") lists.Add(open = []);
            open.Add(h);
        }
        return lists;
    }

    /// <summary>
    /// The first letter outside the Vietnamese alphabet (f, j, w, z) in a list that came to it letter after letter in
    /// the Latin order; a stray letter out of order is a skip or a step back, reported elsewhere.
    /// </summary>
    static HeadingNumber? LatinLetter(List<HeadingNumber> list)
    {
        for (var i = 1; i < list.Count; i++)
        {
            if (!IsLatinNext(list[i - 1], list[i])) return null;
            if (!HeadingNumber.VietnameseLetters.Contains(list[i].Written[0])) return list[i];
        }
        return null;
    }

    /// <summary>"e)" right after "d)".</summary>
    static HeadingNumber? MissingĐ(List<HeadingNumber> list)
    {
        for (var i = 1; i < list.Count; i++)
            if (list[i - 1].Written == "d" && list[i].Written == "e") return list[i];
        return null;
    }

    static bool HasĐ(List<HeadingNumber> list) => list.Any(h => h.Written == "đ");

    static bool IsLatinNext(HeadingNumber last, HeadingNumber h) =>
        last.Written[0] is >= 'a' and <= 'z' && h.Written[0] == last.Written[0] + 1;

    /// <summary>"a), b), c), d), đ), e), g)": the right letters for a list of <paramref name="count"/> points.</summary>
    static string Sequence(int count) =>
        string.Join(", ", HeadingNumber.VietnameseLetters.Take(Math.Min(count, HeadingNumber.VietnameseLetters.Length)).Select(c => c + ")"));

    static void Report(FindingSink sink, string id, HeadingNumber h, List<HeadingNumber> list, params (string, string)[] args)
    {
        var excerpt = h.Paragraph.DisplayText.Trim();
        if (excerpt.Length > 120) excerpt = excerpt[..120];
        var suggestion = list.Any(x => x.Automatic)
            ? $"Đánh số tự động của Word theo bảng chữ cái Latinh (có f, không có đ): gõ các điểm theo thứ tự {Sequence(list.Count)}."
            : $"Đánh lại các điểm theo thứ tự {Sequence(list.Count)}.";
        sink.Report(id, h.Paragraph, excerpt, suggestion, null, null, args);
    }
}
