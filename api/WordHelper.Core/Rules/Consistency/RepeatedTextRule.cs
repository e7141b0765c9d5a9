using System.Text.RegularExpressions;
using WordHelper.Core.Documents;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Consistency;

/// <summary>
/// Text written twice by a copy-paste slip (VB-CON-020): a line repeated within a few lines of the same list or
/// table cell (alone or as a block of lines), a clause written twice in a row (or again after a word or two), a sentence of
/// one point repeated in a nearby point of the same section. Text is compared after folding case, spacing and
/// punctuation ("kinh tế - xã hội" = "kinh tế- xã hội"), so a slip stays a slip whatever the spaces around it.
/// Only a small window is searched: the same text far apart, in other cells of a table, or as a formula that recurs
/// in many points is written on purpose. A note is compared only with itself.
/// </summary>
public sealed partial class RepeatedTextRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-CON-020"];

    const string Id = "VB-CON-020";
    // Shorter text recurs by itself (a unit's name, "Theo dõi, đôn đốc"); one word changed is an enumeration, not a copy.
    const int LineWords = 8, ClauseWords = 6, SentenceWords = 10;
    // Lines are compared with the few before them; sentences within a few paragraphs of the same section.
    const int LineLookBack = 4, SentenceLookBack = 6;
    // A sentence or line met this many times in the running text is a formula the drafter repeats on purpose.
    const int FormulaCount = 3;
    // A long clause written again after "nhất là", "và", "đặc biệt là" is still written twice.
    const int WordsBetween = 3;
    // A longer run written twice is a whole sentence, which the sentence check finds.
    const int LongestClause = 60;
    // Bounds on the work a paragraph costs: the earlier copies of a run looked at, the words of a paragraph searched
    // for clauses (a paragraph of thousands of words is no drafter's sentence).
    const int Candidates = 8, LongestParagraph = 3000;

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var lines = Read(context);
        var counts = new Dictionary<long, int>();
        // Formulas are counted in running text: in a table, text repeated in other rows is never compared.
        foreach (var line in lines.Where(l => l.Box is null))
        {
            // Counted once a paragraph: a line of one sentence has the same key as its sentence.
            foreach (var key in line.Sentences.Select(s => s.Key).Append(line.Key ?? 0).Where(k => k != 0).Distinct())
                counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        bool Formula(long key) => counts.GetValueOrDefault(key) >= FormulaCount;

        var window = new List<Line>();
        // Where each run of words was last seen in the paragraph being read, reused from one paragraph to the next.
        var gramsSeen = new Dictionary<int, int>();
        var buffers = new Buffers();
        Block? block = null;
        object? box = null;
        for (var n = 0; n < lines.Count; n++)
        {
            var line = lines[n];
            line.Ordinal = n;
            // A new cell, note or section starts a new window: a slip repeats what was just written in the same place.
            if (!Equals(line.Box, box) || line.StartsSection)
            {
                Flush(context, sink, ref block);
                window.Clear();
                box = line.Box;
            }
            // A clause pasted twice is a sentence's slip: table cells hold names and figures, seldom sentences.
            if (line.Box is null || line.Box is DraftNote) RepeatedClauses(context, sink, line, gramsSeen, buffers);
            if (line.Key is { } key && !Formula(key)
                && window.TakeLast(LineLookBack).LastOrDefault(l => l.Key == key) is { } earlier)
            {
                line.CopyOf = earlier;
                if (block is not null && block.Extends(line, earlier)) { block.Count++; block.LastOriginal = earlier; }
                else { Flush(context, sink, ref block); block = new Block(line, earlier); }
            }
            else
            {
                Flush(context, sink, ref block);
                if (line.Sentences.Count > 0) RepeatedSentences(context, sink, line, window.TakeLast(SentenceLookBack).ToList(), Formula);
            }
            window.Add(line);
            if (window.Count > 2 * SentenceLookBack) window.RemoveAt(0);
        }
        Flush(context, sink, ref block);
    }

    /// <summary>The paragraphs a drafter writes as running text or in table cells: not the header, Nơi nhận or signature.</summary>
    static List<Line> Read(CheckContext context)
    {
        var header = context.Header;
        var skipped = new HashSet<int>(header.Signature.Select(p => p.Index).Concat(header.Recipients.Select(r => r.Paragraph.Index)));
        if (header.RecipientsLabel is { } label) skipped.Add(label.Index);
        var bodyCount = context.Paragraphs.Count;
        var lines = new List<Line>();
        foreach (var p in context.TextParagraphs)
        {
            if (p.IsBlank || skipped.Contains(p.Index) || (p.Index < bodyCount && p.Index < header.BodyStart)) continue;
            var note = context.Document.NoteAt(p.Index);
            lines.Add(new Line(context, p, note is null ? p.Cell : note));
        }
        return lines;
    }

    /// <summary>
    /// A clause written twice in a row ("…; điều động 29 công chức cấp tỉnh về cấp xã; điều động 29 công chức cấp tỉnh
    /// về cấp xã; …"): a run of words followed at once by itself, after a comma or semicolon, the second copy ending at a punctuation mark.
    /// </summary>
    static void RepeatedClauses(CheckContext context, FindingSink sink, Line line, Dictionary<int, int> last, Buffers buffers)
    {
        var t = line.Tokens;
        if (t.Count < 2 * ClauseWords || t.Count > LongestParagraph || !line.Vietnamese) return;
        last.Clear();
        var previous = buffers.Previous(t.Count);
        var hashes = buffers.Hashes(t.Count);
        for (var k = 0; k < t.Count; k++) hashes[k] = t[k].LowerHash;
        var skipUntil = 0;
        for (var j = 0; j + ClauseWords <= t.Count; j++)
        {
            var h = GramHash(hashes, j);
            previous[j] = last.GetValueOrDefault(h, -1);
            last[h] = j;
            if (j < skipUntil) continue;
            // Only the earlier copies close enough to be followed at once by this one: linear on a long paragraph.
            var tries = 0;
            for (var i = previous[j]; i >= 0 && j - i <= LongestClause + WordsBetween && tries++ < Candidates; i = previous[i])
            {
                var inARow = InARow(line.Paragraph.Text, t, i, j - i);
                var (copy, length) = inARow is { } c ? (c, j - i) : NearBy(line.Paragraph.Text, t, i, j);
                if (copy < 0 || LetterWords(t, copy, length) < ClauseWords) continue;
                if (context.IsQuoted(line.Paragraph, t[i].Start) || context.IsQuoted(line.Paragraph, t[copy].Start)) break;
                var text = line.Paragraph.Text[t[copy].Start..t[copy + length - 1].End];
                sink.Report(Id, line.Paragraph, text,
                    args: ("problem", $"\"{Shorten(text)}\" viết hai lần {(inARow is null ? "gần nhau" : "liền nhau")} trong đoạn {Number(context, line.Paragraph)}"));
                line.HasClauseCopy = true;
                skipUntil = copy + length;
                break;
            }
        }
    }

    /// <summary>
    /// Where the second copy starts when the run from <paramref name="i"/> repeats after <paramref name="length"/> words
    /// as a clause of the same sentence (a comma or semicolon before it, a mark or the end after it); null otherwise. A repeat can be read
    /// at several offsets ("cấp xã; điều động … cấp xã; điều động"): the one the punctuation marks bound is taken.
    /// </summary>
    static int? InARow(string text, IReadOnlyList<Word> t, int i, int length)
    {
        if (length < ClauseWords || !Same(t, i, i + length, length)) return null;
        // The copies can be read at any offset of their period: at most one period either way is looked at.
        for (var back = 0; back < length && i > 0 && t[i - 1].Lower == t[i - 1 + length].Lower; back++) i--;
        var extra = 0;
        while (extra < length && i + 2 * length + extra < t.Count && t[i + length + extra].Lower == t[i + 2 * length + extra].Lower) extra++;
        for (var s = 0; s <= extra; s++)
        {
            var copy = i + length + s;
            var between = text[t[copy - 1].End..t[copy].Start];
            if (between.IndexOfAny(SentenceEnds) >= 0) return null;
            var closes = copy + length == t.Count || text[t[copy + length - 1].End..t[copy + length].Start].IndexOfAny(ClauseMarks) >= 0;
            if (between.IndexOfAny(Separators) >= 0 && closes) return copy;
        }
        return null;
    }

    /// <summary>
    /// A long run written again after a word or two ("quản lý ngành nghề … về an ninh trật tự, nhất là quản lý ngành
    /// nghề … về an ninh trật tự"): the second copy says nothing the first did not. (-1, 0) when the copies are not so.
    /// </summary>
    static (int Copy, int Length) NearBy(string text, IReadOnlyList<Word> t, int i, int j)
    {
        var length = 0;
        while (i + length < j && j + length < t.Count && t[i + length].Lower == t[j + length].Lower) length++;
        var between = j - (i + length);
        if (between is < 1 or > WordsBetween || LetterWords(t, j, length) < SentenceWords) return (-1, 0);
        // A copy closing a parenthesis names something the sentence then talks about: "Đoàn khảo sát X (…) về kết quả khảo sát X".
        if (text[t[i].Start..t[j].Start].IndexOfAny(SentenceEnds) >= 0 || text[t[i].Start..t[j].Start].IndexOfAny(Brackets) >= 0) return (-1, 0);
        var closes = j + length == t.Count || text[t[j + length - 1].End..t[j + length].Start].IndexOfAny(ClauseMarks) >= 0;
        return closes ? (j, length) : (-1, 0);
    }

    static readonly char[] Brackets = ['(', ')', '[', ']', '“', '”', '"'];
    static readonly char[] Separators = [',', ';'];
    static readonly char[] SentenceEnds = ['.', '!', '?', ':'];
    static readonly char[] ClauseMarks = [',', ';', '.', ':', '!', '?', '(', ')', '-', '–', '“', '”', '"'];

    /// <summary>A sentence of this paragraph already written in the same paragraph or in one of the few before it.</summary>
    static void RepeatedSentences(CheckContext context, FindingSink sink, Line line, IReadOnlyList<Line> before, Func<long, bool> formula)
    {
        if (line.HasClauseCopy || line.Sentences.Count == 0) return;
        var seen = new HashSet<long>();
        for (var k = 0; k < line.Sentences.Count; k++)
        {
            var s = line.Sentences[k];
            if (formula(s.Key) || context.IsQuoted(line.Paragraph, s.Start)) continue;
            var inSame = !seen.Add(s.Key);
            var earlier = inSame ? line : before.LastOrDefault(l => l.CopyOf is null && l.SentenceKeys.Contains(s.Key));
            if (earlier is null) continue;
            var text = line.Paragraph.Text[s.Start..s.End];
            var where = inSame ? $"ghi hai lần trong đoạn {Number(context, line.Paragraph)}" : $"đã ghi ở {Place(context, earlier.Paragraph)}";
            sink.Report(Id, line.Paragraph, text, args: ("problem", $"câu \"{Shorten(text)}\" {where}"));
        }
    }

    static void Flush(CheckContext context, FindingSink sink, ref Block? block)
    {
        if (block is null) return;
        var (copy, original) = (block.FirstCopy.Paragraph, block.FirstOriginal.Paragraph);
        var shown = Shorten(copy.Text.Trim());
        var problem = block.Count == 1
            ? $"dòng \"{shown}\" đã ghi ở {Place(context, original)}"
            : $"{block.Count} dòng từ \"{shown}\" đã ghi ở các đoạn {original.Index + 1}–{block.LastOriginal.Paragraph.Index + 1}";
        sink.Report(Id, copy, copy.Text, args: ("problem", problem));
        block = null;
    }

    /// <summary>"đoạn 12", or the note's own words when the first copy is in a note (its paragraphs have no number of their own).</summary>
    static string Place(CheckContext context, DraftParagraph p) =>
        context.Document.NoteAt(p.Index) is { } note ? $"chú thích {note.Number}" : $"đoạn {p.Index + 1}";

    static int Number(CheckContext context, DraftParagraph p) => (context.Document.NoteAt(p.Index)?.ReferenceParagraph ?? p.Index) + 1;

    static string Shorten(string text) => text.Length <= 90 ? text : text[..87].TrimEnd() + "…";

    static int GramHash(int[] hashes, int at)
    {
        var h = new HashCode();
        for (var k = 0; k < ClauseWords; k++) h.Add(hashes[at + k]);
        return h.ToHashCode();
    }

    static bool Same(IReadOnlyList<Word> t, int i, int j, int count)
    {
        for (var k = 0; k < count; k++) if (j + k >= t.Count || t[i + k].Lower != t[j + k].Lower) return false;
        return true;
    }

    /// <summary>Words of letters: numbers ("29", "2024") do not make a run long enough to be a copy by themselves.</summary>
    static int LetterWords(IReadOnlyList<Word> t, int at, int count)
    {
        var n = 0;
        for (var k = at; k < at + count; k++) if (char.IsLetter(t[k].Text[0])) n++;
        return n;
    }

    /// <summary>A sentence by the hash of its words (<see cref="RunKey"/>) and its place.</summary>
    sealed record Sentence(long Key, int Start, int End);

    /// <summary>
    /// The words from <paramref name="from"/> on, <paramref name="count"/> of them, as one 64-bit key: two runs of the
    /// same words in lower case have the same key, and two different runs as good as never do.
    /// </summary>
    static long RunKey(IReadOnlyList<Word> words, int from, int count)
    {
        var key = unchecked((long)0xcbf29ce484222325);
        for (var k = from; k < from + count; k++) key = unchecked((key ^ (uint)words[k].LowerHash) * 0x100000001b3L + k - from);
        return key == 0 ? 1 : key;
    }

    /// <summary>A paragraph read for comparison: its words after any point label, its key as a line, its sentences.</summary>
    sealed class Line
    {
        public Line(CheckContext context, DraftParagraph p, object? box)
        {
            Paragraph = p;
            Box = box;
            var text = p.Text;
            var start = LabelLength(text);
            // The words and numbers after the point's label, compared in lower case (Word.Lower): numbers count, as
            // "Quyết định số 305" and "Quyết định số 306" are two lines.
            Tokens = Tokenize(context.Words(p), text, start);
            var heading = context.Heading(p);
            var looksLikeHeading = LooksLikeHeading(p);
            StartsSection = heading is { Rank: < 10 } || p.OutlineLevel is not null || looksLikeHeading;
            Vietnamese = VietnameseLetters.HasVietnameseSpecific(text);
            var letters = LetterWords(Tokens, 0, Tokens.Count);
            if (Vietnamese && letters >= LineWords && !looksLikeHeading && !FieldLabel().IsMatch(text.AsSpan(start)) && !context.IsQuoted(p, start))
                Key = RunKey(Tokens, 0, Tokens.Count);
            Sentences = SplitSentences(text, Tokens);
        }

        public DraftParagraph Paragraph { get; }
        /// <summary>Where the paragraph stands: its table cell, its note, or null for running text.</summary>
        public object? Box { get; }
        public IReadOnlyList<Word> Tokens { get; }
        /// <summary>The line's words as one key (<see cref="RunKey"/>), for a line long enough to be a copy; null otherwise.</summary>
        public long? Key { get; }
        public IReadOnlyList<Sentence> Sentences { get; }
        public HashSet<long> SentenceKeys => _sentenceKeys ??= [.. Sentences.Select(s => s.Key)];
        HashSet<long>? _sentenceKeys;
        public bool StartsSection { get; }
        /// <summary>The checker judges Vietnamese writing; text in another language is left alone.</summary>
        public bool Vietnamese { get; }
        public int Ordinal { get; set; }
        public Line? CopyOf { get; set; }
        public bool HasClauseCopy { get; set; }

        static int LabelLength(string text)
        {
            foreach (var m in PointLabel().EnumerateMatches(text)) return m.Length;
            return 0;
        }

        static bool LooksLikeHeading(DraftParagraph p) =>
            p.IsBold || VietnameseText.IsUpperText(p.Text);

        /// <summary>Sentences long enough to be a copy when repeated; one opening with a label ("Thời gian thực hiện: …") is a field, not prose.</summary>
        static List<Sentence> SplitSentences(string text, IReadOnlyList<Word> words)
        {
            var sentences = new List<Sentence>();
            var from = 0;
            for (var k = 0; k < words.Count; k++)
            {
                var gapEnd = k + 1 < words.Count ? words[k + 1].Start : text.Length;
                if (k + 1 < words.Count && !EndsSentence(text, words[k].End, gapEnd)) continue;
                if (LetterWords(words, from, k + 1 - from) >= SentenceWords)
                {
                    var (start, end) = (words[from].Start, words[k].End);
                    if (!FieldLabel().IsMatch(text.AsSpan(start, end - start)) && VietnameseLetters.HasVietnameseSpecific(text.AsSpan(start, end - start)))
                        sentences.Add(new Sentence(RunKey(words, from, k + 1 - from), start, end));
                }
                from = k + 1;
            }
            return sentences;
        }

        /// <summary>The paragraph's words (shared with the other checks) from <paramref name="from"/> on, with its numbers among them.</summary>
        static IReadOnlyList<Word> Tokenize(IReadOnlyList<Word> words, string text, int from)
        {
            // Most paragraphs have neither a label nor a number: their words are the tokens.
            if (from == 0 && !text.AsSpan().ContainsAnyInRange('0', '9')) return words;
            var tokens = new List<Word>(words.Count + 4);
            var w = 0;
            while (w < words.Count && words[w].Start < from) w++;
            for (var i = from; i < text.Length;)
            {
                var digit = text.AsSpan(i).IndexOfAnyInRange('0', '9');
                if (digit < 0) break;
                var start = i + digit;
                i = start;
                while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
                while (w < words.Count && words[w].Start < start) tokens.Add(words[w++]);
                tokens.Add(new Word(start, text[start..i]));
            }
            while (w < words.Count) tokens.Add(words[w++]);
            return tokens;
        }

        /// <summary>A full stop, question or exclamation mark followed by a space (or the end) between two words.</summary>
        static bool EndsSentence(string text, int from, int to)
        {
            for (var i = from; i < to; i++)
                if (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]))) return true;
            return false;
        }
    }

    /// <summary>Arrays for the clause search, reused from one paragraph to the next.</summary>
    sealed class Buffers
    {
        int[] _previous = [], _hashes = [];
        public int[] Previous(int count) => _previous.Length >= count ? _previous : _previous = new int[Math.Max(count, 2 * _previous.Length)];
        public int[] Hashes(int count) => _hashes.Length >= count ? _hashes : _hashes = new int[Math.Max(count, 2 * _hashes.Length)];
    }

    /// <summary>Lines repeated one after another: the copy of a block of lines is told once, at its first line.</summary>
    sealed class Block(Line firstCopy, Line firstOriginal)
    {
        public Line FirstCopy { get; } = firstCopy;
        public Line FirstOriginal { get; } = firstOriginal;
        public int Count { get; set; } = 1;
        public Line LastOriginal { get; set; } = firstOriginal;

        /// <summary>The next line copies the line after the last one copied, and the originals all precede the copies.</summary>
        public bool Extends(Line line, Line earlier) =>
            line.Ordinal == FirstCopy.Ordinal + Count && earlier.Ordinal == FirstOriginal.Ordinal + Count && earlier.Ordinal < FirstCopy.Ordinal;
    }

    // "a) ", "1. ", "2.3. ", "II. ", "- ", "+ ", "• ": the point's label, which a copy may change.
    [GeneratedRegex(@"^\s*(?:(?:[a-zđ]|\d{1,2}(?:\.\d{1,2})*|[IVXL]{1,5})[.)]|[-+•*–])\s*", RegexOptions.CultureInvariant)]
    private static partial Regex PointLabel();

    // "Thời gian thực hiện: …", "Cơ quan chủ trì: …": a field that points repeat with their own values.
    [GeneratedRegex(@"^\s*[^:.;]{1,40}:\s", RegexOptions.CultureInvariant)]
    private static partial Regex FieldLabel();
}
