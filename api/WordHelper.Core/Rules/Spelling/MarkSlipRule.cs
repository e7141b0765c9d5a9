using WordHelper.Core.Documents;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Spelling;

/// <summary>
/// Two syllables the language never writes side by side, one mark away from a compound it writes often: "tam giam"
/// (tạm giam), "tuyên truyên" (tuyên truyền), "phố biến" (phổ biến), "như cầu" (nhu cầu); one letter away from a
/// common word of the rule pack, when the syllable written is no word of its own ("chuyên muôn", "Thường tực"); or one
/// letter short of a frequent compound of the summaries, word of its own or not ("khoán sản", "sử đổi"); or written by the
/// summaries themselves only as a rare slip beside their compound ("quy đinh"). Each
/// syllable is a word, so only the language's compounds (<see cref="PairVocabulary"/>) tell the slip; a vocabulary
/// learnt from legal summaries misses words of everyday drafting, so the finding is information, for the drafter to
/// confirm. Left alone: a pair the summaries or the rule pack write at all, a change of a function word, a syllable
/// that goes with its other neighbour ("văn bản đó", "một số nơi"), a name and quoted text. Where the syllable check
/// or the draft's own usage (<see cref="OddSpellingRule"/>) reports the same words, theirs is the finding the drafter reads.
/// </summary>
public sealed class MarkSlipRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-CON-017"];

    /// <summary>The compound must be this common in the summaries for a pair never written to be taken as its slip.</summary>
    const int CompoundSeenAtLeast = 8;

    /// <summary>How many times as common as a pair the summaries write its compound must be for the pair to be its slip.</summary>
    const int RareBesideCompound = 100;

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var vocabulary = PairVocabulary.For(context.Pack);
        foreach (var p in context.TextParagraphs)
        {
            if (p.IsBlank) continue;
            var words = context.Words(p);
            var upper = VietnameseText.IsUpperText(p.Text);
            for (var i = 1; i < words.Count; i++)
            {
                var (a, b) = (words[i - 1], words[i]);
                if (!Words.SpaceBetween(p.Text, a, b) || !upper && (IsAbbreviation(a) || IsAbbreviation(b))) continue;
                var (sa, sb) = (a.SyllableKey, b.SyllableKey);
                if (Intended(vocabulary, a, b, sa, sb) is not { } compound) continue;
                var firstChanged = sa != compound.First;
                if (firstChanged == (sb != compound.Second)) continue; // both differ: another pair of words
                var changed = firstChanged ? a : b;
                var writtenSyllable = firstChanged ? sa : sb;
                if (vocabulary.IsFunctionWord(writtenSyllable)) continue;
                // A capital within a sentence, or on both words, is a name's ("huyện Văn Bàn", "Nguyễn Nhân"), unless the
                // compound meant is a body's name written so ("Thủ tướng Chinh phủ" is "Chính phủ").
                if (!upper && char.IsUpper(changed.Text[0]) && (changed.Start > 0 || char.IsUpper(a.Text[0]) && char.IsUpper(b.Text[0]))
                    && !CapitalisedNames.For(context.Pack).Contains((compound.First, compound.Second))) continue;
                // A syllable the language never writes belongs with no neighbour: "nổ công ghiệp" is "công nghiệp", though "nổ công" is written.
                if (vocabulary.IsWritten(writtenSyllable) && BelongsElsewhere(context, p.Text, words, i, compound, firstChanged, vocabulary)) continue;
                if (context.IsQuoted(p, changed.Start) && !context.IsQuotedName(p, changed.Start)) continue;
                if (vocabulary.Written(firstChanged ? compound.First : compound.Second) is not { } right) continue;
                Report(sink, p, a, b, changed, right);
                i++;
            }
        }
    }

    /// <summary>Names of bodies of two words that are written with a capital (agency-name-case.json: "Chính phủ", "Quốc hội"), as syllable keys.</summary>
    static readonly RulePack.PerPack<HashSet<(string, string)>> CapitalisedNames = new(pack => pack.NameCases.Names
        .Select(n => Words.Split(VietnameseText.Normalize(n)))
        .Where(w => w.Count == 2 && char.IsUpper(w[0].Text[0]))
        .Select(w => (w[0].SyllableKey, w[1].SyllableKey))
        .ToHashSet());

    /// <summary>"UBND", "HĐND" within a sentence: an abbreviation is no syllable of a compound.</summary>
    static bool IsAbbreviation(Word w) => w.Text.Length > 1 && char.IsUpper(w.Text[1]);

    /// <summary>
    /// The compound a pair never written slips from: one a mark away, common in the summaries or the pack's common words
    /// ("tuyên truyên"), or a common word one letter away ("công khau"); null for a pair the language writes.
    /// </summary>
    static (string First, string Second)? Intended(PairVocabulary vocabulary, Word a, Word b, string sa, string sb)
    {
        if (vocabulary.IsKnown(sa, sb)) return null;
        if (vocabulary.Seen(sa, sb) is var seen and > 0)
        {
            // The summaries slip too, now and then ("quy đinh" 3 times beside "quy định" 2,930): a pair written that
            // rarely beside its compound is still the compound mistyped.
            return vocabulary.CommonestCompound(a.Folded, b.Folded) is { } usual && (usual.First, usual.Second) != (sa, sb)
                && seen * RareBesideCompound <= usual.Seen ? (usual.First, usual.Second) : null;
        }
        if (vocabulary.CommonestCompound(a.Folded, b.Folded) is { } compound)
        {
            if (compound.Seen < CompoundSeenAtLeast || (sa, sb) == (compound.First, compound.Second)) return null;
            // Most pairs found are the compound itself, written as the summaries write it: no syllable to take apart.
            if (a.Lower == vocabulary.Written(compound.First) && b.Lower == vocabulary.Written(compound.Second)) return null;
            return (compound.First, compound.Second);
        }
        return vocabulary.CommonWordOneLetterAway(a.Lower, b.Lower, sa, sb) ?? vocabulary.FrequentCompoundOneLetterAway(sa, sb);
    }

    /// <summary>
    /// Either syllable goes with its other neighbour: the changed one in a phrase ("trại tam" is not judged, "văn bản
    /// đó" is "văn bản" then "đó"), the unchanged one too ("thi công vẫn", "biểu quyết tán thành") unless the three
    /// make the common word meant ("tải sử dụng" is "tái sử dụng").
    /// </summary>
    static bool BelongsElsewhere(CheckContext context, string text, IReadOnlyList<Word> words, int i, (string First, string Second) meant, bool firstChanged, PairVocabulary vocabulary)
    {
        var (sa, sb) = (words[i - 1].SyllableKey, words[i].SyllableKey);
        var before = Words.Before(text, words, i - 1) is { } x ? x.SyllableKey : null;
        var after = Words.After(text, words, i) is { } y ? y.SyllableKey : null;
        return firstChanged
            ? before is not null && vocabulary.IsPhrase(before, sa)
              || after is not null && vocabulary.IsPhrase(sb, after) && !vocabulary.IsCommonWord(meant.First, sb, after) && !Outweighs(vocabulary, (meant.First, sb), (sb, after))
            : after is not null && vocabulary.IsPhrase(sb, after)
              || before is not null && vocabulary.IsPhrase(before, sa) && !vocabulary.IsCommonWord(before, sa, meant.Second) && !Outweighs(vocabulary, (sa, meant.Second), (before, sa));
    }

    /// <summary>
    /// The compound meant is far more common than the phrase its kept syllable makes with the other neighbour, which the
    /// pack does not list: "chuyên muôn" in "cơ quan chuyên muôn" is "chuyên môn", though "quan chuyên" is written too.
    /// </summary>
    static bool Outweighs(PairVocabulary vocabulary, (string, string) meant, (string, string) neighbour) =>
        !vocabulary.IsKnown(neighbour.Item1, neighbour.Item2) && vocabulary.Seen(meant.Item1, meant.Item2) >= MeantOutweighs * vocabulary.Seen(neighbour.Item1, neighbour.Item2);

    /// <summary>How many times as common the compound meant must be as the neighbour's phrase to override it.</summary>
    const int MeantOutweighs = 5;

    static void Report(FindingSink sink, DraftParagraph p, Word a, Word b, Word changed, string rightWord)
    {
        var right = VietnameseText.CasedLike(changed.Text, rightWord);
        var written = p.Text[a.Start..b.End];
        var corrected = p.Text[a.Start..changed.Start] + right + p.Text[changed.End..b.End];
        var fix = p.List is null ? new TextFix(p.Index, changed.Start, changed.Text.Length, right) : null;
        sink.Report("VB-CON-017", p, written, corrected, fix: fix, args: [("word", written), ("usual", corrected)]);
    }
}
