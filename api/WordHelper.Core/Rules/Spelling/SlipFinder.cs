using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Spelling;

/// <summary>What kind of slip a word shows.</summary>
public enum SlipKind
{
    /// <summary>A stop coda under a tone it cannot take ("luât").</summary>
    StopTone,
    /// <summary>Syllables typed without a space ("tăngcường", "ĐứcMạnh").</summary>
    RunTogether,
    /// <summary>No Vietnamese syllable is written so: onset, vowel group or tone mark ("koáng", "đuợc", "múôn").</summary>
    Malformed,
    /// <summary>A number and a word typed without a space ("4năm").</summary>
    NumberWord,
    /// <summary>Two words inside a sentence parted by a manual line break instead of a space.</summary>
    BrokenLine,
}

/// <summary>A misspelt word, the part of the syllable at fault and the spellings that would repair it (whole-word replacements).</summary>
public sealed record Slip(SlipKind Kind, string Word, string Detail, IReadOnlyList<string> Suggestions);

/// <summary>
/// Judges one run of letters and digits by the structure of the Vietnamese syllable. Only words with a letter only
/// Vietnamese writes (ă â ê ô ơ ư đ or a tone mark) are judged: anything else may be English, a code or an abbreviation.
/// </summary>
public sealed class SlipFinder(SyllableRules rules)
{
    readonly HashSet<string> _joined = [.. rules.Facts.JoinedWords];

    public Slip? Find(string run)
    {
        if (run.Length < 2 || !VietnameseLetters.HasVietnameseSpecific(run)) return null;
        // A letter Vietnamese does not write (f, w, z, ü, ç…): a foreign word.
        if (run.Any(c => char.IsLetter(c) && !VietnameseLetters.Split(c).IsLetter)) return null;
        return run.Any(char.IsDigit) ? NumberAndWord(run) : Word(run);
    }

    /// <summary>Two words a line break joins ("của⏎tổ"): a slip when both are well-formed Vietnamese syllables.</summary>
    public Slip? FindBroken(string first, string second)
    {
        if (!VietnameseLetters.HasVietnameseSpecific(first + second) || !(first.All(char.IsDigit) || IsWellFormed(first))
            || !(IsWellFormed(second) || WordRuns.IsAbbreviationAt(second, 0)))
            return null;
        return new Slip(SlipKind.BrokenLine, first + "\n" + second, "", [first + " " + second]);
    }

    /// <summary>
    /// "4năm", "2031của": a number followed by a well-formed word. Digits after a word are left alone: they are most often
    /// a footnote mark ("CHỦ QUẢN1").
    /// </summary>
    Slip? NumberAndWord(string run)
    {
        if (!char.IsDigit(run[0])) return null;
        var pieces = new List<string>();
        for (var i = 0; i < run.Length;)
        {
            var digit = char.IsDigit(run[i]);
            var j = i;
            while (j < run.Length && char.IsDigit(run[j]) == digit) j++;
            pieces.Add(run[i..j]);
            i = j;
        }
        var words = pieces.Where(p => !char.IsDigit(p[0])).ToList();
        if (pieces.Count != 2 || words.Any(w => w.Length < 2 || !VietnameseLetters.HasVietnameseSpecific(w) || !IsWellFormed(w))) return null;
        return new Slip(SlipKind.NumberWord, run, "", [string.Join(' ', pieces)]);
    }

    bool IsWellFormed(string word) => rules.Best(Syllable.Read(Letters(word))) is { Fault: SyllableFault.None };

    Slip? Word(string word)
    {
        if (StrayCapital(word) is { } capital) return capital;
        var parts = CaseParts(word);
        if (parts.Count > 1) return CaseRunTogether(word, parts);
        if (_joined.Contains(word.ToLowerInvariant())) return null;
        var letters = Letters(word);
        var readings = Syllable.Read(letters);
        if (rules.Best(readings) is { } best) return Judge(word, letters, best.Reading, best.Fault);

        var splits = RunTogether.Splits(letters, rules);
        if (splits.Count > 0)
            return new Slip(SlipKind.RunTogether, word, "", splits.Select(cuts => Spaced(word, cuts)).ToList());
        if (letters.Count(l => l.Tone != Tone.Level) > 1 && OneVowelGroup(letters))
            return new Slip(SlipKind.Malformed, word, "một tiếng chỉ mang một dấu thanh", []);
        return null;
    }

    Slip? Judge(string word, IReadOnlyList<ToneLetter> letters, Syllable s, SyllableFault fault)
    {
        if (fault is SyllableFault.None or SyllableFault.NotJudged) return null;
        // "ĐT", "QĐ"… never reach here (no vowel); an all-capital word whose only Vietnamese letter is Đ is an abbreviation.
        if (letters.All(l => l.Upper) && letters.All(l => l.Tone == Tone.Level && l.Base is not ('ă' or 'â' or 'ê' or 'ô' or 'ơ' or 'ư')))
            return null;
        var repairs = SyllableRepair.Candidates(s, rules).Select(c => VietnameseText.CasedLike(word, c)).ToList();
        // Names of the Central Highlands keep their own spelling ("Kơ Nia", "Kà Tum"): an onset is judged in small letters only.
        if (fault == SyllableFault.Onset && letters[0].Upper) return null;
        // A spelling no near syllable explains is a borrowed word or a name ("Kiốt"), not a slip.
        if (repairs.Count == 0 && fault is SyllableFault.Onset or SyllableFault.VowelGroup) return null;
        return fault switch
        {
            SyllableFault.StopTone => new Slip(SlipKind.StopTone, word, s.Coda, repairs),
            SyllableFault.Onset => new Slip(SlipKind.Malformed, word, $"“{s.Onset}” không đứng trước “{s.Vowels[0]}”", repairs),
            SyllableFault.VowelGroup => new Slip(SlipKind.Malformed, word, $"vần “{s.Vowels}{s.Coda}” không có trong tiếng Việt", repairs),
            _ => new Slip(SlipKind.Malformed, word, "dấu thanh đặt sai chỗ", repairs),
        };
    }

    /// <summary>
    /// "HÌnh", "THông": the shift key held one letter too long over a syllable written in small letters after its
    /// capital. An abbreviation keeps its capitals together and never ends in two small letters that make a syllable.
    /// </summary>
    Slip? StrayCapital(string word)
    {
        if (word.Length < 4 || !char.IsUpper(word[0]) || !char.IsUpper(word[1]) || !word.Skip(2).All(char.IsLower)) return null;
        var meant = word[0] + word[1..].ToLower(VietnameseText.Vi);
        return IsWellFormed(meant) ? new Slip(SlipKind.Malformed, word, "chữ thứ hai viết hoa nhầm", [meant]) : null;
    }

    /// <summary>"ĐứcMạnh", "dụngVLNCN": a capital after a small letter starts a new word.</summary>
    Slip? CaseRunTogether(string word, IReadOnlyList<string> parts)
    {
        var spelled = new List<string>();
        foreach (var part in parts)
        {
            var letters = Letters(part);
            if (part.Length >= 2 && letters.All(l => l.Upper) && !VietnameseLetters.HasVietnameseSpecific(part)) { spelled.Add(part); continue; }
            if (part.Length < 2) return null;
            if (IsWellFormed(part)) { spelled.Add(part); continue; }
            var splits = RunTogether.Splits(letters, rules);
            if (splits.Count != 1) return null;
            spelled.Add(Spaced(part, splits[0]));
        }
        return new Slip(SlipKind.RunTogether, word, "", [string.Join(' ', spelled)]);
    }

    static List<string> CaseParts(string word)
    {
        var parts = new List<string>();
        var from = 0;
        for (var i = 1; i < word.Length; i++)
            if (char.IsLower(word[i - 1]) && char.IsUpper(word[i])) { parts.Add(word[from..i]); from = i; }
        parts.Add(word[from..]);
        return parts;
    }

    static string Spaced(string word, IReadOnlyList<int> cuts)
    {
        var pieces = new List<string>();
        var from = 0;
        foreach (var c in cuts) { pieces.Add(word[from..c]); from = c; }
        pieces.Add(word[from..]);
        return string.Join(' ', pieces);
    }

    static bool OneVowelGroup(IReadOnlyList<ToneLetter> letters)
    {
        var first = letters.ToList().FindIndex(l => l.IsVowel);
        var last = letters.ToList().FindLastIndex(l => l.IsVowel);
        return first >= 0 && letters.Skip(first).Take(last - first + 1).All(l => l.IsVowel);
    }

    static List<ToneLetter> Letters(string word) => word.Select(VietnameseLetters.Split).ToList();
}
