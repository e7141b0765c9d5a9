using WordHelper.Core.Citations;
using WordHelper.Core.Registry;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.CitationChecks;

/// <summary>
/// Two documents given one number: the same number, date and issuer, but summaries (trích yếu) that tell of two
/// subjects, as when a line of a list is copied for the next document and its number is left unchanged. Later mentions
/// often shorten a summary or reword a little, so only long summaries are compared, and only when each has subject words
/// the other lacks and a quarter of one's subject words are not in the other (an unknown abbreviation counts as found
/// when it is the initials of words of the other: "CCHC" for "cải cách hành chính"). In running text a summary runs on
/// into what the sentence says next ("… về quản lý hội cho phù hợp với tình hình …"), so only citations that open
/// their paragraph are compared: the items of a list of documents, where a copied line keeps its number.
/// </summary>
static partial class SummaryConflicts
{
    /// <summary>The fewest subject words (fillers left out) each summary needs to be compared.</summary>
    const int WordsToJudge = 8;
    /// <summary>The share of one summary's subject words the other must lack.</summary>
    const double OtherSubject = 0.25;

    /// <summary>Each later citation whose summary tells of another subject than the first long summary of its number, once a summary.</summary>
    public static IEnumerable<(Citation First, Citation Later, string FirstSummary, string LaterSummary)> Of(
        CheckContext context, IEnumerable<Citation> sameNumber, CitedIssuers issuers)
    {
        var fillers = context.Pack.CitationRegistry.SummaryFillers.Select(VietnameseText.Key).ToHashSet(StringComparer.Ordinal);
        (Citation C, string Text, Words Words)? first = null;
        var reported = new List<Words>();
        foreach (var c in sameNumber)
        {
            if (!OpensParagraph(context, c) || Subject(context, c) is not { } text) continue;
            var words = SubjectWords(text, fillers);
            if (words.Subject.Length < WordsToJudge) continue;
            if (first is not { } f) { first = (c, text, words); continue; }
            if (!SameDateAndIssuer(f.C, c, issuers) || !OtherSubjects(f.Words, words) || reported.Any(r => !OtherSubjects(r, words))) continue;
            reported.Add(words);
            yield return (f.C, c, f.Text, text);
        }
    }

    /// <summary>Nothing but a list mark before the citation: "- Quyết định số …", "a) Kế hoạch số …".</summary>
    static bool OpensParagraph(CheckContext context, Citation c) =>
        ListMark().IsMatch(context.Paragraph(c.Paragraph).Text[..c.Start]);

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:[-–+•*·]|\(?[\p{L}\d]{1,3}[.)])?\s*$")]
    private static partial System.Text.RegularExpressions.Regex ListMark();

    /// <summary>The citation's subject, up to where the next citation of its paragraph begins ("… quản lý hội và Công văn số …").</summary>
    static string? Subject(CheckContext context, Citation c)
    {
        if (CitedWords.Subject(context, c, c.Issuer ?? "") is not { } subject) return null;
        var text = context.Paragraph(c.Paragraph).Text;
        var at = text.IndexOf(subject, c.Start, StringComparison.Ordinal);
        var next = context.Citations.FirstOrDefault(n => n.Paragraph == c.Paragraph && n.Start > c.Start);
        if (at < 0 || next is null || next.Start >= at + subject.Length) return subject;
        return next.Start <= at ? null : text[at..next.Start].TrimEnd(' ', ',', ';').TrimEnd();
    }

    static bool SameDateAndIssuer(Citation a, Citation b, CitedIssuers issuers) =>
        a.Date is { IsValid: true, IsComplete: true } d && b.Date is { } e && d.CompareTo(e) == 0
        && !(a.Issuer is { } i && b.Issuer is { } j && issuers.Different(i, j));

    /// <summary>A summary's folded words in order, and its subject words: no fillers, no numbers, each once.</summary>
    sealed record Words(string[] All, string[] Subject);

    static Words SubjectWords(string summary, HashSet<string> fillers)
    {
        var all = VietnameseText.Key(summary).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new(all, all.Where(w => !fillers.Contains(w) && !w.All(char.IsAsciiDigit)).Distinct().ToArray());
    }

    static bool OtherSubjects(Words a, Words b)
    {
        var notInB = Lacking(a, b);
        var notInA = Lacking(b, a);
        return notInB > 0 && notInA > 0 && Math.Max((double)notInB / a.Subject.Length, (double)notInA / b.Subject.Length) >= OtherSubject;
    }

    static int Lacking(Words words, Words other) =>
        words.Subject.Count(w => !other.All.Contains(w) && !CitedIssuers.IsInitialsOf(w, other.All));

    /// <summary>A summary cut to its first words for a message.</summary>
    public static string Short(string summary)
    {
        var words = summary.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 40 ? summary.TrimEnd('.', ' ') : string.Join(' ', words.Take(40)) + " …";
    }
}
