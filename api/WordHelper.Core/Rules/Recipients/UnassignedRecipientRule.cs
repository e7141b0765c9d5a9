using System.Text.RegularExpressions;
using WordHelper.Core.Documents;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Recipients;

/// <summary>
/// A unit the body gives a task or a request to should receive the document: it must be among the recipients.
/// A unit is given a task when it opens a paragraph of the section that assigns them ("Tổ chức thực hiện"), when a
/// request names it ("đề nghị Sở Y tế …", "giao Công an tỉnh …") or when it is the subject of a duty ("Sở Tài chính
/// chủ trì …") — not when a report says what it has done ("Sở Y tế đã phối hợp …").
/// </summary>
public sealed partial class UnassignedRecipientRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-REC-005"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        // A speech, an agenda, a form or a decree has none of an administrative document's parts to check.
        if (context.Header.Genre is not null) return;
        var h = context.Header;
        if (h.RecipientsLabel is null && h.KinhGui.Count == 0) return; // a missing list is reported on its own
        var names = AgencyNames.Default;
        var list = new RecipientList(h, context.Pack, names);
        var issuer = h.Issuer is null ? null : names.Canonicalize(h.Issuer).Trim();
        var words = context.Pack.Phrases;
        var sections = Keys(words.TaskSections);
        var requests = Keys(words.RequestBefore);
        var duties = Keys(words.DutyAfter);
        var past = Keys(words.PastMarkers);
        var preamble = Keys(words.Preamble);
        var notAddressed = words.NotAddressedAfter.Select(VietnameseText.Key).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var report = h.Type?.Abbr == "BC"; // a report looks back: only explicit requests count there
        var citations = context.Citations.ToLookup(c => c.Paragraph);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var asArticle = ArticlesNamedAsRecipients(h);
        HashSet<string>? unitsOfArticles = null; // found once, when a mention first needs them
        var inTaskSection = false;

        foreach (var p in context.Body)
        {
            var folded = context.Folded(p);
            var key = p.List is null ? folded.Key : " " + VietnameseText.Key(p.DisplayText) + " ";
            if (IsSectionHeading(p)) inTaskSection = sections.Any(s => key.Contains(s, StringComparison.Ordinal));
            if (preamble.Any(s => key.StartsWith(s, StringComparison.Ordinal))) continue;

            foreach (var m in names.Mentions(folded))
            {
                if (citations[p.Index].Any(c => m.Start >= c.Start && m.Start < c.Start + c.Length)) continue; // issuer of a cited document
                var fk = folded.Key;
                var from = Math.Max(0, m.FoldedStart - 30);
                var before = fk.AsSpan(from, m.FoldedStart - from);
                var afterStart = m.FoldedStart + m.FoldedLength;
                var after = fk.AsSpan(afterStart, Math.Min(fk.Length, afterStart + 40) - afterStart);
                if (notAddressed.Contains(LastWord(before))) continue;

                var requested = ContainsAny(before, requests);
                var dutyBound = !report && ContainsAny(after, duties) && !StartsWithAny(after, past);
                var opensTaskParagraph = inTaskSection && m.Start < 60;
                if (!requested && !dutyBound && !opensTaskParagraph) continue;

                if (issuer is not null && (m.Canonical == issuer || issuer.EndsWith(" " + m.Canonical, StringComparison.Ordinal))) continue;
                if (reported.Contains(m.Canonical) || list.Covers(m.Canonical)) continue;
                if ((unitsOfArticles ??= UnitsNamedIn(context, asArticle)).Contains(m.Canonical) || !reported.Add(m.Canonical)) continue;
                sink.Report("VB-REC-005", p, m.Text, suggestion: $"Thêm \"{m.Text}\" vào Nơi nhận.", args: ("unit", m.Text));
            }
        }
    }

    /// <summary>Phrases in folded form, padded with a space on each side so that they match whole words only.</summary>
    static List<string> Keys(IEnumerable<string> phrases) => phrases.Select(p => " " + VietnameseText.Key(p) + " ").ToList();

    static bool ContainsAny(ReadOnlySpan<char> text, List<string> phrases)
    {
        foreach (var phrase in phrases) if (text.Contains(phrase, StringComparison.Ordinal)) return true;
        return false;
    }

    static bool StartsWithAny(ReadOnlySpan<char> text, List<string> phrases)
    {
        foreach (var phrase in phrases) if (text.StartsWith(phrase, StringComparison.Ordinal)) return true;
        return false;
    }

    static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd(' ');
        return text[(text.LastIndexOf(' ') + 1)..];
    }

    /// <summary>"- Như Điều 3;" in a decision's Nơi nhận stands for every unit that article names.</summary>
    static HashSet<int> ArticlesNamedAsRecipients(DocumentHeader h) =>
        h.Recipients.Select(l => AsArticle().Match(l.Text)).Where(m => m.Success)
            .SelectMany(m => m.Groups["n"].Captures.Select(c => int.Parse(c.Value))).ToHashSet();

    /// <summary>The units the articles of <paramref name="articles"/> name, read in one pass over the body.</summary>
    static HashSet<string> UnitsNamedIn(CheckContext context, HashSet<int> articles)
    {
        var units = new HashSet<string>(StringComparer.Ordinal);
        if (articles.Count == 0) return units;
        var current = -1;
        foreach (var p in context.Body)
        {
            if (ArticleStart().Match(p.DisplayText) is { Success: true } a) current = int.Parse(a.Groups["n"].Value);
            if (articles.Contains(current)) units.UnionWith(AgencyNames.Default.Mentions(p.Text).Select(m => m.Canonical));
        }
        return units;
    }

    /// <summary>A top-level heading: Roman-numbered or a short upper-case line.</summary>
    static bool IsSectionHeading(DraftParagraph p)
    {
        var t = p.DisplayText.Trim();
        return RomanHeading().IsMatch(t) || (t.Length < 80 && VietnameseText.IsUpperText(t));
    }

    [GeneratedRegex(@"Như\s+Điều\s+(?<n>\d+)(\s*(,|và)\s*(?<n>\d+))*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AsArticle();

    [GeneratedRegex(@"^\s*Điều\s+(?<n>\d+)\s*[.:]", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleStart();

    [GeneratedRegex(@"^[IVXLC]+\s*[.)-]\s")]
    private static partial Regex RomanHeading();
}
