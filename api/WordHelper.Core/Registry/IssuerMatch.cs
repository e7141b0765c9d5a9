using WordHelper.Core.Rules.Recipients;
using WordHelper.Core.RulePack;
using WordHelper.Core.Text;

namespace WordHelper.Core.Registry;

/// <summary>
/// Whether the issuer a citation names is the registry's. Names are compared folded, abbreviations spelled out
/// through the agency aliases, the office that signs for its body read as the body ("Bộ trưởng Bộ Tài chính" is
/// "Bộ Tài chính"). A joint document is any of its issuers'; a body that took over the issuer in the 2025
/// reorganisation may be named for it. "Thủ tướng Chính phủ" is not "Chính phủ".
/// </summary>
public sealed class IssuerMatch
{
    readonly AgencyNames _names;
    readonly IReadOnlyList<(string From, string To)> _roles;
    readonly IReadOnlyList<string> _suffixes;
    readonly ILookup<string, string> _successors;

    public IssuerMatch(RulePackData pack)
    {
        _names = AgencyNames.For(pack);
        var rules = pack.CitationRegistry;
        _roles = rules.IssuerRoles.Select(r => (VietnameseText.Key(r.From), VietnameseText.Key(r.To))).OrderByDescending(r => r.Item1.Length).ToList();
        _suffixes = rules.IssuerSuffixes.Select(VietnameseText.Key).ToList();
        _successors = pack.Reorganisation.SelectMany(e => e.Names.Append(e.Old).Select(n => (Old: Body(n), New: Body(e.Replacement))))
            .ToLookup(x => x.Old, x => x.New, StringComparer.Ordinal);
    }

    static readonly PerPack<IssuerMatch> Built = new(pack => new IssuerMatch(pack));
    /// <summary>The matcher of a pack, built once for it.</summary>
    public static IssuerMatch For(RulePackData pack) => Built.For(pack);
    public static IssuerMatch Default => For(RulePackData.Default);

    /// <summary>
    /// True when the text after "của" (<paramref name="cited"/>, perhaps running on into the summary: "Bộ Y tế quy định
    /// …") starts with the body, or one of the bodies, of <paramref name="known"/> or of its successor; unsure is true.
    /// </summary>
    public bool Same(string cited, string known)
    {
        var issuers = Parts(known).ToList();
        var named = Body(_names.Canonicalize(cited));
        if (issuers.Count == 0 || named.Length == 0) return true;
        return issuers.Any(i => Starts(named, i) || _successors[i].Any(s => Starts(named, s)));
    }

    static bool Starts(string text, string name) =>
        text.StartsWith(name, StringComparison.Ordinal) && (text.Length == name.Length || text[name.Length] == ' ');

    /// <summary>The bodies a name holds: "Bộ Tài chính và Bộ Y tế" is two; "Bộ Lao động - Thương binh và Xã hội" is one.</summary>
    IEnumerable<string> Parts(string name)
    {
        var pieces = new List<string>();
        foreach (var piece in name.Split(','))
        {
            // "Bộ Công an, Bộ Quốc phòng" is two bodies; "Bộ Văn hóa, Thể thao và Du lịch" is one name.
            var first = VietnameseText.Key(piece).Split(' ', 2)[0];
            if (pieces.Count > 0 && !BodyStarts.Contains(first)) pieces[^1] += "," + piece;
            else pieces.Add(piece);
        }
        foreach (var part in pieces.SelectMany(p => SplitJoint(_names.Canonicalize(p).Trim())))
        {
            var body = Body(part);
            if (body.Length > 0) yield return body;
        }
    }

    /// <summary>Joint issuers are joined by "và" before a word that starts a body's name.</summary>
    static IEnumerable<string> SplitJoint(string key)
    {
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = 0;
        for (var i = 1; i < words.Length - 1; i++)
            if (words[i] == "va" && BodyStarts.Contains(words[i + 1]))
            {
                yield return string.Join(' ', words[start..i]);
                start = i + 1;
            }
        yield return string.Join(' ', words[start..]);
    }

    /// <summary>First words of a body's name after which "và" joins two issuers rather than two parts of one name.</summary>
    static readonly HashSet<string> BodyStarts = ["bo", "uy", "ngan", "toa", "vien", "kiem", "thanh", "chinh", "quoc", "thu", "van", "hoi", "tong"];

    string Body(string folded)
    {
        var key = " " + VietnameseText.Key(folded) + " ";
        foreach (var (from, to) in _roles)
            if (key.StartsWith(" " + from + " ", StringComparison.Ordinal) && key.Length > from.Length + 2)
            {
                key = " " + (to.Length > 0 ? to + " " : "") + key[(from.Length + 2)..];
                break;
            }
        foreach (var suffix in _suffixes)
            if (key.EndsWith(" " + suffix + " ", StringComparison.Ordinal)) key = key[..^(suffix.Length + 1)];
        return key.Trim();
    }
}
