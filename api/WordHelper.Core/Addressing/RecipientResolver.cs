using System.Collections.Concurrent;
using WordHelper.Core.Documents;
using WordHelper.Core.RulePack;
using WordHelper.Core.Rules.Recipients;
using WordHelper.Core.Text;

namespace WordHelper.Core.Addressing;

/// <summary>
/// Looks up every Kính gửi and Nơi nhận entry of a draft in a directory: "Các Sở: Y tế, Tài chính" is two entries,
/// "Lưu: VT" none, "Như trên" and collective entries are kept but not looked up. Each distinct entry is asked once,
/// a few at a time.
/// </summary>
public sealed class RecipientResolver(IDirectory directory, RulePackData pack)
{
    readonly AgencyNames _names = AgencyNames.For(pack);
    readonly string[] _collective = pack.Phrases.CollectiveRecipients.Select(p => " " + VietnameseText.Key(p) + " ").ToArray();
    readonly string[] _groups = pack.RecipientGroups.SelectMany(g => g.Names).Select(n => " " + VietnameseText.Key(n) + " ").ToArray();
    readonly string[] _unitHeads = pack.Phrases.UnitHeads.Select(p => " " + VietnameseText.Key(p) + " ").ToArray();
    readonly string[] _collectiveWithin = pack.Phrases.CollectiveWithin.Select(p => " " + VietnameseText.Key(p) + " ").ToArray();

    /// <summary>Lookups at once: a directory across the network answers a list of twenty in the time of five.</summary>
    const int Concurrent = 4;

    public async Task<IReadOnlyList<ResolvedRecipient>> ResolveAsync(DocumentHeader header, CancellationToken cancellationToken = default)
    {
        var entries = new List<(HeaderLine Line, string Entry, AddresseeQuery? Query)>();
        foreach (var line in header.KinhGui.Concat(header.Recipients))
        {
            if (RecipientList.IsFiling(line.Text)) continue;
            foreach (var entry in RecipientList.Addressees(line.Text).SelectMany(SplitList))
                entries.Add((line, entry, IsCollective(entry) ? null : AddresseeQuery.For(entry, _names)));
        }

        var matcher = new AddresseeMatcher(_names);
        var found = new ConcurrentDictionary<string, IReadOnlyList<Addressee>>(StringComparer.Ordinal);
        var distinct = entries.Where(e => e.Query is not null).Select(e => e.Query!).DistinctBy(q => q.Key).ToList();
        await Parallel.ForEachAsync(distinct, new ParallelOptions { MaxDegreeOfParallelism = Concurrent, CancellationToken = cancellationToken },
            async (query, cancel) => found[query.Key] = matcher.Choose(query, await directory.FindAsync(query, cancel)));

        return entries.Select(e =>
        {
            var matches = e.Query is null ? [] : found[e.Query.Key];
            var status = e.Query is null ? RecipientStatus.Collective
                : matches.Count switch { 0 => RecipientStatus.NotFound, 1 => RecipientStatus.Resolved, _ => RecipientStatus.Ambiguous };
            return new ResolvedRecipient(e.Line.Paragraph.Index, e.Line.Text.Trim(), e.Entry, status, matches);
        }).ToList();
    }

    /// <summary>"Báo Lạng Sơn, Đài PT-TH tỉnh" is two units: every part begins as a unit's name does.</summary>
    IEnumerable<string> SplitList(string entry)
    {
        var parts = entry.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length > 1 && parts.All(p => _unitHeads.Any(h => (" " + VietnameseText.Key(p) + " ").StartsWith(h, StringComparison.Ordinal))) ? parts : [entry];
    }

    /// <summary>
    /// Not one addressee: "Như trên" points back to Kính gửi, the collective entries of the pack stand for many units,
    /// and an entry that opens with a word of many ("Các phòng") or holds a phrase of many ("UBND các huyện"), or names the issuer's own leaders
    /// ("Lãnh đạo Sở", "CT, các PCT") is sent by hand, not looked up.
    /// </summary>
    bool IsCollective(string entry)
    {
        var key = " " + VietnameseText.Key(entry) + " ";
        return _collective.Any(c => key.StartsWith(c, StringComparison.Ordinal))
            || _collectiveWithin.Any(c => key.Contains(c, StringComparison.Ordinal))
            || _groups.Any(g => key.StartsWith(g, StringComparison.Ordinal));
    }
}
