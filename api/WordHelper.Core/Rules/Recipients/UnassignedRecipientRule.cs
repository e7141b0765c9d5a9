using System.Text.RegularExpressions;
using WordHelper.Core.Documents;
using WordHelper.Core.RulePack;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Recipients;

/// <summary>
/// A unit the body gives a task or a request to should receive the document: it must be among the recipients.
/// A unit is asked when a request governs it ("đề nghị Sở Y tế …", "giao Công an tỉnh …"), when it is the subject of a
/// duty ("Sở Tài chính chủ trì …"), when it opens an item of the section that assigns tasks ("1. Sở Tài chính: …") or
/// stands in the "Đơn vị chủ trì" column of a table of tasks — not when a report says what it has done ("Sở Y tế đã
/// phối hợp …", "Công an tỉnh đã ban hành công văn đề nghị Sở Y tế …"), nor when it is the issuer or the issuer's own
/// office.
/// </summary>
public sealed partial class UnassignedRecipientRule : IDocumentPartsRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-REC-005"];

    /// <summary>The words that ask a unit to act and the headings, preambles and table columns they are read in, folded once per pack.</summary>
    sealed record TaskWords(TaskRequests Requests, List<string> Sections, List<string> Preamble, List<string> Columns);

    static readonly PerPack<TaskWords> Built = new(pack =>
        new TaskWords(new TaskRequests(pack.Phrases), Keys(pack.Phrases.TaskSections), Keys(pack.Phrases.Preamble), Keys(pack.Phrases.TaskColumns)));

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var h = context.Header;
        if (h.RecipientsLabel is null && h.KinhGui.Count == 0) return; // a missing list is reported on its own
        var names = AgencyNames.For(context.Pack);
        var list = new RecipientList(h, context.Pack, names);
        var asArticle = ArticlesNamedAsRecipients(h);
        if (asArticle.Count > 0) list.Include(ArticleTexts(context, asArticle));
        var issuer = Words(names, h.ParentIssuer?.Text, h.Issuer);
        var issuerAlone = Words(names, h.Issuer);
        var (requests, sections, preamble, columnWords) = Built.For(context.Pack);
        var report = h.Type?.Abbr == "BC"; // a report looks back: only explicit requests count there
        var citations = context.Citations.ToLookup(c => c.Paragraph);
        var columns = TaskColumns(context, columnWords);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var inTaskSection = false;

        foreach (var p in context.Body)
        {
            var folded = context.Folded(p);
            var key = p.List is null ? folded.Key : " " + VietnameseText.Key(p.DisplayText) + " ";
            if (IsSectionHeading(p)) inTaskSection = sections.Any(s => key.Contains(s, StringComparison.Ordinal));
            if (preamble.Any(s => key.StartsWith(s, StringComparison.Ordinal))) continue;
            var inTaskColumn = p.Cell is { } cell && columns.TryGetValue(cell.Table, out var column) && cell.Row > column.Row && cell.Column == column.Column;

            // Who receives the document anyway is settled first: reading the words round a name costs more, and a
            // paragraph that names no one else is not read further.
            bool Judged(UnitMention m) =>
                !citations[p.Index].Any(c => m.Start >= c.Start && m.Start < c.Start + c.Length) // issuer of a cited document
                && !reported.Contains(m.Canonical) && !IsIssuer(m.Canonical, issuer) && !list.Covers(m.Canonical);
            var found = names.Mentions(folded).ToList();
            if (!found.Any(Judged)) continue;
            var mentions = found.Select(m => requests.Extend(p.Text, m)).ToList();
            for (var i = 0; i < mentions.Count; i++)
            {
                var u = mentions[i];
                var m = u.Mention;
                // whose office it is, the words after the name tell: "Văn phòng HĐND và UBND xã"
                if (!Judged(m) || IsOwnOffice(names.Canonicalize(u.Written).Trim(), issuerAlone)) continue;
                var asked = inTaskColumn
                    || requests.IsRequested(p.Text, mentions, i, report)
                    || (!report && requests.IsDutyBound(p.Text, mentions, i))
                    || (!report && inTaskSection && requests.OpensItem(p.Text, mentions, i));
                if (!asked || !reported.Add(m.Canonical)) continue;
                sink.Report("VB-REC-005", p, u.Written, suggestion: $"Thêm \"{u.Written}\" vào Nơi nhận.", args: ("unit", u.Written));
            }
        }
    }

    /// <summary>Phrases in folded form, padded with a space on each side so that they match whole words only.</summary>
    static List<string> Keys(IEnumerable<string> phrases) => phrases.Select(p => " " + VietnameseText.Key(p) + " ").ToList();

    /// <summary>The words of names spelled out: the issuer's with its parent's ("UBMTTQ phường … / Ban Thường trực").</summary>
    static HashSet<string> Words(AgencyNames names, params string?[] parts)
    {
        var text = string.Join(" ", parts.Where(t => !string.IsNullOrWhiteSpace(t)));
        return names.Canonicalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The issuer itself ("UBND tỉnh" in a decision of UBND tỉnh Lâm Đồng), or its parent ("UBND tỉnh" in a plan of a
    /// Sở): every word of the unit's name is a word of theirs. An office is judged on its own.
    /// </summary>
    static bool IsIssuer(string canonical, HashSet<string> issuer)
    {
        var unit = canonical.Trim();
        return issuer.Count > 0 && !unit.StartsWith(OwnOffice, StringComparison.Ordinal) && IsWithin(unit, issuer);
    }

    /// <summary>
    /// The issuer's own office ("Văn phòng UBND tỉnh" in a plan of UBND tỉnh; "Văn phòng HĐND và UBND xã" in one of
    /// UBND xã), not its parent's ("Văn phòng UBND tỉnh" in a plan of a Sở is asked).
    /// </summary>
    static bool IsOwnOffice(string unit, HashSet<string> issuerAlone) =>
        issuerAlone.Count > 0 && unit.StartsWith(OwnOffice, StringComparison.Ordinal)
        && unit[OwnOffice.Length..].Split(" va ").Any(body => IsWithin(body, issuerAlone));

    static bool IsWithin(string name, HashSet<string> issuer) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(issuer.Contains);

    const string OwnOffice = "van phong ";

    /// <summary>"- Như Điều 3;" in a decision's Nơi nhận stands for every unit that article names.</summary>
    static HashSet<int> ArticlesNamedAsRecipients(DocumentHeader h) => ArticlesAsRecipients.Of(h).SelectMany(x => x.Articles).ToHashSet();

    /// <summary>The text of the articles of <paramref name="articles"/>, read in one pass over the body.</summary>
    static IEnumerable<string> ArticleTexts(CheckContext context, HashSet<int> articles)
    {
        var current = -1;
        foreach (var p in context.Body)
        {
            if (ArticlesAsRecipients.Opened(p) is { } n) current = n;
            if (articles.Contains(current)) yield return p.Text;
        }
    }

    /// <summary>Per table, the header row and column of the units that carry out the tasks ("Đơn vị chủ trì").</summary>
    static Dictionary<int, (int Row, int Column)> TaskColumns(CheckContext context, List<string> headers)
    {
        var columns = new Dictionary<int, (int Row, int Column)>();
        foreach (var p in context.Body)
        {
            if (p.Cell is not { } cell || columns.ContainsKey(cell.Table) || p.Text.Length > 60) continue;
            var key = context.Folded(p).Key;
            if (headers.Any(h => key.Contains(h, StringComparison.Ordinal))) columns[cell.Table] = (cell.Row, cell.Column);
        }
        return columns;
    }

    /// <summary>A top-level heading: Roman-numbered or a short upper-case line.</summary>
    static bool IsSectionHeading(DraftParagraph p)
    {
        var t = p.DisplayText.Trim();
        return RomanHeading().IsMatch(t) || (t.Length < 80 && VietnameseText.IsUpperText(t));
    }



    [GeneratedRegex(@"^[IVXLC]+\s*[.)-]\s")]
    private static partial Regex RomanHeading();
}
