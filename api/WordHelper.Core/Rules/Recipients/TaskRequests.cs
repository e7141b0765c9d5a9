using System.Text.RegularExpressions;
using WordHelper.Core.RulePack;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Recipients;

/// <summary>A unit named in a paragraph with the words that belong to its name ("Công an tỉnh Lâm Đồng"), as written.</summary>
public sealed record NamedUnit(UnitMention Mention, int Start, int End, string Written);

/// <summary>
/// How a paragraph asks a unit to act, read on the words around its name: a request right before it ("đề nghị Sở Y tế",
/// "giao cho Giám đốc Sở Tài chính"), a duty right after it ("Sở Tài chính chủ trì"), an item it opens ("1. Sở Tài
/// chính: …"), or a label it is the value of ("Đơn vị thực hiện: Công an tỉnh"). Units listed together ("đề nghị Sở Y
/// tế, Sở Tài chính và Công an tỉnh …") share the request or the duty.
/// </summary>
public sealed partial class TaskRequests(Phrases words)
{
    readonly List<string[]> _requests = Split(words.RequestBefore);
    readonly List<string[]> _notRequests = Split(words.NotRequests);
    readonly List<string[]> _titles = Split(words.UnitTitles);
    readonly List<string[]> _labels = Split(words.TaskLabels);
    readonly List<string[]> _duties = Split(words.DutyAfter);
    readonly List<string[]> _places = Split(words.PlaceWords);
    readonly HashSet<string> _past = words.PastMarkers.Select(VietnameseText.Key).Where(k => !k.Contains(' ')).ToHashSet(StringComparer.Ordinal);
    readonly HashSet<string> _notAddressed = words.NotAddressedAfter.Select(VietnameseText.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>The unit ends a list of names that one of those words opens: "phối hợp với Bộ Nội vụ, Tổng Liên đoàn …".</summary>
    readonly Regex _afterPartners = new(@"(^|\s)(" + string.Join("|", words.NotAddressedAfter.Select(Regex.Escape)) +
        @")\s+(\p{Lu}[^.;:,()]{0,60}(,|\svà)\s+)+$", RegexOptions.CultureInvariant);

    static List<string[]> Split(IEnumerable<string> phrases) =>
        phrases.Select(p => VietnameseText.Key(p).Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Length > 0)
            .OrderByDescending(w => w.Length).ToList();

    /// <summary>The mention widened over the words that belong to the name: a leading "Các", its level and place.</summary>
    public NamedUnit Extend(string text, UnitMention m)
    {
        var end = m.Start + m.Length;
        var tokens = Tokens(After(text, end));
        var taken = 0;
        for (var t = 0; t < tokens.Count && taken < 6;)
        {
            if (!tokens[t].IsWord) break;
            var place = MatchAt(tokens, t, _places);
            var length = place > 0 ? place : char.IsUpper(tokens[t].Text[0]) || char.IsDigit(tokens[t].Text[0]) ? 1 : 0;
            if (length == 0) break;
            t += length;
            taken += length;
            end = m.Start + m.Length + tokens[t - 1].End;
        }
        var start = m.Start;
        if (LeadingMany().Match(text[..start]) is { Success: true } many) start = many.Index;
        return new NamedUnit(m, start, end, text[start..end]);
    }

    /// <summary>A request governs the unit, or the unit is listed with one that a request governs.</summary>
    public bool IsRequested(string text, IReadOnlyList<NamedUnit> units, int i, bool report)
    {
        for (var step = 0; step < MaxListed; step++)
        {
            var tokens = Tokens(Before(text, units[i].Mention.Start));
            var end = SkipTitles(tokens, tokens.Count);
            if (EndsWith(tokens, end, _requests) is var r and >= 0)
                return EndsWith(tokens, end, _notRequests) < 0 && !HasPast(tokens, r) && (!report || OpensSentence(tokens, r));
            if (end > 0 && tokens[end - 1].Text == ":" && EndsWith(tokens, end - 1, _labels) >= 0) return true;
            if (Previous(text, units, i) is not { } j) return false;
            i = j;
        }
        return false;
    }

    /// <summary>The unit is the subject of a duty ("Sở Y tế chủ trì …"), alone or listed with others ("Sở Y tế, Sở Tài chính có trách nhiệm …").</summary>
    public bool IsDutyBound(string text, IReadOnlyList<NamedUnit> units, int i)
    {
        var head = i;
        for (var step = 0; step < MaxListed && Previous(text, units, head) is { } j; step++) head = j;
        if (IsPlaceOrOwner(text, units[head])) return false; // "phối hợp với Bộ Nội vụ, Tổng Liên đoàn Lao động …"
        var before = Tokens(Before(text, units[head].Mention.Start));
        if (EndsWith(before, SkipTitles(before, before.Count), _requests) >= 0) return false; // a request's object: judged as such

        for (var k = i; k < units.Count && k < i + MaxListed; k++)
        {
            var after = Tokens(ParenthesisAfter().Replace(After(text, units[k].End), "", 1));
            if (MatchAt(after, 0, _duties) > 0) return true;
            if (k + 1 >= units.Count || Previous(text, units, k + 1) != k) return false;
        }
        return false;
    }

    /// <summary>The unit opens the paragraph ("1. Sở Tài chính: …", "- Các tổ chức thành viên …"), alone or listed with others.</summary>
    public bool OpensItem(string text, IReadOnlyList<NamedUnit> units, int i)
    {
        for (var step = 0; step < MaxListed && Previous(text, units, i) is { } j; step++) i = j;
        if (units[i].Start > 40 || !ItemLead().IsMatch(text[..units[i].Start])) return false;
        var after = Tokens(After(text, units[i].End));
        return after.Count == 0 || !after[0].IsWord || !_past.Contains(after[0].Key);
    }

    /// <summary>"tại Sở Y tế", "của Sở Y tế", "với Sở Y tế": the unit is a place, an owner or a partner, not the one who acts.</summary>
    bool IsPlaceOrOwner(string text, NamedUnit unit)
    {
        var before = Before(text, unit.Start);
        var tokens = Tokens(before);
        return (tokens.Count > 0 && tokens[^1].IsWord && _notAddressed.Contains(tokens[^1].Key)) || _afterPartners.IsMatch(before);
    }

    /// <summary>The unit listed right before this one, "A, B" or "A và B", if any.</summary>
    static int? Previous(string text, IReadOnlyList<NamedUnit> units, int i)
    {
        if (i == 0) return null;
        if (units[i - 1].End >= units[i].Start) return i - 1; // the earlier name ran into this one
        if (units[i].Start - units[i - 1].End > Window) return null;
        var between = text[units[i - 1].End..units[i].Start];
        return ListSeparator().IsMatch(between) ? i - 1 : null;
    }

    int SkipTitles(List<Token> tokens, int end)
    {
        for (int at; (at = EndsWith(tokens, end, _titles)) >= 0;) end = at;
        return end;
    }

    /// <summary>A past marker between the start of the sentence and the request: what was asked before, reported now.</summary>
    bool HasPast(List<Token> tokens, int request)
    {
        for (var t = request - 1; t >= 0 && !IsSentenceEnd(tokens[t]); t--)
            if (tokens[t].IsWord && _past.Contains(tokens[t].Key)) return true;
        return false;
    }

    /// <summary>Only list labels ("1.", "a)", "-") stand between the start of the sentence and the request.</summary>
    static bool OpensSentence(List<Token> tokens, int request)
    {
        for (var t = request - 1; t >= 0 && !IsSentenceEnd(tokens[t]); t--)
            if (tokens[t].IsWord && tokens[t].Text.Length > 2 && tokens[t].Key != "kinh" && !RomanNumber().IsMatch(tokens[t].Text)) return false;
        return true;
    }

    static bool IsSentenceEnd(Token t) => !t.IsWord && t.Text is "." or ";" or ":" or "!" or "?";

    /// <summary>Where a phrase of <paramref name="phrases"/> made of the words right before <paramref name="end"/> starts, or -1.</summary>
    static int EndsWith(List<Token> tokens, int end, List<string[]> phrases)
    {
        foreach (var phrase in phrases)
            if (PhraseAt(tokens, end - phrase.Length, phrase)) return end - phrase.Length;
        return -1;
    }

    /// <summary>How many words a phrase of <paramref name="phrases"/> takes from <paramref name="start"/> on, or 0.</summary>
    static int MatchAt(List<Token> tokens, int start, List<string[]> phrases)
    {
        foreach (var phrase in phrases)
            if (PhraseAt(tokens, start, phrase)) return phrase.Length;
        return 0;
    }

    /// <summary>The words from <paramref name="start"/> on are the phrase's.</summary>
    static bool PhraseAt(List<Token> tokens, int start, string[] phrase)
    {
        if (start < 0 || start + phrase.Length > tokens.Count) return false;
        for (var w = 0; w < phrase.Length; w++)
            if (!tokens[start + w].IsWord || tokens[start + w].Key != phrase[w]) return false;
        return true;
    }

    /// <summary>A word (its folded form) or a punctuation mark, with where it ends in the text.</summary>
    readonly record struct Token(string Text, string Key, bool IsWord, int End);

    /// <summary>How far around a name its words are read, and how many names a list may hold: a paragraph may be long.</summary>
    const int Window = 200;
    const int MaxListed = 40;

    static string Before(string text, int at) => text[Math.Max(0, at - Window)..at];
    static string After(string text, int at) => text[at..Math.Min(text.Length, at + Window)];

    static List<Token> Tokens(string text)
    {
        var tokens = new List<Token>();
        foreach (Match m in TokenPattern().Matches(text))
        {
            var word = char.IsLetterOrDigit(m.Value[0]);
            tokens.Add(new Token(m.Value, word ? VietnameseText.Key(m.Value) : m.Value, word, m.Index + m.Length));
        }
        return tokens;
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{M}\p{N}]*|[^\s\p{L}\p{M}\p{N}]")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"\b[Cc]ác\s+$")]
    private static partial Regex LeadingMany();

    /// <summary>Commas or "và", with names between them that are not units of the pack ("Đài PT-TH, Báo Lạng Sơn, Cổng TTĐT").</summary>
    [GeneratedRegex(@"^(\s*(,|\svà)\s*\p{Lu}[^.;:,()]{0,60}?)*\s*,?\s*(và\s+)?$")]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"^\s*\([^()]{0,80}\)")]
    private static partial Regex ParenthesisAfter();

    [GeneratedRegex(@"^\s*((\d+(\.\d+)*[.)]?|[a-zđ][.)]|[IVXLC]+[.)])\s*|[-+–•*]\s*)*((Đối với|Giao cho|Giao|Đề nghị)\s+)?((Các|các)\s+)?$")]
    private static partial Regex ItemLead();

    [GeneratedRegex(@"^[IVXLC]+$")]
    private static partial Regex RomanNumber();
}
