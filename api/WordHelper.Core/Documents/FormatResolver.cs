using DocumentFormat.OpenXml;

using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WStyle = DocumentFormat.OpenXml.Wordprocessing.Style;

namespace WordHelper.Core.Documents;

/// <summary>
/// Effective formatting after Word's cascade: document defaults, then the paragraph style chain (basedOn),
/// then the character style chain, then direct formatting. Results per style are cached.
/// </summary>
sealed class FormatResolver
{
    /// <summary>Run properties as the cascade leaves them; null means "not said".</summary>
    internal sealed record RunProps(string? Font, double? Size, bool? Bold, bool? Italic, bool? Underline)
    {
        public static readonly RunProps Empty = new(null, null, null, null, null);

        public RunProps Over(RunProps under) => new(Font ?? under.Font, Size ?? under.Size, Bold ?? under.Bold, Italic ?? under.Italic, Underline ?? under.Underline);

        public RunFormat ToFormat() => new(Font, Size, Bold ?? false, Italic ?? false, Underline ?? false);
    }

    /// <summary>Paragraph properties the checker reads.</summary>
    internal sealed record ParaProps(JustificationValues? Justification, double? FirstLinePt, int? OutlineLevel, NumberingProperties? Numbering, string? NumberingStyleId)
    {
        public static readonly ParaProps Empty = new(null, null, null, null, null);

        public ParaProps Over(ParaProps under) => new(Justification ?? under.Justification, FirstLinePt ?? under.FirstLinePt,
            OutlineLevel ?? under.OutlineLevel, Numbering ?? under.Numbering, Numbering is not null ? NumberingStyleId : under.NumberingStyleId);
    }

    readonly Dictionary<string, WStyle> _styles = new(StringComparer.Ordinal);
    readonly string? _defaultParagraphStyle;
    readonly RunProps _defaultRun;
    readonly ParaProps _defaultPara;
    readonly string? _minorFont, _majorFont;
    readonly Dictionary<string, (RunProps Run, ParaProps Para)> _paragraphStyleCache = new(StringComparer.Ordinal);
    readonly Dictionary<string, RunProps> _characterStyleCache = new(StringComparer.Ordinal);

    public FormatResolver(MainDocumentPart main)
    {
        var fonts = main.ThemePart?.Theme?.ThemeElements?.FontScheme;
        _minorFont = fonts?.MinorFont?.LatinFont?.Typeface?.Value;
        _majorFont = fonts?.MajorFont?.LatinFont?.Typeface?.Value;

        var styles = main.StyleDefinitionsPart?.Styles;
        foreach (var s in styles?.Elements<WStyle>() ?? [])
            if (s.StyleId?.Value is { } id) _styles.TryAdd(id, s);
        _defaultParagraphStyle = styles?.Elements<WStyle>()
            .FirstOrDefault(s => s.Type?.Value == StyleValues.Paragraph && s.Default?.Value == true)?.StyleId?.Value;
        var defaults = styles?.DocDefaults;
        _defaultRun = Read(defaults?.RunPropertiesDefault?.RunPropertiesBaseStyle);
        _defaultPara = Read(defaults?.ParagraphPropertiesDefault?.ParagraphPropertiesBaseStyle);
    }

    public string? StyleName(string? styleId) =>
        styleId is not null && _styles.TryGetValue(styleId, out var s) ? s.StyleName?.Val?.Value ?? styleId : null;

    public string? EffectiveParagraphStyle(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? _defaultParagraphStyle;

    public ParaProps Paragraph(Paragraph p)
    {
        var style = ParagraphStyle(EffectiveParagraphStyle(p)).Para;
        var direct = Read(p.ParagraphProperties);
        return direct.Over(style).Over(_defaultPara);
    }

    public RunProps ParagraphRun(Paragraph p) => ParagraphStyle(EffectiveParagraphStyle(p)).Run.Over(_defaultRun);

    public RunFormat Run(RunProps paragraphRun, Run r)
    {
        var rPr = r.RunProperties;
        var charStyle = rPr?.RunStyle?.Val?.Value is { } id ? CharacterStyle(id) : RunProps.Empty;
        return ReadRun(rPr).Over(charStyle).Over(paragraphRun).ToFormat();
    }

    (RunProps Run, ParaProps Para) ParagraphStyle(string? id)
    {
        if (id is null) return (RunProps.Empty, ParaProps.Empty);
        if (_paragraphStyleCache.TryGetValue(id, out var cached)) return cached;
        var run = RunProps.Empty;
        var para = ParaProps.Empty;
        foreach (var s in Chain(id))
        {
            run = run.Over(ReadRun(s.StyleRunProperties));
            var p = Read(s.StyleParagraphProperties);
            if (p.Numbering is not null) p = p with { NumberingStyleId = s.StyleId?.Value };
            para = para.Over(p);
        }
        return _paragraphStyleCache[id] = (run, para);
    }

    RunProps CharacterStyle(string id)
    {
        if (_characterStyleCache.TryGetValue(id, out var cached)) return cached;
        var run = RunProps.Empty;
        foreach (var s in Chain(id)) run = run.Over(ReadRun(s.StyleRunProperties));
        return _characterStyleCache[id] = run;
    }

    /// <summary>Word's own style chains are a few links long; a longer one is built to make every style cost its length.</summary>
    const int MaxChain = 32;

    /// <summary>A style and the styles it is based on, nearest first; cycles cut, and chains cut at <see cref="MaxChain"/>.</summary>
    IEnumerable<WStyle> Chain(string id)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var current = id; current is not null && seen.Count < MaxChain && seen.Add(current) && _styles.TryGetValue(current, out var s); current = s.BasedOn?.Val?.Value)
            yield return s;
    }

    RunProps ReadRun(OpenXmlElement? rPr)
    {
        if (rPr is null) return RunProps.Empty;
        var fonts = rPr.GetFirstChild<RunFonts>();
        var size = rPr.GetFirstChild<FontSize>()?.Val?.Value;
        return new RunProps(
            Font(fonts),
            double.TryParse(size, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var half) ? half / 2 : null,
            Toggle(rPr.GetFirstChild<Bold>()),
            Toggle(rPr.GetFirstChild<Italic>()),
            rPr.GetFirstChild<Underline>() is { } u ? u.Val?.Value != UnderlineValues.None : null);
    }

    RunProps Read(RunPropertiesBaseStyle? rPr) => ReadRun(rPr);

    string? Font(RunFonts? f)
    {
        if (f is null) return null;
        if (f.Ascii?.Value is { } ascii) return ascii;
        if (f.HighAnsi?.Value is { } hAnsi) return hAnsi;
        var theme = f.AsciiTheme?.Value ?? f.HighAnsiTheme?.Value;
        if (theme is null) return null;
        return theme == ThemeFontValues.MajorAscii || theme == ThemeFontValues.MajorHighAnsi || theme == ThemeFontValues.MajorBidi || theme == ThemeFontValues.MajorEastAsia
            ? _majorFont : _minorFont;
    }

    static bool? Toggle(OnOffType? t) => t is null ? null : t.Val is null || t.Val.Value;

    static ParaProps Read(OpenXmlElement? pPr)
    {
        if (pPr is null) return ParaProps.Empty;
        var ind = pPr.GetFirstChild<Indentation>();
        double? firstLine = null;
        if (ind?.FirstLine?.Value is { } fl && double.TryParse(fl, out var flv)) firstLine = flv / 20;
        else if (ind?.Hanging?.Value is { } h && double.TryParse(h, out var hv)) firstLine = -hv / 20;
        return new ParaProps(
            pPr.GetFirstChild<Justification>()?.Val?.Value,
            firstLine,
            pPr.GetFirstChild<OutlineLevel>()?.Val?.Value,
            pPr.GetFirstChild<NumberingProperties>(),
            null);
    }
}
