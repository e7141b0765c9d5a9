using WordHelper.Core.Documents;
using WordHelper.Core.RulePack;
using WordHelper.Core.Rules.Recipients;
using WordHelper.Core.Text;

namespace WordHelper.Core.Addressing;

/// <summary>
/// Looks up every Kính gửi and Nơi nhận entry of a draft in a directory: "Các Sở: Y tế, Tài chính" is two entries,
/// "Lưu: VT" none, "Như trên" and collective entries are kept but not looked up. Each distinct entry is asked once.
/// </summary>
public sealed class RecipientResolver(IDirectory directory, RulePackData pack)
{
    readonly AgencyNames _names = pack == RulePackData.Default ? AgencyNames.Default : new AgencyNames(pack);
    readonly string[] _collective = pack.Phrases.CollectiveRecipients.Select(p => " " + VietnameseText.Key(p) + " ").ToArray();
    readonly string[] _collectiveWithin = pack.Phrases.CollectiveWithin.Select(p => " " + VietnameseText.Key(p) + " ").ToArray();

    public async Task<IReadOnlyList<ResolvedRecipient>> ResolveAsync(DocumentHeader header, CancellationToken cancellationToken = default)
    {
        var matcher = new AddresseeMatcher(_names);
        var asked = new Dictionary<string, IReadOnlyList<Addressee>>(StringComparer.Ordinal);
        var resolved = new List<ResolvedRecipient>();
        foreach (var line in header.KinhGui.Concat(header.Recipients))
        {
            if (RecipientList.IsFiling(line.Text)) continue;
            foreach (var entry in RecipientList.Addressees(line.Text))
            {
                if (IsCollective(entry))
                {
                    resolved.Add(new(line.Paragraph.Index, line.Text.Trim(), entry, RecipientStatus.Collective, []));
                    continue;
                }
                var query = new AddresseeQuery(entry, _names.SpellOut(entry), _names.Canonicalize(entry));
                if (!asked.TryGetValue(query.Key, out var matches))
                    asked[query.Key] = matches = matcher.Choose(query, await directory.FindAsync(query, cancellationToken));
                var status = matches.Count switch { 0 => RecipientStatus.NotFound, 1 => RecipientStatus.Resolved, _ => RecipientStatus.Ambiguous };
                resolved.Add(new(line.Paragraph.Index, line.Text.Trim(), entry, status, matches));
            }
        }
        return resolved;
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
            || pack.RecipientGroups.Any(g => g.Names.Any(n => key.StartsWith(" " + VietnameseText.Key(n) + " ", StringComparison.Ordinal)));
    }
}
