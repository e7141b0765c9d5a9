using WordHelper.Core.Documents;
using WordHelper.Core.RulePack;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Agency;

/// <summary>
/// A fixed name of a body misspelt (agency-names.json): a wrong or missing diacritic ("Uỷ ban nhân dan", "Ủy bản nhân
/// dân"), a letter missing or wrong ("Hội đồng nhân dâ tỉnh") or a word dropped ("Ủy ban dân tỉnh", "Hội đồng dân
/// tỉnh"). Every accepted spelling ("Uỷ" and "Ủy") is left alone. A near miss that only resembles the name (a letter
/// off, a word missing) counts only when a unit word ("tỉnh", "xã" …) follows it, so that "Ủy ban Dân tộc" and
/// "Hội đồng Dân tộc" stay what they are. A longer name of agency-name-case.json with a word left out inside it is told
/// too (<see cref="NameWordDropped"/>). Quoted text is never reported; one finding per distinct misspelling.
/// </summary>
public sealed class AgencyNameSpellingRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-AGN-005"];

    /// <summary>A name is never misspelt from its start: the names are looked up by their first word, folded.</summary>
    static readonly PerPack<ILookup<string, NameForm>> ByFirstWord =
        new(pack => pack.FixedNames.Names.Select(n => new NameForm(n)).ToLookup(n => n.FirstFolded, StringComparer.Ordinal));

    /// <summary>
    /// Heads of names that open bodies' names with different second words ("Hội Nông dân", "Hội đồng nhân dân"): such a
    /// head before an abbreviation ("Hội LHTN") stands alone, no word left out.
    /// </summary>
    static readonly PerPack<HashSet<string>> StandsAlone = new(pack => pack.NameCases.Names
        .Select(n => VietnameseText.Fold(VietnameseText.Normalize(n)).Split(' '))
        .Where(w => w.Length >= 2)
        .GroupBy(w => w[0], StringComparer.Ordinal)
        .Where(g => g.Select(w => w[1]).Distinct(StringComparer.Ordinal).Count() > 1)
        .Select(g => g.Key)
        .ToHashSet(StringComparer.Ordinal));

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var names = context.Pack.FixedNames;
        var byFirstWord = ByFirstWord.For(context.Pack);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in context.TextParagraphs)
        {
            if (p.IsBlank) continue;
            var words = context.Words(p);
            for (var i = 0; i < words.Count; i++)
            {
                if (NameWordDropped.At(p.Text, words, i, context.Pack) is { } dropped)
                {
                    var (from, to) = (words[i].Start, words[i + dropped.Count - 1].End);
                    var shortened = p.Text[from..to];
                    if (!context.IsQuoted(p, from) && reported.Add(shortened.ToLower(VietnameseText.Vi)))
                        sink.Report("VB-AGN-005", p, shortened, suggestion: dropped.Name, fix: p.List is null ? new TextFix(p.Index, from, to - from, dropped.Name) : null,
                            args: [("text", shortened), ("name", dropped.Name), ("problem", $"thiếu chữ \"{dropped.Missing}\"")]);
                    i += dropped.Count - 1;
                    continue;
                }
                if (!byFirstWord.Contains(words[i].Folded)) continue;
                if (!StandsAlone.For(context.Pack).Contains(words[i].Folded) && WordAfterHead(p.Text, words, i, byFirstWord[words[i].Folded]) is { } second)
                {
                    var written = p.Text[words[i].Start..words[i + 1].End];
                    if (!context.IsQuoted(p, words[i].Start) && reported.Add(written.ToLower(VietnameseText.Vi)))
                    {
                        // "Ủy" takes "ban", "ỦY" takes "BAN".
                        var missing = words[i].Text.Length > 1 && VietnameseText.IsUpperText(words[i].Text) ? VietnameseText.Upper(second) : second;
                        var corrected = $"{words[i].Text} {missing} {words[i + 1].Text}";
                        var fix = p.List is null ? new TextFix(p.Index, words[i].End, 0, " " + missing) : null;
                        sink.Report("VB-AGN-005", p, written, suggestion: corrected, fix: fix,
                            args: [("text", written), ("name", corrected), ("problem", $"thiếu chữ \"{second}\"")]);
                    }
                    continue;
                }
                foreach (var name in byFirstWord[words[i].Folded])
                {
                    if (Misspelt(p.Text, words, i, name, names.UnitWords) is not { } miss) continue;
                    var (start, end) = (words[i].Start, words[i + miss.Count - 1].End);
                    var written = p.Text[start..end];
                    if (context.IsQuoted(p, start) || !reported.Add(written.ToLower(VietnameseText.Vi))) continue;
                    var fix = p.List is null ? new TextFix(p.Index, start, end - start, miss.Corrected) : null;
                    sink.Report("VB-AGN-005", p, written, suggestion: miss.Corrected, fix: fix,
                        args: [("text", written), ("name", miss.Corrected), ("problem", miss.Problem)]);
                    break;
                }
            }
        }
    }

    sealed record Miss(int Count, string Corrected, string Problem);

    /// <summary>
    /// The first word of a name straight before an abbreviation in capitals, its second word dropped: "Ủy MTTQVN xã"
    /// is "Ủy ban MTTQVN xã". The name's second word, to put back; null when the words are no such slip.
    /// </summary>
    static string? WordAfterHead(string text, IReadOnlyList<Word> words, int i, IEnumerable<NameForm> names)
    {
        // "Ủy" as a name's head within a sentence, not a line in capitals ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA").
        var head = words[i].Text;
        if (i + 1 >= words.Count || !Words.SpaceBetween(text, words[i], words[i + 1]) || head.Length < 2 || !char.IsUpper(head[0]) || char.IsUpper(head[1])) return null;
        var next = words[i + 1].Text;
        if (next.Length < 3 || !next.All(char.IsUpper)) return null;
        foreach (var name in names)
        {
            if (!name.Accepted.Any(a => a.Length >= 3 && a[0] == words[i].Lower)) continue;
            // "Ủy UBND", "Hội HĐND": the abbreviation of the name itself, not of what the name heads ("Ủy ban MTTQ").
            var initials = VietnameseText.Fold(string.Concat(name.Accepted[0].Take(2).Select(w => w[0])));
            return words[i + 1].Folded.StartsWith(initials, StringComparison.Ordinal) ? null : name.Accepted[0][1];
        }
        return null;
    }

    /// <summary>
    /// A fixed name's accepted spellings as words, its own spelling's words folded, and the same with each word after the
    /// first dropped in turn ("Uy", "Ủy", "Uỷ", "ỦY" fold alike).
    /// </summary>
    sealed class NameForm(FixedAgencyName name)
    {
        public IReadOnlyList<string[]> Accepted { get; } = name.Spellings.Select(s => s.Split(' ')).ToList();
        public string[] Folded { get; } = name.Spellings[0].Split(' ').Select(VietnameseText.Fold).ToArray();
        public string FirstFolded => Folded[0];
        /// <summary>The folded words without word <c>drop</c>, for drop = 1 … n − 1 (index drop − 1).</summary>
        public IReadOnlyList<string[]> Shortened { get; } = Enumerable.Range(1, name.Spellings[0].Split(' ').Length - 1)
            .Select(drop => name.Spellings[0].Split(' ').Where((_, j) => j != drop).Select(VietnameseText.Fold).ToArray()).ToList();
    }

    /// <summary>The words from <paramref name="i"/> on, in lower case, are one of the name's accepted spellings (most are).</summary>
    static bool IsAccepted(IReadOnlyList<Word> words, int i, IReadOnlyList<string[]> accepted)
    {
        foreach (var spelling in accepted)
        {
            var same = true;
            for (var j = 0; j < spelling.Length && same; j++) same = words[i + j].Lower == spelling[j];
            if (same) return true;
        }
        return false;
    }

    /// <summary>The words from <paramref name="i"/> on are a misspelling of the name: how many, and the correction.</summary>
    static Miss? Misspelt(string text, IReadOnlyList<Word> words, int i, NameForm name, IReadOnlyList<string> unitWords)
    {
        var accepted = name.Accepted;
        var expected = accepted[0];
        var k = expected.Length;

        if (Words.Run(text, words, i, k))
        {
            if (IsAccepted(words, i, accepted)) return null;
            var whole = words.Skip(i).Take(k).ToList();
            var distance = whole.Select((w, j) => Distance(w.Folded, name.Folded[j])).Sum();
            if (distance == 0 || distance == 1 && NameCase.UnitFollows(text, words, i + k - 1, unitWords))
                return new Miss(k, Correct(whole, accepted), distance == 0 ? "sai dấu" : "sai chính tả");
        }
        // A word dropped, the first kept: "Ủy ban dân tỉnh", "Ủy nhân dân tỉnh", "Hội đồng nhân tỉnh".
        if (k >= 3 && Words.Run(text, words, i, k - 1) && NameCase.UnitFollows(text, words, i + k - 2, unitWords))
        {
            var window = words.Skip(i).Take(k - 1).ToList();
            for (var drop = 1; drop < k; drop++)
            {
                if (!window.Select(w => w.Folded).SequenceEqual(name.Shortened[drop - 1])) continue;
                var upper = VietnameseText.IsUpperText(text[window[0].Start..window[^1].End]);
                var corrected = string.Join(' ', expected.Select((e, j) =>
                    j < drop ? Keep(window[j], accepted, j) : j == drop ? (upper ? VietnameseText.Upper(e) : e) : Keep(window[j - 1], accepted, j)));
                return new Miss(k - 1, corrected, $"thiếu chữ \"{expected[drop]}\"");
            }
        }
        return null;
    }

    /// <summary>Each word as written when it is an accepted spelling there, else the name's own word cased as written.</summary>
    static string Correct(IReadOnlyList<Word> window, IReadOnlyList<string[]> accepted) =>
        string.Join(' ', window.Select((w, j) => Keep(w, accepted, j)));

    static string Keep(Word w, IReadOnlyList<string[]> accepted, int position)
    {
        if (accepted.Any(a => a[position] == w.Lower)) return w.Text;
        return VietnameseText.CasedLike(w.Text, accepted[0][position]);
    }

    /// <summary>Levenshtein distance of two short words.</summary>
    static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var x = 0; x <= a.Length; x++) d[x, 0] = x;
        for (var y = 0; y <= b.Length; y++) d[0, y] = y;
        for (var x = 1; x <= a.Length; x++)
            for (var y = 1; y <= b.Length; y++)
                d[x, y] = Math.Min(Math.Min(d[x - 1, y] + 1, d[x, y - 1] + 1), d[x - 1, y - 1] + (a[x - 1] == b[y - 1] ? 0 : 1));
        return d[a.Length, b.Length];
    }
}
