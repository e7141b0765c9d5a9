using WordHelper.Core.Documents;
using WordHelper.Core.RulePack;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Spelling;

/// <summary>
/// Two words the draft writes one way, capitalised otherwise once within a sentence: "về Tài chính" where it writes
/// "tài chính" a dozen times, "Trong năm 2025, Tỉnh đã" beside "tỉnh đã", "của Liên Đoàn" beside "Liên đoàn"; and a
/// name of a body the draft capitalises, once in lower case ("so với chính phủ giao"). A capital after a capitalised
/// word or before one belongs to a name ("Sở Tài chính"), and words a drafter capitalises when meaning one particular
/// document, body, office or event ("thực hiện Kế hoạch", "của Hội", "đồng chí Chủ tịch") are listed in word-pairs.json
/// and left alone, as are the starts of sentences, text in capitals and quotations. One finding per way of writing.
/// </summary>
public sealed class CapitalSlipRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-CON-021"];

    /// <summary>The draft's usual writing must be this frequent, and this many times as frequent as the odd one.</summary>
    const int UsualAtLeast = 3;
    const int TimesAsOften = 3;

    /// <summary>Two words within a sentence; after a function word ("về", "của") no name of a body can start.</summary>
    sealed record Occurrence(DraftParagraph Paragraph, Word First, Word Second, bool AfterFunctionWord);

    /// <summary>Which of the two words begin with a capital.</summary>
    readonly record struct Shape(bool First, bool Second);

    sealed record Lists(HashSet<string> AtWill, HashSet<string> Names, HashSet<string> FunctionWords);

    static readonly PerPack<Lists> Listed = new(pack => new Lists(
        // A longer entry is told by its first two words ("khu công nghiệp": "Khu công").
        pack.WordPairs.CapitalisedAtWill.Select(w => Key(string.Join(" ", w.Split(' ').Take(2)))).ToHashSet(StringComparer.Ordinal),
        pack.NameCases.Names.Where(n => Words.Split(n).Count == 2).Select(Key).ToHashSet(StringComparer.Ordinal),
        // "và" joins the words of a name ("Sở Khoa học và Công nghệ").
        pack.WordPairs.FunctionWords.Select(w => VietnameseText.Normalize(w).ToLowerInvariant()).Where(w => w != "và").ToHashSet(StringComparer.Ordinal)));

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var lists = Listed.For(context.Pack);
        // Only a pair written with a capital somewhere may hold a slip: a first pass finds them (most pairs of a draft
        // are in lower case only), a second counts every writing of those, keeping the places of writings with a capital.
        var capitalised = new HashSet<(string, string)>();
        var firstWords = new HashSet<int>();
        foreach (var (_, a, b, _) in Pairs(context))
        {
            if (!char.IsUpper(a.Text[0]) && !char.IsUpper(b.Text[0])) continue;
            capitalised.Add((a.Lower, b.Lower));
            firstWords.Add(a.LowerHash);
        }
        var tallies = new Dictionary<(string, string), Tally>();
        foreach (var (p, a, b, before) in Pairs(context))
        {
            if (!firstWords.Contains(a.LowerHash) || !capitalised.Contains((a.Lower, b.Lower))) continue;
            var key = (a.Lower, b.Lower);
            ref var tally = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(tallies, key, out _);
            tally ??= new Tally();
            tally.Add(p, a, b, before, lists.FunctionWords);
        }

        foreach (var tally in tallies.Values)
        {
            if (!tally.HasCapital || tally.Total <= UsualAtLeast) continue;
            var usual = tally.Usual;
            var usualCount = tally.Count(usual);
            if (usualCount < UsualAtLeast) continue;
            var (first, second) = (tally.Sample(usual).First.SyllableKey, tally.Sample(usual).Second.SyllableKey);
            foreach (var odd in tally.Shapes)
            {
                if (odd == usual || usualCount < TimesAsOften * tally.Count(odd)) continue;
                var oddOccurrences = tally.Kept(odd);
                var slip = oddOccurrences.FirstOrDefault(o => !context.IsQuoted(o.Paragraph, o.First.Start) && IsSlip(usual, odd, o, first, second, lists));
                if (slip is null) continue;
                Report(context, sink, slip, tally.Sample(usual), usualCount, oddOccurrences);
            }
        }
    }

    /// <summary>How often each way of capitalising a pair is written; the writings with a capital, and one sample of each, kept.</summary>
    sealed class Tally
    {
        readonly int[] _counts = new int[4];
        readonly Occurrence?[] _samples = new Occurrence?[4];
        List<Occurrence>?[]? _kept;

        public void Add(DraftParagraph p, Word a, Word b, Word? before, HashSet<string> functionWords)
        {
            var shape = new Shape(char.IsUpper(a.Text[0]), char.IsUpper(b.Text[0]));
            var i = Index(shape);
            _counts[i]++;
            // Lower-case writings are kept too once the pair has a capital, for a name written in lower case.
            var keep = shape.First || shape.Second || HasCapital;
            if (_samples[i] is not null && !keep) return;
            var o = new Occurrence(p, a, b, before is { } w && functionWords.Contains(w.Lower));
            _samples[i] ??= o;
            if (keep) ((_kept ??= new List<Occurrence>?[4])[i] ??= []).Add(o);
        }

        public bool HasCapital => _counts[1] + _counts[2] + _counts[3] > 0;
        public int Total => _counts[0] + _counts[1] + _counts[2] + _counts[3];
        public int Count(Shape s) => _counts[Index(s)];
        public Occurrence Sample(Shape s) => _samples[Index(s)]!;
        public IReadOnlyList<Occurrence> Kept(Shape s) => _kept?[Index(s)] is { } kept ? kept : _samples[Index(s)] is { } one ? [one] : [];
        public Shape Usual => Shapes.MaxBy(Count);
        public IEnumerable<Shape> Shapes => Enumerable.Range(0, 4).Where(i => _counts[i] > 0).Select(i => new Shape(i >= 2, i % 2 == 1));

        static int Index(Shape s) => (s.First ? 2 : 0) + (s.Second ? 1 : 0);
    }

    /// <summary>
    /// A common noun capitalised where no name can start (after a function word, or standing alone before one), a later
    /// word of a name capitalised that the name writes in lower case ("Liên Đoàn" for "Liên đoàn"), unless a drafter
    /// may capitalise the words at will; or a body's name the pack knows put in lower case.
    /// </summary>
    static bool IsSlip(Shape usual, Shape odd, Occurrence slip, string first, string second, Lists lists)
    {
        var pair = first + " " + second;
        var atWill = lists.AtWill.Contains(first) || lists.AtWill.Contains(pair);
        if (odd.First && !usual.First)
            return !atWill && (odd.Second || !usual.Second) && (slip.AfterFunctionWord || lists.FunctionWords.Contains(slip.Second.Lower));
        // After a word that heads a name ("Luật", "Phó"), the next word's capital is the name's own ("Luật Bầu cử").
        if (odd.First && usual.First) return !lists.AtWill.Contains(first) && odd.Second && !usual.Second;
        return usual.First && !odd.First && odd.Second == usual.Second && lists.Names.Contains(pair);
    }

    /// <summary>Two words within a sentence, neither beside a capitalised word, with the word before them.</summary>
    static IEnumerable<(DraftParagraph Paragraph, Word First, Word Second, Word? Before)> Pairs(CheckContext context)
    {
        foreach (var p in context.TextParagraphs)
        {
            if (p.IsBlank || VietnameseText.IsUpperText(p.Text)) continue;
            var words = context.Words(p);
            for (var i = 1; i < words.Count; i++)
            {
                var (a, b) = (words[i - 1], words[i]);
                if (!Words.SpaceBetween(p.Text, a, b) || !char.IsLetter(a.Text[0]) || !char.IsLetter(b.Text[0])) continue;
                var before = Words.Before(p.Text, words, i - 1);
                if (!WithinSentence(p.Text, words, i - 1) || Capitalised(before) || Capitalised(Words.After(p.Text, words, i))) continue;
                yield return (p, a, b, before);
            }
        }
    }

    static bool Capitalised(Word? w) => w is { } word && char.IsUpper(word.Text[0]);

    /// <summary>
    /// A word within a sentence: after a letter, a digit or a comma, not first in its paragraph nor after a full stop,
    /// colon, semicolon, bracket, dash or quotation mark, where a capital is the writer's to choose.
    /// </summary>
    static bool WithinSentence(string text, IReadOnlyList<Word> words, int i)
    {
        var at = words[i].Start - 1;
        while (at >= 0 && char.IsWhiteSpace(text[at])) at--;
        return at >= 0 && (char.IsLetterOrDigit(text[at]) || text[at] == ',');
    }

    static void Report(CheckContext context, FindingSink sink, Occurrence slip, Occurrence usual, int usualCount, IReadOnlyList<Occurrence> all)
    {
        var text = slip.Paragraph.Text;
        var written = text[slip.First.Start..slip.Second.End];
        var usualText = usual.Paragraph.Text[usual.First.Start..usual.Second.End];
        // The slip's own letters, capitalised as the draft usually writes them.
        var corrected = VietnameseText.CasedLike(usual.First.Text, slip.First.Text) + text[slip.First.End..slip.Second.Start]
            + VietnameseText.CasedLike(usual.Second.Text, slip.Second.Text);
        var fix = new TextFix(slip.Paragraph.Index, slip.First.Start, written.Length, corrected);
        sink.Report("VB-CON-021", slip.Paragraph, written, corrected, fix: fix,
            args: [("word", written), ("usual", usualText), ("count", usualCount.ToString()), ("where", Places.Listed(context, all.Select(o => o.Paragraph)))]);
    }

    static string Key(string words) => string.Join(" ", PairVocabulary.Syllables(words));
}
