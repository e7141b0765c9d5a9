using System.Collections.Concurrent;
using WordHelper.Core.Documents;
using WordHelper.Core.RulePack;

namespace WordHelper.Core.Rules.Spelling;

/// <summary>
/// Typing slips found by the structure of the Vietnamese syllable: a tone a stop coda cannot take, syllables or a number
/// and a word typed without a space, an onset, vowel group or tone mark no Vietnamese word has, a syllable ending in a
/// bare "g" that the draft writes with its "n" ("trog"). One finding per misspelt
/// word; where the repairs are several, the one the draft itself writes elsewhere is chosen.
/// </summary>
public sealed class SyllableSlipRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-CON-010", "VB-CON-011", "VB-CON-012", "VB-CON-013"];

    /// <summary>
    /// The pack's syllable rules with what each word was judged, remembered for the process: drafts share most of their
    /// words, so a word is judged once, not once per check. Bounded, so that a stream of odd words cannot grow it
    /// without end.
    /// </summary>
    sealed class Judge(SyllableRules rules)
    {
        public SlipFinder Finder { get; } = new(rules);
        public ConcurrentDictionary<string, Slip?> Remembered { get; } = new(StringComparer.Ordinal);
    }

    static readonly PerPack<Judge> Judges = new(pack => new Judge(SyllableRules.For(pack.Syllables)));
    const int RememberedAtMost = 200_000;

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var judge = Judges.For(context.Pack);
        var (finder, remembered) = (judge.Finder, judge.Remembered);
        var slips = new List<(DraftParagraph Paragraph, WordRun Run, Slip Slip)>();
        var bareG = new List<(DraftParagraph Paragraph, WordRun Run)>();
        // A draft repeats its words: each distinct one is judged once.
        var judged = new Dictionary<string, Slip?>(StringComparer.Ordinal);
        // Looked up by the run's characters in the text: a word met before costs no copy.
        var judgedRun = judged.GetAlternateLookup<ReadOnlySpan<char>>();
        var rememberedRun = remembered.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var p in context.TextParagraphs)
            foreach (var (start, length) in WordRuns.In(p.Text))
            {
                var run = p.Text.AsSpan(start, length);
                if (!judgedRun.TryGetValue(run, out var slip))
                {
                    if (!rememberedRun.TryGetValue(run, out slip))
                    {
                        slip = finder.Find(run.ToString());
                        if (remembered.Count < RememberedAtMost) rememberedRun.TryAdd(run, slip);
                    }
                    judgedRun[run] = slip;
                }
                if (slip is not null) slips.Add((p, new WordRun(start, run.ToString()), slip));
                else if (EndsInBareG(run)) bareG.Add((p, new WordRun(start, run.ToString())));
            }
        // A break inside a sentence of the body or a note; the header, the signature and table cells break lines on purpose.
        foreach (var p in context.Body.Concat(context.Document.NoteParagraphs).Where(p => p.Cell is null && p.Text.Contains('\n')))
            foreach (var (first, second) in WordRuns.BrokenPairs(p.Text))
                if (finder.FindBroken(first.Text, second.Text) is { } slip)
                    slips.Add((p, new WordRun(first.Start, slip.Word), slip));

        if (slips.Count == 0 && bareG.Count == 0) return;
        // The draft's own words and how often it writes them, to choose among repairs: gathered only when there is a slip to repair.
        var written = context.TextParagraphs.SelectMany(context.Words).CountBy(w => w.Lower, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        foreach (var (p, run) in bareG)
            // A slip is made once or twice; a word written again and again is a term ("log" of a system).
            if (written.GetValueOrDefault(run.Text[..^1] + "ng") >= DroppedNAtLeast && written.GetValueOrDefault(run.Text) <= SlipWrittenAtMost)
                slips.Add((p, run, new Slip(SlipKind.Malformed, run.Text, "thiếu chữ “n” trước “g”", [run.Text[..^1] + "ng"])));
        if (slips.Count == 0) return;
        var vocabulary = PairVocabulary.For(context.Pack);
        foreach (var same in slips.GroupBy(s => (s.Slip.Kind, s.Run.Text.ToLowerInvariant())))
        {
            var (p, run, slip) = same.First();
            var suggestions = slip.Kind == SlipKind.RunTogether ? Spoken(slip, written, vocabulary) : slip.Suggestions;
            if (suggestions.Count == 0) continue;
            var chosen = Choose(suggestions, written);
            var fix = chosen is null ? null : new TextFix(p.Index, run.Start, run.Text.Length, chosen);
            var where = Places.Listed(context, same.Select(s => s.Paragraph));
            var (id, args) = slip.Kind switch
            {
                SlipKind.StopTone => ("VB-CON-010", new[] { ("coda", slip.Detail), ("advice", Advice(chosen, slip.Suggestions)) }),
                SlipKind.RunTogether => ("VB-CON-011", new[] { ("how", ""), ("advice", Advice(chosen, suggestions)) }),
                SlipKind.BrokenLine => ("VB-CON-011", new[] { ("how", " (chỉ có dấu ngắt dòng giữa hai tiếng)"), ("advice", Advice(chosen, slip.Suggestions)) }),
                SlipKind.NumberWord => ("VB-CON-013", new[] { ("advice", Advice(chosen, slip.Suggestions)) }),
                _ => ("VB-CON-012", new[] { ("reason", slip.Detail), ("advice", Advice(chosen, slip.Suggestions)) }),
            };
            sink.Report(id, p, run.Text, chosen, fix: fix, args: [("word", run.Text.Replace('\n', '↵')), ("where", where), .. args]);
        }
    }

    /// <summary>How often the draft must write the word with its "n" for a bare "g" ending ("trog") to be that word.</summary>
    const int DroppedNAtLeast = 3;
    /// <summary>How often at most a slip is made: a word written more often is a term.</summary>
    const int SlipWrittenAtMost = 2;

    /// <summary>
    /// "trog", "khog": a word of plain letters in small case ending in a vowel and "g", which no Vietnamese syllable does
    /// (it ends in "ng"); judged only against the draft's own words, for an English word ("blog") may end so too.
    /// </summary>
    static bool EndsInBareG(ReadOnlySpan<char> run) =>
        run.Length >= 3 && run[^1] == 'g' && run[^2] is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' && !run.ContainsAnyExcept("abcdefghijklmnopqrstuvwxyz");

    /// <summary>
    /// The cuts of a run-together word whose every piece is a syllable the language writes or the draft writes alone
    /// ("vàhấp", "NÊUĐỐI"): a borrowed word cuts into pieces neither does ("nitơ", "axít", "vécni"). A word parted by its
    /// capitals ("ĐứcMạnh") keeps its cut.
    /// </summary>
    static IReadOnlyList<string> Spoken(Slip slip, Dictionary<string, int> written, PairVocabulary vocabulary)
    {
        if (slip.Word.Skip(1).Any(char.IsUpper) && slip.Word.Any(char.IsLower)) return slip.Suggestions;
        return slip.Suggestions.Where(s => s.Split(' ').All(piece =>
        {
            var lower = piece.ToLower(Text.VietnameseText.Vi);
            return written.ContainsKey(lower) || vocabulary.IsWritten(Text.VietnameseLetters.SyllableKey(lower));
        })).ToList();
    }

    /// <summary>The one repair, or among several the only one the draft writes elsewhere; null when it is not clear.</summary>
    static string? Choose(IReadOnlyList<string> suggestions, Dictionary<string, int> written)
    {
        if (suggestions.Count == 1) return suggestions[0];
        var used = suggestions.Where(s => s.Split(' ').All(w => written.ContainsKey(w.ToLowerInvariant()))).ToList();
        return used.Count == 1 ? used[0] : null;
    }

    static string Advice(string? chosen, IReadOnlyList<string> suggestions) =>
        chosen is not null ? $": nên viết “{chosen}”"
        : suggestions.Count > 0 ? $": có thể là {string.Join(" hoặc ", suggestions.Select(s => $"“{s}”"))}"
        : "";
}
