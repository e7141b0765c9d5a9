using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Humanizer;

namespace WordHelper.Core.Documents;

/// <summary>
/// Word's automatic numbering, counted as Word counts it: counters belong to the abstract numbering shared by the
/// w:num instances that point to it; a num with a startOverride restarts at its first use; using a level resets
/// the deeper ones (unless lvlRestart says otherwise). Paragraphs must be fed in document order.
/// </summary>
sealed class NumberingResolver
{
    const int Levels = 9;

    sealed class Counters
    {
        public readonly int?[] Values = new int?[Levels];
    }

    readonly Dictionary<int, NumberingInstance> _nums = [];
    readonly Dictionary<int, AbstractNum> _abstracts = [];
    readonly Dictionary<int, Counters> _counters = [];
    readonly HashSet<(int NumId, int Level)> _overridesApplied = [];
    readonly Dictionary<string, int> _numIdOfStyle;
    // Each definition's levels and overrides, indexed once: a numbering part may hold tens of thousands of w:lvl, and
    // every numbered paragraph asks for several levels.
    readonly Dictionary<AbstractNum, Level?[]> _levels = new(ReferenceEqualityComparer.Instance);
    readonly Dictionary<NumberingInstance, LevelOverride?[]> _overrides = new(ReferenceEqualityComparer.Instance);
    readonly Dictionary<NumberingInstance, AbstractNum?> _abstractOf = new(ReferenceEqualityComparer.Instance);

    public NumberingResolver(MainDocumentPart main)
    {
        var numbering = main.NumberingDefinitionsPart?.Numbering;
        foreach (var a in numbering?.Elements<AbstractNum>() ?? [])
            if (a.AbstractNumberId?.Value is { } id) _abstracts.TryAdd(id, a);
        foreach (var n in numbering?.Elements<NumberingInstance>() ?? [])
            if (n.NumberID?.Value is { } id) _nums.TryAdd(id, n);
        _numIdOfStyle = main.StyleDefinitionsPart?.Styles?.Elements<Style>()
            .Where(s => s.StyleId?.Value is not null && s.StyleParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value is not null)
            .GroupBy(s => s.StyleId!.Value!)
            .ToDictionary(g => g.Key, g => g.First().StyleParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value, StringComparer.Ordinal)
            ?? new Dictionary<string, int>(StringComparer.Ordinal);
    }

    public bool HasDefinitions => _nums.Count > 0;

    /// <summary>The label of a numbered paragraph, or null when it is not numbered.</summary>
    public ListNumbering? Next(NumberingProperties? numPr, string? numberingStyleId)
    {
        if (numPr?.NumberingId?.Val?.Value is not { } numId || numId == 0 || !_nums.TryGetValue(numId, out var num)) return null;
        var abs = Abstract(num);
        if (abs is null) return null;
        var level = numPr.NumberingLevelReference?.Val?.Value
            ?? StyleLevel(abs, numberingStyleId)
            ?? 0;
        level = Math.Clamp(level, 0, Levels - 1);

        var absId = abs.AbstractNumberId!.Value;
        if (!_counters.TryGetValue(absId, out var counters)) _counters[absId] = counters = new Counters();

        var overrideLevel = OverridesOf(num)[level];
        if (overrideLevel?.StartOverrideNumberingValue?.Val?.Value is { } restart && _overridesApplied.Add((numId, level)))
            counters.Values[level] = restart - 1;

        var def = LevelDefinition(num, abs, level);
        var start = def?.StartNumberingValue?.Val?.Value ?? 0;
        counters.Values[level] = counters.Values[level] is { } v ? v + 1 : start;
        for (var deeper = level + 1; deeper < Levels; deeper++)
        {
            var restartAfter = LevelDefinition(num, abs, deeper)?.LevelRestart?.Val?.Value;
            if (restartAfter is null || (restartAfter != 0 && level < restartAfter)) counters.Values[deeper] = null;
        }

        var format = def?.NumberingFormat?.Val?.Value ?? NumberFormatValues.Decimal;
        var label = Label(def, num, abs, counters, format);
        return new ListNumbering(numId, level, FormatName(format), label);
    }

    /// <summary>The abstract definition a num counts with, once per num: finding a child element scans all its siblings.</summary>
    AbstractNum? Abstract(NumberingInstance num)
    {
        if (_abstractOf.TryGetValue(num, out var known)) return known;
        return _abstractOf[num] = ResolveAbstract(num);
    }

    AbstractNum? ResolveAbstract(NumberingInstance num)
    {
        if (num.AbstractNumId?.Val?.Value is not { } id || !_abstracts.TryGetValue(id, out var abs)) return null;
        // A numStyleLink points to a style whose numbering holds the real definition.
        if (abs.NumberingStyleLink?.Val?.Value is { } link && _numIdOfStyle.TryGetValue(link, out var linkedNum)
            && _nums.TryGetValue(linkedNum, out var linked) && linked.AbstractNumId?.Val?.Value is { } linkedAbs && linkedAbs != id
            && _abstracts.TryGetValue(linkedAbs, out var real))
            return real;
        return abs;
    }

    Level? LevelDefinition(NumberingInstance num, AbstractNum abs, int level) => OverridesOf(num)[level]?.Level ?? LevelsOf(abs)[level];

    /// <summary>The level a numbering style is linked to (w:pStyle in a w:lvl), if any.</summary>
    int? StyleLevel(AbstractNum abs, string? styleId)
    {
        if (styleId is null) return null;
        var index = Array.FindIndex(LevelsOf(abs), l => l?.ParagraphStyleIdInLevel?.Val?.Value == styleId);
        return index >= 0 ? index : null;
    }

    /// <summary>The first w:lvl of each level index, 0 to 8.</summary>
    Level?[] LevelsOf(AbstractNum abs)
    {
        if (_levels.TryGetValue(abs, out var known)) return known;
        var levels = new Level?[Levels];
        foreach (var l in abs.Elements<Level>())
            if (l.LevelIndex?.Value is { } i and >= 0 and < Levels) levels[i] ??= l;
        return _levels[abs] = levels;
    }

    /// <summary>The first w:lvlOverride of each level index, 0 to 8.</summary>
    LevelOverride?[] OverridesOf(NumberingInstance num)
    {
        if (_overrides.TryGetValue(num, out var known)) return known;
        var overrides = new LevelOverride?[Levels];
        foreach (var o in num.Elements<LevelOverride>())
            if (o.LevelIndex?.Value is { } i and >= 0 and < Levels) overrides[i] ??= o;
        return _overrides[num] = overrides;
    }

    string Label(Level? def, NumberingInstance num, AbstractNum abs, Counters counters, NumberFormatValues format)
    {
        var text = def?.LevelText?.Val?.Value ?? "";
        if (format == NumberFormatValues.None) return "";
        if (format == NumberFormatValues.Bullet) return Bullet(text);
        var legal = def?.IsLegalNumberingStyle is { } lgl && (lgl.Val is null || lgl.Val.Value);
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && char.IsDigit(text[i + 1]))
            {
                var l = text[i + 1] - '1';
                i++;
                if (l is < 0 or >= Levels) continue;
                var ld = LevelDefinition(num, abs, l);
                var value = counters.Values[l] ?? ld?.StartNumberingValue?.Val?.Value ?? 1;
                var fmt = legal ? NumberFormatValues.Decimal : ld?.NumberingFormat?.Val?.Value ?? NumberFormatValues.Decimal;
                sb.Append(Format(value, fmt));
            }
            else sb.Append(text[i]);
        }
        return sb.ToString();
    }

    /// <summary>A number as Word writes it in a format: list labels, and note marks too.</summary>
    internal static string Format(int value, NumberFormatValues format)
    {
        if (format == NumberFormatValues.UpperRoman) return value > 0 ? value.ToRoman() : value.ToString();
        if (format == NumberFormatValues.LowerRoman) return value > 0 ? value.ToRoman().ToLowerInvariant() : value.ToString();
        if (format == NumberFormatValues.UpperLetter) return Letters(value).ToUpperInvariant();
        if (format == NumberFormatValues.LowerLetter) return Letters(value);
        if (format == NumberFormatValues.DecimalZero) return value.ToString("00");
        return value.ToString();
    }

    /// <summary>Word's letter numbering: a…z, then aa…zz.</summary>
    static string Letters(int value)
    {
        if (value <= 0) return value.ToString();
        var letter = (char)('a' + (value - 1) % 26);
        return new string(letter, (value - 1) / 26 + 1);
    }

    /// <summary>Bullets drawn from symbol fonts sit in the private-use area: say what a reader sees.</summary>
    static string Bullet(string text) => text switch
    {
        "" => "",
        "\uF02D" or "\u2013" or "\u2014" or "-" => "-",
        "\uF02B" or "+" => "+",
        _ when text.Length == 1 && text[0] >= '\uF000' && text[0] <= '\uF0FF' => "•",
        _ => text,
    };

    static string FormatName(NumberFormatValues f) =>
        f == NumberFormatValues.Bullet ? "bullet" :
        f == NumberFormatValues.UpperRoman ? "upperRoman" :
        f == NumberFormatValues.LowerRoman ? "lowerRoman" :
        f == NumberFormatValues.UpperLetter ? "upperLetter" :
        f == NumberFormatValues.LowerLetter ? "lowerLetter" :
        f == NumberFormatValues.None ? "none" :
        f == NumberFormatValues.DecimalZero ? "decimalZero" : "decimal";
}
