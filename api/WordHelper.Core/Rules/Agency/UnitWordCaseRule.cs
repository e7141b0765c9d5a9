using WordHelper.Core.Rules.Spelling;
using WordHelper.Core.RulePack;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Agency;

/// <summary>
/// The word for the level of a body written with a capital after its name: "UBND Tỉnh", "Ủy ban nhân dân Xã Hòa
/// Bình". NĐ 30/2020 (Phụ lục II, mục I.2) writes "Ủy ban nhân dân tỉnh Đồng Tháp", the unit word in lower case;
/// "Tỉnh ủy", "Tỉnh đoàn", "Huyện ủy" are names of their own, and "Phường 2", "Quận 3" names made of a number: they stay. After an abbreviation in capitals
/// ("UBND", "HĐND") or the words "nhân dân", or within a sentence before a place's name ("phật tử Quận Ngũ Hành Sơn");
/// text in capitals and quoted text are left alone, one finding per writing.
/// </summary>
public sealed class UnitWordCaseRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-AGN-008"];

    /// <summary>The single-word levels, and the words that make a name of one ("Tỉnh ủy", "Tỉnh đoàn"), of agency-names.json.</summary>
    sealed record LevelWords(HashSet<string> Levels, HashSet<string> OwnNames);

    static readonly PerPack<LevelWords> Levels = new(pack => new LevelWords(
        (pack.FixedNames.LevelWords ?? []).Select(VietnameseText.Normalize).ToHashSet(StringComparer.Ordinal),
        (pack.FixedNames.LevelNameWords ?? []).Select(VietnameseText.Normalize).ToHashSet(StringComparer.Ordinal)));

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var (levels, ownNames) = Levels.For(context.Pack);
        var vocabulary = PairVocabulary.For(context.Pack);
        var found = new ByWriting<(int Start, string Right, string Corrected)>();
        foreach (var p in context.TextParagraphs)
        {
            if (p.IsBlank || VietnameseText.IsUpperText(p.Text)) continue;
            var words = context.Words(p);
            for (var i = 1; i < words.Count; i++)
            {
                var w = words[i];
                if (!char.IsUpper(w.Text[0]) || w.Text.Length < 2 || char.IsUpper(w.Text[1]) || !levels.Contains(w.Lower)) continue;
                if (!Words.SpaceBetween(p.Text, words[i - 1], w) || context.IsQuoted(p, w.Start)) continue;
                // "Tỉnh ủy" is a name; "Phường 2", "Quận 3" are names made of a number, whose level word is capitalised.
                var rest = p.Text.AsSpan(w.End).TrimStart();
                if (ownNames.Contains(NameCase.NextWord(p.Text, words, i)) || rest.Length > 0 && char.IsAsciiDigit(rest[0])) continue;
                if (BodyNameEnd(words, i) is { } from)
                    found.Add(p.Text[from..w.End], p, (w.Start, w.Lower, p.Text[from..w.Start] + w.Lower));
                else if (PlaceMidSentence(p.Text, words, i, vocabulary) is { } place)
                    found.Add(place, p, (w.Start, w.Lower, w.Lower + place[w.Text.Length..]));
            }
        }
        foreach (var (written, p, (start, right, corrected), where) in found.Each(context))
        {
            var fix = p.List is null ? new TextFix(p.Index, start, right.Length, right) : null;
            sink.Report("VB-AGN-008", p, written, suggestion: corrected, fix: fix, args: [("text", written), ("right", corrected), ("where", where)]);
        }
    }

    /// <summary>
    /// "phật tử Quận Ngũ Hành Sơn", "trên địa bàn Tỉnh Lâm Đồng": a level word after a word in lower case and before a
    /// place's name, written with the place ("Quận Ngũ"); null when it is not one, or makes a word with the next one
    /// ("Bảo hiểm Xã Hội").
    /// </summary>
    static string? PlaceMidSentence(string text, IReadOnlyList<Word> words, int i, PairVocabulary vocabulary)
    {
        if (i + 1 >= words.Count || !char.IsLower(words[i - 1].Text[0]) || !char.IsUpper(words[i + 1].Text[0])) return null;
        if (!Words.SpaceBetween(text, words[i], words[i + 1]) || vocabulary.IsCompound(words[i].SyllableKey, words[i + 1].SyllableKey)) return null;
        return text[words[i].Start..words[i + 1].End];
    }

    /// <summary>Where the body's name before word <paramref name="i"/> ends: an abbreviation in capitals ("UBND") or "nhân dân"; null when none does.</summary>
    static int? BodyNameEnd(IReadOnlyList<Word> words, int i)
    {
        var before = words[i - 1].Text;
        if (before.Length >= 2 && before.All(char.IsUpper)) return words[i - 1].Start;
        return i >= 2 && words[i - 2].Folded == "nhan" && words[i - 1].Folded == "dan" ? words[i - 2].Start : null;
    }
}
