using System.Text.RegularExpressions;
using WordHelper.Core.Documents;
using WordHelper.Core.RulePack;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Recipients;

/// <summary>
/// The Nơi nhận and Kính gửi entries of a draft, spelled out: "Các Sở: GDĐT, TC" becomes "Sở GDĐT", "Sở TC", each
/// in canonical folded form, so that a unit named in the body can be looked up.
/// </summary>
public sealed partial class RecipientList
{
    readonly List<string> _entries = [];
    readonly List<RecipientGroup> _groups = [];

    readonly RulePackData _pack;
    readonly AgencyNames _names;

    public RecipientList(DocumentHeader header, RulePackData pack, AgencyNames names)
    {
        _pack = pack;
        _names = names;
        foreach (var (line, text) in Joined(header.Recipients).Concat(Joined(header.KinhGui)))
        {
            if (IsFiling(text)) continue;
            foreach (var entry in Entries(text))
            {
                var canonical = names.Canonicalize(entry);
                Items.Add(new RecipientItem(line, entry, canonical));
                _entries.Add(canonical);
            }
        }
        FindGroups();
    }

    /// <summary>Texts the list refers to ("Như Điều 3" stands for the units article 3 names): they count as entries.</summary>
    public void Include(IEnumerable<string> texts)
    {
        foreach (var text in texts) _entries.Add(_names.Canonicalize(text));
        FindGroups();
    }

    void FindGroups()
    {
        _groups.Clear();
        var all = string.Join(" | ", _entries);
        foreach (var g in _pack.RecipientGroups)
            if (g.Names.Any(n => all.Contains(" " + VietnameseText.Key(n) + " ", StringComparison.Ordinal))) _groups.Add(g);
    }

    public List<RecipientItem> Items { get; } = [];

    /// <summary>The lines with a line that runs on (no dash of its own after a comma, or in lower case after an entry left open) joined to the one before.</summary>
    static List<(HeaderLine Line, string Text)> Joined(IEnumerable<HeaderLine> lines)
    {
        var joined = new List<(HeaderLine Line, string Text)>();
        foreach (var line in lines)
        {
            var runsOn = joined.Count > 0 && (joined[^1].Text.TrimEnd().EndsWith(',') || HeaderRecognizer.Continues(joined[^1].Text, line.Text.Trim()));
            if (runsOn && !LeadPattern().IsMatch(line.Text))
                joined[^1] = (joined[^1].Line, joined[^1].Text.TrimEnd() + " " + line.Text.Trim());
            else joined.Add((line, line.Text));
        }
        return joined;
    }

    /// <summary>True when some entry names the unit, or a collective entry ("các sở, ban, ngành") stands for it.</summary>
    public bool Covers(string canonicalUnit)
    {
        var unit = canonicalUnit.Trim();
        if (_entries.Any(e => e.Contains(" " + unit + " ", StringComparison.Ordinal))) return true;
        return _groups.Any(g => g.Covers.Any(c => c == "*" || unit == VietnameseText.Key(c) || unit.StartsWith(VietnameseText.Key(c) + " ", StringComparison.Ordinal)));
    }

    /// <summary>The "Lưu: VT, …" line files the original; it is not a recipient.</summary>
    public static bool IsFiling(string text) => VietnameseText.Key(text).StartsWith("luu", StringComparison.Ordinal);

    /// <summary>Entries of one line: the dash, the purpose note and the final punctuation removed; a shared head distributed.</summary>
    public static IEnumerable<string> Entries(string line)
    {
        var text = LeadPattern().Replace(line, "");
        text = PurposePattern().Replace(text, "").Trim().TrimEnd(';', '.', ',').Trim();
        if (text.Length == 0) yield break;
        yield return text;
        if (SharedHeadPattern().Match(text) is { Success: true } m)
            foreach (var part in m.Groups["rest"].Value.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                yield return m.Groups["head"].Value + " " + part;
    }

    /// <summary>
    /// The addressees of one line, each once: the parts of a line that names several under a shared head ("Các Sở: Y tế,
    /// Tài chính" → "Sở Y tế", "Sở Tài chính"), else the line itself. Only a plural or a colon shares the head: "Sở Lao
    /// động, Thương binh và Xã hội" is one unit.
    /// </summary>
    public static IReadOnlyList<string> Addressees(string line)
    {
        var entries = Entries(line).ToList();
        var shared = entries.Count > 1 && SharedHeadPattern().Match(entries[0]) is { Success: true } m && (m.Groups["many"].Success || m.Groups["colon"].Success);
        return shared ? entries.Skip(1).ToList() : entries.Take(1).ToList();
    }

    [GeneratedRegex(@"^\s*(Kính gửi\s*:?|[-–+•*])\s*", RegexOptions.CultureInvariant)]
    private static partial Regex LeadPattern();

    [GeneratedRegex(@"\((để\s+)?[^()]{1,30}\)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex PurposePattern();

    [GeneratedRegex(@"^(?<many>Các\s+|các\s+)?(?<head>Sở|Bộ|Ban|Phòng|Hội|Trung tâm|UBND các|Ủy ban nhân dân các)\s*(?<colon>:)?\s+(?<rest>.+,.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex SharedHeadPattern();
}

public sealed record RecipientItem(HeaderLine Line, string Text, string Canonical);
