using System.Text.RegularExpressions;
using Humanizer;
using WordHelper.Core.Documents;

namespace WordHelper.Core.Rules.Numbering;

public enum HeadingKind { Part, Chapter, Section, Article, Roman, Arabic, Path, Letter }

/// <summary>
/// The number that opens a paragraph, typed ("2. Yêu cầu") or produced by Word's automatic numbering:
/// its kind, its value, how it is written ("Điều " + "4" + "."), and where the typed number stands in the text.
/// </summary>
public sealed partial record HeadingNumber(DraftParagraph Paragraph, HeadingKind Kind, int Value, string Written, string Delimiter, bool Automatic, IReadOnlyList<int> Path)
{
    /// <summary>The word before the number: "Điều ", "Chương ", "Phần ", "Mục "; empty for I., 1., a).</summary>
    public string Prefix { get; init; } = "";

    /// <summary>
    /// The last of the items a line sets side by side after this number ("4. Số CCCD: ……  5. Mã số BHXH: ……" runs to 5),
    /// the number the next item follows; null for a line with one item.
    /// </summary>
    public int? RunsTo { get; init; }

    /// <summary>
    /// The last of the options a question lists on its own line ("8. Đối tượng ưu tiên: 1. Người khuyết tật⇥2. Hộ nghèo"
    /// lists to 2), which the next lines may go on numbering ("3. Hộ cận nghèo"); null for a line that lists none.
    /// </summary>
    public int? OptionsTo { get; init; }

    /// <summary>Where <see cref="Written"/> starts in the paragraph's text; -1 when Word draws the number.</summary>
    public int Start { get; init; } = -1;

    /// <summary>Levels of one kind but different punctuation families are read as different levels: "1)" sits under "a)".</summary>
    public string Level => Kind switch
    {
        HeadingKind.Arabic => Delimiter == ")" ? "Arabic)" : "Arabic",
        HeadingKind.Path => "Path" + Path.Count,
        _ => Kind.ToString(),
    };

    /// <summary>Where a level sits in the usual hierarchy (Phần → Chương → Mục → Điều → I → 1 → 1.1 → a → 1)), for a level met the first time.</summary>
    public int Rank => Kind switch
    {
        HeadingKind.Part => 0,
        HeadingKind.Chapter => 1,
        HeadingKind.Section => 2,
        HeadingKind.Article => 3,
        HeadingKind.Roman => 4,
        HeadingKind.Arabic => Delimiter == ")" ? 20 : 5,
        HeadingKind.Path => 5 + Path.Count - 1,
        _ => 10,
    };

    /// <summary>As printed: "3.", "II.", "b)", "2.1.", "Điều 4.", "Phần thứ hai".</summary>
    public string Display => Prefix + Written + Delimiter;

    /// <summary>Vietnamese order of points: a b c d đ e g h i k l m n o p q r s t u v x y.</summary>
    public const string VietnameseLetters = "abcdđeghiklmnopqrstuvxy";

    public static HeadingNumber? Parse(DraftParagraph p)
    {
        if (p.List is { } list && (list.Format is "bullet" or "none" || list.Label.Length == 0)) return null;
        var display = p.DisplayText;
        var text = display.TrimStart();
        if (text.Length < 2) return null;
        var automatic = p.List is not null;
        if (!MayBeNumbered(text)) return null;
        var lead = display.Length - text.Length;
        int At(Group g) => automatic ? -1 : lead + g.Index;

        if (PartPattern().Match(text) is { Success: true } part && Number(part.Groups["v"].Value) is { } pv)
        {
            var isPart = part.Groups["k"].Value.ToUpperInvariant().StartsWith("PH", StringComparison.Ordinal);
            return new(p, isPart ? HeadingKind.Part : HeadingKind.Chapter, pv, part.Groups["v"].Value, "", automatic, [pv])
                { Prefix = part.Groups["k"].Value + " ", Start = At(part.Groups["v"]) };
        }
        if (OrdinalPartPattern().Match(text) is { Success: true } ordinal && Ordinal(ordinal.Groups["w"].Value) is { } ov)
            return new(p, HeadingKind.Part, ov, ordinal.Groups["w"].Value, "", automatic, [ov])
                { Prefix = text[..ordinal.Groups["w"].Index], Start = At(ordinal.Groups["w"]) };
        if (ArticlePattern().Match(text) is { Success: true } art)
            return new(p, art.Groups["k"].Value == "Mục" ? HeadingKind.Section : HeadingKind.Article, int.Parse(art.Groups["v"].Value), art.Groups["v"].Value, art.Groups["d"].Value, automatic, [])
                { Prefix = art.Groups["k"].Value + " ", Start = At(art.Groups["v"]) };
        if (RomanPattern().Match(text) is { Success: true } r && Roman(r.Groups["v"].Value) is { } rv)
            return new(p, HeadingKind.Roman, rv, r.Groups["v"].Value, NormalDelimiter(r.Groups["d"].Value), automatic, [rv]) { Start = At(r.Groups["v"]) };
        if (PathPattern().Match(text) is { Success: true } path)
        {
            var parts = path.Groups["v"].Value.Split('.').Select(int.Parse).ToList();
            return new(p, HeadingKind.Path, parts[^1], path.Groups["v"].Value, path.Groups["d"].Value, automatic, parts)
                { Start = At(path.Groups["v"]), OptionsTo = InlineOptions(text, path.Length) };
        }
        if (ArabicPattern().Match(text) is { Success: true } a)
        {
            var value = int.Parse(a.Groups["v"].Value);
            var runsTo = automatic ? null : LastSideBySide(text, value);
            return new(p, HeadingKind.Arabic, value, a.Groups["v"].Value, NormalDelimiter(a.Groups["d"].Value), automatic, [])
                { Start = At(a.Groups["v"]), RunsTo = runsTo, OptionsTo = runsTo is null ? InlineOptions(text, a.Length) : null };
        }
        if (LetterPattern().Match(text) is { Success: true } l)
        {
            var letter = l.Groups["v"].Value[0];
            var value = VietnameseLetters.IndexOf(letter) is var vi and >= 0 ? vi + 1 : letter - 'a' + 1;
            return new(p, HeadingKind.Letter, value, l.Groups["v"].Value, l.Groups["d"].Value, automatic, [])
                { Start = At(l.Groups["v"]), OptionsTo = InlineOptions(text, l.Length) };
        }
        return null;
    }

    /// <summary>
    /// "4. Sơ cấp⇥5. Trung cấp⇥6. Cao đẳng", "4. Số CCCD: ……… 5. Mã số BHXH: ………": the items a form sets side by side on
    /// the line of the number <paramref name="first"/>, past a tab, a run of spaces or a field of dots; the last of them
    /// that run on from it, or null. "3. Giới tính:⇥1. Nam⇥2. Nữ" lists a question's options, not items of its level.
    /// </summary>
    static int? LastSideBySide(string text, int first)
    {
        if (!text.Contains('\t') && !text.Contains("  ", StringComparison.Ordinal) && !text.Contains('\u00A0') && !text.Contains("..", StringComparison.Ordinal) && !text.Contains('…'))
            return null;
        var last = first;
        foreach (Match next in InlineItem().Matches(text))
        {
            if (int.Parse(next.Groups["v"].Value) != last + 1) break;
            last++;
        }
        return last > first ? last : null;
    }

    [GeneratedRegex(@"(?:\t|[ \u00A0]{2,}|[.…_]{2,}\s*)[\t \u00A0]*(?<v>\d{1,2})\s?[.)]\s", RegexOptions.CultureInvariant)]
    private static partial Regex InlineItem();

    /// <summary>
    /// "3. Giới tính:⇥1. Nam⇥2. Nữ", "13. Người thất nghiệp 1. Chưa bao giờ làm việc      2. Đã từng làm việc": the
    /// options a question lists after its text, from 1 and at least to 2, the later ones set apart as a form sets them;
    /// the last of them, or null.
    /// </summary>
    static int? InlineOptions(string text, int from)
    {
        if (FirstOption().Match(text, from) is not { Success: true } first) return null;
        var last = 1;
        foreach (Match next in InlineItem().Matches(text, first.Index + first.Length))
        {
            if (int.Parse(next.Groups["v"].Value) != last + 1) break;
            last++;
        }
        return last > 1 ? last : null;
    }

    [GeneratedRegex(@"(?<=[\s:])1\s?[.)]\s+(?=\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex FirstOption();

    /// <summary>A cheap look at the first characters before the patterns: most paragraphs are plain sentences.</summary>
    static bool MayBeNumbered(string text)
    {
        var c = text[0];
        return char.IsDigit(c) || c is 'I' or 'V' or 'X' or 'L' or 'C' or 'P' or 'Đ' or 'M'
            || (char.IsLower(c) && text[1] is ')' or '.' or ' ');
    }

    /// <summary>"Phần thứ nhất", "Phần thứ hai": the ordinal words, in order.</summary>
    public static readonly string[] OrdinalWords = ["nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"];

    public static bool IsOrdinalWord(string word) => Ordinal(word) is not null;

    /// <summary>"hai" → 2, in either case.</summary>
    static int? Ordinal(string word) =>
        Array.FindIndex(OrdinalWords, w => string.Equals(w, word, StringComparison.OrdinalIgnoreCase)) is var i and >= 0 ? i + 1 : null;

    static string NormalDelimiter(string d) => d is "–" ? "-" : d;

    static int? Number(string v) => int.TryParse(v, out var n) ? n : Roman(v);

    static int? Roman(string v)
    {
        try { return v.FromRoman() is var n and > 0 and < 40 && n.ToRoman() == v ? n : null; }
        catch (ArgumentException) { return null; }
    }

    [GeneratedRegex(@"^(?<k>PHẦN|Phần|CHƯƠNG|Chương)\s+(?<v>[IVXLC]{1,6}|\d{1,2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex PartPattern();

    [GeneratedRegex(@"^(?:PHẦN|Phần)\s+(?<t>(?:THỨ|thứ)\s+(?<w>\p{L}+))\s*(?:[.:\-–]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex OrdinalPartPattern();

    [GeneratedRegex(@"^(?<k>Điều|Mục)\s+(?<v>\d{1,3})\s*(?<d>[.:])", RegexOptions.CultureInvariant)]
    private static partial Regex ArticlePattern();

    [GeneratedRegex(@"^(?<v>[IVXLC]{1,6})\s?(?<d>[.)\-–:])(?:\s+|(?<![\-–])|(?=\p{Lu}))(?=[\p{L}“""(])", RegexOptions.CultureInvariant)]
    private static partial Regex RomanPattern();

    [GeneratedRegex(@"^(?<v>\d{1,2}(\.\d{1,2}){1,3})(?:(?<d>\.)\s*|\s+)(?=\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex PathPattern();

    [GeneratedRegex(@"^(?<v>\d{1,2})\s?(?<d>[.)\-–:])(?:\s+|(?<![\-–])|(?=\p{Lu}))(?=[\p{L}“""(])", RegexOptions.CultureInvariant)]
    private static partial Regex ArabicPattern();

    /// <summary>"a)", "a."; also "d)." with a stray dot, read as the point it is so that its punctuation is reported.</summary>
    [GeneratedRegex(@"^(?<v>[a-zđ])\s?(?<d>\)\.|[).])\s+(?=\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex LetterPattern();
}
