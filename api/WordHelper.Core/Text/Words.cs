namespace WordHelper.Core.Text;

/// <summary>A word of a paragraph: a run of letters (with their combining marks) at its place in the text.</summary>
public sealed record Word(int Start, WordForm Form)
{
    public Word(int start, string text) : this(start, new WordForm(text)) { }

    public string Text => Form.Text;
    public int End => Start + Text.Length;
    /// <inheritdoc cref="WordForm.Lower"/>
    public string Lower => Form.Lower;
    /// <inheritdoc cref="WordForm.LowerHash"/>
    public int LowerHash => Form.LowerHash;
    /// <inheritdoc cref="WordForm.SyllableKey"/>
    public string SyllableKey => Form.SyllableKey;
    /// <inheritdoc cref="WordForm.Folded"/>
    public string Folded => Form.Folded;
}

/// <summary>
/// A word as written and the forms the checks compare it by, each computed once, when asked. A draft writes the same
/// words again and again: the words of a check share one form per spelling (<see cref="WordForms"/>).
/// </summary>
public sealed class WordForm(string text) : IEquatable<WordForm>
{
    string? _lower, _folded, _syllableKey;
    int? _lowerHash;

    public string Text { get; } = text;
    /// <summary>Lower case, diacritics kept: how a word is compared when its accents matter.</summary>
    public string Lower => _lower ??= HasCapital(Text) ? Text.ToLowerInvariant() : Text;
    /// <summary>A hash of <see cref="Lower"/>, for comparing runs of words by their hashes first.</summary>
    public int LowerHash => _lowerHash ??= string.GetHashCode(Lower, StringComparison.Ordinal);
    /// <summary>The word as a syllable of the spelling checks (<see cref="VietnameseLetters.SyllableKey"/>).</summary>
    public string SyllableKey => _syllableKey ??= VietnameseLetters.SyllableKey(Text);
    /// <summary>Lower case without diacritics.</summary>
    public string Folded => _folded ??= VietnameseText.Fold(Text);

    // Most words are written in lower case: they are their own lower case, with no copy made.
    static bool HasCapital(string text)
    {
        foreach (var c in text) if (char.IsUpper(c)) return true;
        return false;
    }

    public bool Equals(WordForm? other) => other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal);
    public override bool Equals(object? obj) => Equals(obj as WordForm);
    public override int GetHashCode() => string.GetHashCode(Text, StringComparison.Ordinal);
}

/// <summary>The forms of the words met so far, one per spelling: looked up by the characters in the text, no copy made for a word met before.</summary>
public sealed class WordForms
{
    readonly Dictionary<string, WordForm> _forms = new(StringComparer.Ordinal);

    public WordForm For(ReadOnlySpan<char> written)
    {
        var lookup = _forms.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(written, out var form)) return form;
        form = new WordForm(written.ToString());
        _forms[form.Text] = form;
        return form;
    }
}

/// <summary>Splits text into words and tells what lies between two of them.</summary>
public static class Words
{
    public static IReadOnlyList<Word> Split(string text) => Split(text, null);

    /// <summary>The words of <paramref name="text"/>, their forms shared through <paramref name="forms"/> when given.</summary>
    public static IReadOnlyList<Word> Split(string text, WordForms? forms)
    {
        // About one word in six characters of Vietnamese text: the list seldom grows.
        var words = new List<Word>(text.Length / 6 + 1);
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && IsWordChar(text[i])) i++;
            words.Add(forms is null ? new Word(start, text[start..i]) : new Word(start, forms.For(text.AsSpan(start, i - start))));
        }
        return words;
    }

    /// <summary>The text from <paramref name="start"/> to <paramref name="end"/> with a few words either side, so that the reader finds the place.</summary>
    public static string Around(string text, int start, int end)
    {
        var from = start;
        for (var spaces = 0; from > 0 && spaces < 3; from--) if (text[from - 1] == ' ' && ++spaces == 3) break;
        var to = end;
        for (var spaces = 0; to < text.Length && spaces < 3; to++) if (text[to] == ' ' && ++spaces == 3) break;
        return text[from..to].Trim();
    }

    /// <summary>Only spaces (no punctuation, no line break) between the end of one word and the start of the next.</summary>
    public static bool SpaceBetween(string text, Word a, Word b)
    {
        if (b.Start <= a.End) return false;
        for (var i = a.End; i < b.Start; i++)
            if (text[i] is not (' ' or '\u00A0' or '\t')) return false;
        return true;
    }

    /// <summary>The word right before word <paramref name="i"/>, with only spaces between, or null.</summary>
    public static Word? Before(string text, IReadOnlyList<Word> words, int i) =>
        i >= 1 && i < words.Count && SpaceBetween(text, words[i - 1], words[i]) ? words[i - 1] : null;

    /// <summary>The word right after word <paramref name="i"/>, with only spaces between, or null.</summary>
    public static Word? After(string text, IReadOnlyList<Word> words, int i) =>
        i >= 0 && i + 1 < words.Count && SpaceBetween(text, words[i], words[i + 1]) ? words[i + 1] : null;

    /// <summary>The words from <paramref name="i"/> to <paramref name="i"/> + <paramref name="count"/> − 1 exist, with only spaces between.</summary>
    public static bool Run(string text, IReadOnlyList<Word> words, int i, int count)
    {
        if (i < 0 || i + count > words.Count) return false;
        for (var j = i + 1; j < i + count; j++)
            if (!SpaceBetween(text, words[j - 1], words[j])) return false;
        return true;
    }

    static bool IsWordChar(char c) => char.IsLetter(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;
}
