using WordHelper.Core.Documents;
using WordHelper.Core.RulePack;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Agency;

/// <summary>
/// Names of units that no longer exist on the draft's date under the 2025 reorganisation: merged ministries and
/// departments (VB-AGN-001), the abolished district level (VB-AGN-002), merged provinces (VB-AGN-003).
/// A name inside a citation of an older document is history, not a mistake, and is left alone.
/// </summary>
public sealed class ObsoleteAgencyRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-AGN-001", "VB-AGN-002", "VB-AGN-003"];

    sealed record Pattern(string Key, ReorganisationEntry Entry, DraftDate Effective);

    static readonly PerPack<IReadOnlyList<Pattern>> Patterns = new(Build);
    static readonly PerPack<HistoryPhrases> Phrases = new(pack => HistoryPhrases.From(pack.Phrases));

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var patterns = Patterns.For(context.Pack);
        var date = context.EffectiveDate;
        var active = patterns.Where(p => !p.Effective.IsCertainlyAfter(date) && p.Effective.CompareTo(date) <= 0).ToList();
        if (active.Count == 0) return;
        var citations = context.Citations.ToLookup(c => c.Paragraph);
        var phrases = Phrases.For(context.Pack);
        var markers = phrases.Markers;
        var reported = new HashSet<string>(StringComparer.Ordinal);
        // A passage opened by "Trước sáp nhập tỉnh:" goes on through the list that follows it, or through the rest of its note.
        var carried = false;
        DraftParagraph? previous = null;

        foreach (var p in context.TextParagraphs)
        {
            if (p.IsBlank) continue;
            var folded = context.Folded(p);
            var carriedIn = carried && previous is not null && Continues(context, previous, p);
            previous = p;
            HistoryPassages? history = null; // built when a name first needs it
            HistoryPassages History() => history ??= new HistoryPassages(p, folded, phrases, citations[p.Index]);
            // The folded text already claimed by a longer name; marked per character, so that a paragraph of
            // thousands of mentions costs their length, not their square.
            bool[]? taken = null;
            foreach (var pattern in active)
            {
                foreach (var at in folded.FindAll(pattern.Key))
                {
                    var end = at + pattern.Key.Length;
                    taken ??= new bool[folded.Key.Length];
                    if (Array.IndexOf(taken, true, at, end - at) >= 0) continue;
                    Array.Fill(taken, true, at, end - at);
                    var (start, length) = folded.OriginalSpan(at, pattern.Key.Length);
                    if (citations[p.Index].Any(c => start >= c.Start && start < c.Start + c.Length && c.Date is { } d && d.CompareTo(pattern.Effective) < 0)) continue;
                    // Quoted text is another document's words, written when the name was in force.
                    if (context.IsQuoted(p, start) || MarkedAsHistory(folded, at, end, markers)) continue;
                    var written = p.Text.Substring(start, length);
                    // Once per name as written: the same retired name all over a draft is one thing to fix.
                    var name = pattern.Entry.Old + "|" + VietnameseText.Key(written);
                    if (reported.Contains(name) || History().IsHistory(at, start, carriedIn, pattern.Effective)) continue;
                    reported.Add(name);
                    sink.Report(IdOf(pattern.Entry), p, written, suggestion: pattern.Entry.Replacement,
                        args: [("name", written), ("replacement", pattern.Entry.Replacement), ("effective", Vietnamese(pattern.Effective))]);
                }
            }
            // A paragraph without "trước/sau sáp nhập" hands on what it was handed.
            carried = history is null && !phrases.OpensPassage(folded.Key) ? carriedIn : History().EndsInHistory(carriedIn);
        }
    }

    /// <summary>"tỉnh Bình Thuận (cũ)", "UBND tỉnh Đắk Nông (trước sáp nhập)", "trước đây là Sở …": history on purpose.</summary>
    internal static bool MarkedAsHistory(FoldedText folded, int start, int end, IReadOnlyList<string> markers)
    {
        var after = folded.Key.Substring(end, Math.Min(40, folded.Key.Length - end));
        var before = folded.Key.Substring(Math.Max(0, start - 30), Math.Min(30, start));
        return markers.Any(m => after.StartsWith(" " + m + " ", StringComparison.Ordinal) || after.Contains(" " + m + " ", StringComparison.Ordinal) && after.IndexOf(" " + m + " ", StringComparison.Ordinal) < 25
            || before.EndsWith(" " + m + " ", StringComparison.Ordinal) || before.EndsWith(" " + m + " la ", StringComparison.Ordinal));
    }

    /// <summary>The next paragraph goes on with a passage: in the same note, or an item of the list the passage opened.</summary>
    static bool Continues(CheckContext context, DraftParagraph previous, DraftParagraph next)
    {
        var note = context.Document.NoteAt(next.Index);
        if (note is not null) return note == context.Document.NoteAt(previous.Index);
        return next.List is not null || next.Text.TrimStart() is { Length: > 0 } t && t[0] is '-' or '+' or '•' or '–';
    }

    static string IdOf(ReorganisationEntry e) => e.Level switch { "district" => "VB-AGN-002", "province" => "VB-AGN-003", _ => "VB-AGN-001" };

    static string Vietnamese(DraftDate d) => d.IsComplete ? $"{d.Day:D2}/{d.Month:D2}/{d.Year}" : d.ToIso();

    static IReadOnlyList<Pattern> Build(RulePackData pack) =>
        pack.Reorganisation
            .SelectMany(e => e.Names.Select(n => new Pattern(VietnameseText.Key(n), e, ParseDate(e.Effective))))
            .Where(p => p.Key.Length > 0)
            .OrderByDescending(p => p.Key.Length)
            .ToList();

    static DraftDate ParseDate(string iso)
    {
        var parts = iso.Split('-');
        return new DraftDate(int.Parse(parts[0]), parts.Length > 1 ? int.Parse(parts[1]) : null, parts.Length > 2 ? int.Parse(parts[2]) : null);
    }
}
