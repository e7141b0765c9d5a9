using WordHelper.Core.Documents;
using WordHelper.Core.RulePack;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Agency;

/// <summary>
/// A centrally-run city called a province: "UBND tỉnh Hà Nội", "Ủy ban nhân dân tỉnh Thành phố Hải Phòng". Hà Nội,
/// Hồ Chí Minh, Hải Phòng, Đà Nẵng, Cần Thơ and Huế are "thành phố" (agency-names.json, with the day each became
/// one: "tỉnh Cần Thơ" in a draft before 2004, or beside a citation of a document of then, is history). Only "tỉnh" directly before the city's name is read, so
/// "tỉnh Thừa Thiên Huế" and "các tỉnh, thành phố" stay as written.
/// </summary>
public sealed class CityAsProvinceRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-AGN-006"];

    /// <summary>Each spelling of a centrally-run city with the date it became one, and the words for "city", as folded words.</summary>
    sealed record CityNames(List<(CentralCity City, DraftDate Since, string[] Key)> Spellings, List<string[]> CityWords);

    static readonly PerPack<CityNames> Folded = new(pack => new CityNames(
        pack.FixedNames.CentralCities
            .SelectMany(c => c.Spellings.Select(s => (c, DraftDate.From(DateOnly.Parse(c.Since)), VietnameseText.Key(s).Split(' '))))
            .ToList(),
        pack.FixedNames.CityWords.Select(w => VietnameseText.Key(w).Split(' ')).ToList()));

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var names = context.Pack.FixedNames;
        var province = names.ProvinceWord.ToLower(VietnameseText.Vi);
        var folded = Folded.For(context.Pack);
        var cities = folded.Spellings.Where(c => !c.Since.IsCertainlyAfter(context.EffectiveDate)).ToList();
        var citedDates = context.Citations.Where(c => c.Date is not null).ToLookup(c => c.Paragraph, c => c.Date!.Value);
        var cityWords = folded.CityWords;
        var reported = new HashSet<string>(StringComparer.Ordinal);

        foreach (var p in context.TextParagraphs)
        {
            if (p.IsBlank) continue;
            var words = context.Words(p);
            for (var i = 0; i + 1 < words.Count; i++)
            {
                if (words[i].Lower != province || !Words.SpaceBetween(p.Text, words[i], words[i + 1])) continue;
                if (CityAfter(p.Text, words, i + 1, cities, cityWords) is not ({ } at, var hit)) continue;
                // Beside a document older than the city, "tỉnh Cần Thơ" may be the issuer's name of the time.
                if (CitesOlder(citedDates[p.Index], hit.Since)) continue;
                var end = words[at + hit.Key.Length - 1].End;
                var written = p.Text[words[i].Start..end];
                if (context.IsQuoted(p, words[i].Start) || !reported.Add(written.ToLower(VietnameseText.Vi))) continue;
                var cityName = p.Text[words[at].Start..end];
                var replacement = VietnameseText.CasedLike(words[i].Text, names.CityWord) + " ";
                var corrected = replacement + cityName;
                var fix = p.List is null ? new TextFix(p.Index, words[i].Start, words[at].Start - words[i].Start, replacement) : null;
                sink.Report("VB-AGN-006", p, written, suggestion: corrected, fix: fix,
                    args: [("text", written), ("city", hit.City.Name), ("expected", corrected)]);
            }
        }
    }

    /// <summary>
    /// The city named from word <paramref name="at"/> on, with where its name starts: "tỉnh Thành phố Hải Phòng", "tỉnh
    /// TP. Hồ Chí Minh" have the city word typed after "tỉnh", which goes too.
    /// </summary>
    static (int NameAt, (CentralCity City, DraftDate Since, string[] Key) Spelling)? CityAfter(string text, IReadOnlyList<Word> words, int at,
        List<(CentralCity City, DraftDate Since, string[] Key)> cities, List<string[]> cityWords)
    {
        foreach (var word in cityWords)
            if (Matches(words, at, word) && Joined(text, words, at, word.Length + 1)) { at += word.Length; break; }
        foreach (var city in cities)
            if (Matches(words, at, city.Key) && Joined(text, words, at, city.Key.Length) && !Continues(text, words, at + city.Key.Length - 1))
                return (at, city);
        return null;
    }

    static bool CitesOlder(IEnumerable<DraftDate> cited, DraftDate since)
    {
        foreach (var date in cited) if (date.CompareTo(since) < 0) return true;
        return false;
    }

    static bool Matches(IReadOnlyList<Word> words, int at, string[] key)
    {
        if (at + key.Length > words.Count) return false;
        for (var j = 0; j < key.Length; j++) if (words[at + j].Folded != key[j]) return false;
        return true;
    }

    /// <summary>The <paramref name="count"/> words from <paramref name="at"/> on are one phrase: spaces, or "TP." before a name.</summary>
    static bool Joined(string text, IReadOnlyList<Word> words, int at, int count)
    {
        for (var j = at + 1; j < at + count && j < words.Count; j++)
        {
            var gap = text[words[j - 1].End..words[j].Start];
            if (gap.Trim().Length > 0 && gap.Trim() != ".") return false;
        }
        return true;
    }

    /// <summary>The name goes on ("Hà Nội Mới"): a capitalised word follows with only a space between.</summary>
    static bool Continues(string text, IReadOnlyList<Word> words, int last) =>
        Words.After(text, words, last) is { } next && char.IsUpper(next.Text[0])
        && !VietnameseText.IsUpperText(words[last].Text);
}
