using WordHelper.Core.Documents;
using WordHelper.Core.RulePack;
using WordHelper.Core.Rules.Spelling;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Format;

/// <summary>
/// A word typed twice by mistake: "Sở Sở Tài chính", "của của", "và và", "công tác công tác", "nghiên nghiên cứu".
/// Vietnamese repeats words on purpose ("thường thường", "từ từ", "nhà nhà") and a word may end a compound that its copy
/// follows ("cán bộ Bộ Nội vụ", "cấp trên trên cơ sở"), so a single word is reported when formulas.json lists it
/// (function words that end no compound, and the heads of names of bodies when both copies are capitalised alike) or when
/// its second copy begins a compound the first joins nothing to ("chính chính phủ"), follows a function word ("hoặc bị bị
/// trừ") or introduces a number ("số số 46"); a compound of two syllables is reported
/// when written twice running, and so is a phrase of three to five words ("đối với các đối với các"). Never a listed
/// reduplication nor quoted text.
/// </summary>
public sealed class DoubledWordRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-FMT-010"];

    /// <summary>The words of formulas.json as compared: in lower case, and the capitalised heads as written.</summary>
    sealed record DoubledWords(HashSet<string> Never, HashSet<string> Capitalised, HashSet<string> Reduplicated);

    static readonly PerPack<DoubledWords> Listed = new(pack => new DoubledWords(
        pack.Formulas.NeverDoubled.Select(Lower).ToHashSet(StringComparer.Ordinal),
        pack.Formulas.NeverDoubledCapitalised.Select(VietnameseText.Normalize).ToHashSet(StringComparer.Ordinal),
        pack.Formulas.Reduplications.Select(Lower).ToHashSet(StringComparer.Ordinal)));

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var (never, capitalised, reduplicated) = Listed.For(context.Pack);
        var vocabulary = PairVocabulary.For(context.Pack);
        var names = Recipients.AgencyNames.For(context.Pack);
        var places = context.Pack.Phrases.PlaceWords;
        // The draft's own pairs, counted only when a doubled word needs them: a compound it writes elsewhere is one.
        Dictionary<(string, string), int>? drafted = null;
        int Drafted(string a, string b) => (drafted ??= DraftedPairs(context)).GetValueOrDefault((a, b));
        foreach (var p in context.TextParagraphs)
        {
            if (p.IsBlank) continue;
            var words = context.Words(p);
            for (var i = 1; i < words.Count; i++)
            {
                var (a, b) = (words[i - 1], words[i]);
                if (!Words.SpaceBetween(p.Text, a, b) || context.IsQuoted(p, a.Start)) continue;
                if (DoubledPhrase(p, words, i) is { } phrase)
                {
                    Report(sink, p, a, words[i + phrase - 2], words[i + phrase - 1], words[i + 2 * phrase - 2]);
                    i += 2 * phrase - 2;
                    continue;
                }
                if (DoubledCompound(p, words, i, vocabulary, names, places) is { } last)
                {
                    Report(sink, p, a, b, words[last - 1], words[last]);
                    i = last;
                    continue;
                }
                var word = a.Lower;
                if (word != b.Lower) continue;
                var beforeNumber = a.Text == b.Text && IntroducesNumber(p.Text, b);
                if (!beforeNumber && reduplicated.Contains(word + " " + word)) continue;
                var listed = never.Contains(word) || (a.Text == b.Text && capitalised.Contains(a.Text));
                if (!listed && !beforeNumber && !(a.Text == b.Text && (HalfOfCompound(p, words, i, vocabulary, Drafted) || AfterFunctionWord(p, words, i, vocabulary)))) continue;
                Report(sink, p, a, a, b, b);
                i++; // "và và và" is one slip
            }
        }
    }

    /// <summary>
    /// "khu vực khu vực": the compound at <paramref name="i"/> − 1 written again right after it; the index of the copy's
    /// last word, or null.
    /// </summary>
    static int? DoubledCompound(DraftParagraph p, IReadOnlyList<Word> words, int i, PairVocabulary vocabulary, Recipients.AgencyNames names, IReadOnlyList<string> places)
    {
        if (i + 2 >= words.Count) return null;
        var (a, b, c, d) = (words[i - 1], words[i], words[i + 1], words[i + 2]);
        // Written alike: "Phòng Kế hoạch - Tổng hợp tổng hợp" is a name and then a verb. A copy that only capitalises its
        // first letter ("tổ chức Tổ chức Hội trại") is typed twice too, unless it opens the name of a body ("công an Công an xã").
        var recased = a.Text != c.Text && char.IsLower(a.Text[0]) && c.Text == char.ToUpperInvariant(a.Text[0]) + a.Text[1..]
            && !OpensName(p.Text, c.Start, i + 3 < words.Count ? words[i + 3] : null, names, places);
        if (a.Text != c.Text && !recased || b.Text != d.Text || a.Lower == b.Lower) return null;
        if (!Words.Run(p.Text, words, i, 3)) return null;
        return vocabulary.IsCompound(a.SyllableKey, b.SyllableKey) ? i + 2 : null;
    }

    /// <summary>A body's name opens at <paramref name="at"/>: one the pack knows, or a head followed by its level ("Công an xã").</summary>
    static bool OpensName(string text, int at, Word? after, Recipients.AgencyNames names, IReadOnlyList<string> places) =>
        names.Mentions(text[at..]).FirstOrDefault() is { Start: 0 } || after is not null && places.Contains(after.Lower);

    /// <summary>
    /// "Đối với các đối với các": three to five words typed again at once, which Vietnamese never repeats on purpose
    /// (its reduplications are of one or two syllables); the number of words, or null.
    /// </summary>
    static int? DoubledPhrase(DraftParagraph p, IReadOnlyList<Word> words, int i)
    {
        for (var n = LongestDoubledPhrase; n >= 3; n--)
        {
            var first = i - 1;
            if (first + 2 * n > words.Count) continue;
            var same = true;
            for (var k = 0; k < n && same; k++) same = words[first + k].Lower == words[first + n + k].Lower;
            // Vietnamese writing only: a sample of English filler repeats itself on purpose.
            if (same && Words.Run(p.Text, words, first, 2 * n) && VietnameseLetters.HasVietnameseSpecific(p.Text.AsSpan(words[first].Start, words[first + n - 1].End - words[first].Start))) return n;
        }
        return null;
    }

    const int LongestDoubledPhrase = 5;

    /// <summary>
    /// The doubled word at <paramref name="i"/> − 1 and <paramref name="i"/> begins a compound with the word after it
    /// while its first copy ends no phrase before ("chính chính phủ", "nghiên nghiên cứu"): the first copy is a slip. A
    /// copy after a compound that ends with the word may be a word of its own ("thiết bị bị hỏng"), so that side is not
    /// judged; nor is a copy that, with other marks, makes a compound before it ("hệ thống thống tin" is "thông tin"), nor
    /// one that makes a compound the draft writes elsewhere ("khoảng cách cách ly").
    /// </summary>
    static bool HalfOfCompound(DraftParagraph p, IReadOnlyList<Word> words, int i, PairVocabulary vocabulary, Func<string, string, int> drafted)
    {
        if (Words.After(p.Text, words, i) is not { } after) return false;
        var word = words[i].SyllableKey;
        if (vocabulary.IsPhrase(word, word) || !vocabulary.IsCompound(word, after.SyllableKey)) return false;
        if (Words.Before(p.Text, words, i - 1) is not { } before) return true;
        var beforeSyllable = before.SyllableKey;
        // "hành vi vi phạm", not "của chính chính phủ"; "khoảng cách cách ly" where the draft writes "khoảng cách" elsewhere too.
        var joined = (vocabulary.IsPhrase(beforeSyllable, word) || drafted(beforeSyllable, word) > 1) && !vocabulary.IsFunctionWord(beforeSyllable);
        return !joined && !vocabulary.IsCompoundWhenFolded(before.Folded, words[i - 1].Folded);
    }

    /// <summary>
    /// The first copy follows a function word, so it ends no compound ("hoặc bị bị trừ điểm", not "thiết bị bị hỏng"),
    /// and the pair is no phrase of the language: typed twice.
    /// </summary>
    static bool AfterFunctionWord(DraftParagraph p, IReadOnlyList<Word> words, int i, PairVocabulary vocabulary)
    {
        if (Words.Before(p.Text, words, i - 1) is not { } before || !vocabulary.IsFunctionWord(before.SyllableKey)) return false;
        var word = words[i].SyllableKey;
        return !vocabulary.IsPhrase(word, word) && !vocabulary.IsPhrase(before.SyllableKey, word);
    }

    /// <summary>How often the draft writes each pair of syllables side by side.</summary>
    static Dictionary<(string, string), int> DraftedPairs(CheckContext context)
    {
        var pairs = new Dictionary<(string, string), int>();
        foreach (var p in context.TextParagraphs)
        {
            var words = context.Words(p);
            for (var k = 1; k < words.Count; k++)
                if (Words.SpaceBetween(p.Text, words[k - 1], words[k]))
                {
                    var key = (words[k - 1].SyllableKey, words[k].SyllableKey);
                    pairs[key] = pairs.GetValueOrDefault(key) + 1;
                }
        }
        return pairs;
    }

    /// <summary>
    /// The doubled word introduces a number ("Chỉ thị số số 46-CT/TW", "ngày ngày 15/5"): Vietnamese repeats a word
    /// for emphasis or plurality ("ngày ngày"), never before a figure.
    /// </summary>
    static bool IntroducesNumber(string text, Word second)
    {
        var at = second.End;
        if (at >= text.Length || text[at] != ' ') return false;
        while (at < text.Length && text[at] == ' ') at++;
        return at < text.Length && char.IsAsciiDigit(text[at]);
    }

    /// <summary>The words from <paramref name="first"/> to <paramref name="firstEnd"/> typed again as <paramref name="second"/>…<paramref name="secondEnd"/>.</summary>
    static void Report(FindingSink sink, DraftParagraph p, Word first, Word firstEnd, Word second, Word secondEnd)
    {
        var written = p.Text[first.Start..secondEnd.End];
        var once = p.Text[first.Start..firstEnd.End];
        // Dropping the second copy and the space before it leaves the first as typed.
        var fix = p.List is null ? new TextFix(p.Index, firstEnd.End, secondEnd.End - firstEnd.End, "") : null;
        sink.Report("VB-FMT-010", p, Words.Around(p.Text, first.Start, secondEnd.End), suggestion: once, fix: fix,
            args: [("text", written), ("word", once)]);
    }

    static string Lower(string s) => VietnameseText.Normalize(s).ToLower(VietnameseText.Vi);
}
