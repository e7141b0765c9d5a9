using WordHelper.Core.Citations;
using WordHelper.Core.Documents;
using WordHelper.Core.Registry;
using WordHelper.Core.Rules.Numbering;
using WordHelper.Core.RulePack;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules;

/// <summary>Everything a rule reads, prepared once per document: the paragraphs, the recognised header, the citations.</summary>
public sealed partial class CheckContext
{
    readonly Lazy<IReadOnlyList<Citation>> _citations;
    readonly Lazy<DraftDate> _effectiveDate;
    readonly FoldedText?[] _folded;
    readonly Dictionary<Citation, CitationResolution> _resolutions = new(ReferenceEqualityComparer.Instance);

    public CheckContext(DraftDocument document, RulePackData pack, ILegalDocumentRegistry registry, DateOnly today)
    {
        Document = document;
        Pack = pack;
        Registry = registry;
        Today = today;
        Header = HeaderRecognizer.Recognize(document, pack);
        _citations = new(() => CitationParser.Parse(document, pack));
        _effectiveDate = new(ComputeEffectiveDate);
        TextParagraphs = document.Notes.Count == 0 ? document.Paragraphs : [.. document.Paragraphs, .. document.NoteParagraphs];
        _folded = new FoldedText?[TextParagraphs.Count];
        _attached = new(() => Documents.AttachedText.Find(document, Header, pack));
    }

    readonly Lazy<IReadOnlyList<DraftParagraph>> _attached;

    /// <summary>A text issued with the decision and printed after its signature (Điều lệ, Quy chế "kèm theo"), to the file's end.</summary>
    public IReadOnlyList<DraftParagraph> AttachedText => _attached.Value;

    /// <summary>The paragraphs whose headings are numbered: the body, then any attached text.</summary>
    public IEnumerable<DraftParagraph> NumberedText => Body.Concat(AttachedText);

    /// <summary>
    /// Each paragraph of <see cref="NumberedText"/> read once for the numbering rules: a fresh start, a paragraph not
    /// numbered in the draft's run, or one that counts, with its heading number (none in table cells).
    /// </summary>
    public IReadOnlyList<(ScopeMark Mark, HeadingNumber? Heading)> NumberedHeadings => _numberedHeadings ??= ReadHeadings();

    IReadOnlyList<(ScopeMark Mark, HeadingNumber? Heading)>? _numberedHeadings;

    IReadOnlyList<(ScopeMark, HeadingNumber?)> ReadHeadings()
    {
        var scope = new NumberingScope(Pack);
        return NumberedText.Select(p => scope.Mark(p) is var mark && mark == ScopeMark.Counts && p.Cell is not null
            ? (ScopeMark.InTable, HeadingNumber.Parse(p))
            : (mark, Heading(p))).ToList();
    }

    /// <summary>A paragraph's heading number, parsed once and shared by the rules; none in a table cell.</summary>
    public HeadingNumber? Heading(DraftParagraph p)
    {
        _headings ??= new (bool, HeadingNumber?)[TextParagraphs.Count];
        ref var known = ref _headings[p.Index];
        if (!known.Parsed) known = (true, p.Cell is null ? HeadingNumber.Parse(p) : null);
        return known.Heading;
    }

    (bool Parsed, HeadingNumber? Heading)[]? _headings;

    Quotations? _quotations;

    /// <summary>
    /// True when the text at <paramref name="index"/> of the paragraph is quoted (“…”, "…", or within an article of
    /// another document reproduced over several paragraphs): rules about wording leave quoted text as written.
    /// </summary>
    public bool IsQuoted(DraftParagraph p, int index) => (_quotations ??= new Quotations(TextParagraphs))[p.Index].Contains(index);

    /// <summary>
    /// True when the text at <paramref name="index"/> is quoted as the name of a campaign, a movement or a slogan, which
    /// the drafter types (cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới”): a short quotation right after one of
    /// the rule pack's name leads. The spelling rules read it; other quotations are someone else's words.
    /// </summary>
    public bool IsQuotedName(DraftParagraph p, int index)
    {
        if ((_quotations ??= new Quotations(TextParagraphs))[p.Index].SpanWithin(index, p.Text) is not { } span) return false;
        var words = Words(p);
        var firstInside = 0;
        while (firstInside < words.Count && words[firstInside].Start < span.Start) firstInside++;
        var inside = 0;
        while (firstInside + inside < words.Count && words[firstInside + inside].Start < span.End) inside++;
        if (inside > LongestQuotedName || firstInside == 0 || p.Text.AsSpan(words[firstInside - 1].End, span.Start - words[firstInside - 1].End).Trim().Length > 0) return false;
        // The lead is read on the (at most three) words right before the opening mark, folded: "cuộc vận động", "theo hướng".
        var lead = string.Join(' ', words.Take(firstInside).TakeLast(3).Select(w => w.Folded));
        foreach (var name in NameLeads.For(Pack))
            if (lead == name || lead.EndsWith(" " + name, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>The rule pack's name leads, folded once.</summary>
    static readonly PerPack<string[]> NameLeads = new(pack => pack.Phrases.QuotedNameLeads.Select(VietnameseText.Fold).ToArray());

    /// <summary>A campaign's name or a slogan has at most this many words.</summary>
    const int LongestQuotedName = 15;

    /// <summary>
    /// The numbered citations of other documents the citation rules judge (<see cref="CitationChecks.CitationScope.NumberedOthers"/>),
    /// in document order, sorted out once for all of them.
    /// </summary>
    public IReadOnlyList<Citation> NumberedCitations => _numberedCitations ??= CitationChecks.CitationScope.NumberedOthers(this).ToList();
    IReadOnlyList<Citation>? _numberedCitations;

    /// <summary>True when a citation stands inside a quotation of another text.</summary>
    public bool IsQuoted(Citations.Citation c) => IsQuoted(Paragraph(c.Paragraph), c.Start);

    /// <summary>A paragraph's text folded for matching, computed once and shared by the rules.</summary>
    public FoldedText Folded(DraftParagraph p) => _folded[p.Index] ??= new FoldedText(p.Text);

    /// <summary>A paragraph's words, split once and shared by the rules that read words.</summary>
    public IReadOnlyList<Word> Words(DraftParagraph p) => (_words ??= new IReadOnlyList<Word>?[TextParagraphs.Count])[p.Index] ??= Text.Words.Split(p.Text, _forms);
    IReadOnlyList<Word>?[]? _words;
    // One form per spelling for the whole check: its lower case, folded form and syllable key worked out once.
    readonly WordForms _forms = new();

    /// <summary>
    /// Most of the document's prose is Vietnamese: a paper without any header part (a programme, a proposal) still has
    /// its headings numbered the Vietnamese way, while a sample in another language is no concern of the rules.
    /// </summary>
    public bool IsVietnamese => _isVietnamese ??= Paragraphs.Count(p => p.IsProse && Text.VietnameseLetters.HasVietnameseSpecific(p.Text)) * 2 > Paragraphs.Count(p => p.IsProse);
    bool? _isVietnamese;

    public DraftDocument Document { get; }
    public RulePackData Pack { get; }
    public ILegalDocumentRegistry Registry { get; }
    public DateOnly Today { get; }
    public DocumentHeader Header { get; }
    public IReadOnlyList<Citation> Citations => _citations.Value;

    CitationResolver? _resolver;

    /// <summary>What the registry says of a citation, asked once per check and shared by the rules and the report.</summary>
    public CitationResolution Resolve(Citation c)
    {
        if (_resolutions.TryGetValue(c, out var known)) return known;
        return _resolutions[c] = c.IsParty ? CitationResolution.Unknown(c)
            : (_resolver ??= new CitationResolver(Registry, Subjects)).Resolve(c, () => Rules.CitationChecks.CitedWords.Subject(this, c, c.Issuer ?? ""));
    }

    /// <summary>How summaries are compared, built once per pack.</summary>
    public SubjectMatch Subjects => SubjectMatch.For(Pack);
    /// <summary>The body's paragraphs, where the document's parts are.</summary>
    public IReadOnlyList<DraftParagraph> Paragraphs => Document.Paragraphs;

    /// <summary>
    /// The text a drafter wrote: the body's paragraphs, then the notes' (read as their own story, their indexes after
    /// the body's). A finding on a note's paragraph is reported at the body paragraph that holds the note's reference.
    /// </summary>
    public IReadOnlyList<DraftParagraph> TextParagraphs { get; }

    /// <summary>The paragraph of an index, in the body or in a note (a citation's paragraph, for one).</summary>
    public DraftParagraph Paragraph(int index) => TextParagraphs[index];

    /// <summary>The Kính gửi and Nơi nhận entries as a directory resolved them; null when the check has no directory.</summary>
    public IReadOnlyList<Addressing.ResolvedRecipient>? Recipients { get; internal set; }

    /// <summary>
    /// The draft's own date; where the draft has none, the date of the document it is attached to ("Kèm theo Nghị
    /// định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020"), the year its title names or, failing that, today: a draft is
    /// judged as of the day it will be signed.
    /// </summary>
    public DraftDate EffectiveDate => _effectiveDate.Value;

    DraftDate ComputeEffectiveDate()
    {
        if (Header.Date is { IsValid: true } d) return d;
        if (AttachedToDate() is { } attached) return attached;
        if (Header.Title is { } title && TitleYear().Matches(title) is { Count: > 0 } years
            && int.Parse(years[^1].Groups["y"].Value) is var y && y <= Today.Year)
            return new DraftDate(y);
        return DraftDate.From(Today);
    }

    /// <summary>
    /// An appendix or a regulation opens by naming the document it goes with, within its first lines; the date may
    /// run onto the next line ("(Kèm theo Nghị định số 30/2020/NĐ-CP" / "ngày 05 tháng 3 năm 2020 của Chính phủ)").
    /// </summary>
    DraftDate? AttachedToDate()
    {
        const int OpeningLines = 15;
        var lines = Document.Paragraphs.Take(OpeningLines).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            var at = Folded(lines[i]).Key.IndexOf("kem theo", StringComparison.Ordinal);
            if (at < 0) continue;
            var text = i + 1 < lines.Count ? lines[i].Text + " " + lines[i + 1].Text : lines[i].Text;
            var cited = CitationParser.ParseText(text, lines[i].Index, Pack).FirstOrDefault();
            if (cited?.Date is { IsValid: true } date) return date;
        }
        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"năm\s+(?<y>(19|20)\d{2})", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex TitleYear();

    /// <summary>Body paragraphs (between header and Nơi nhận/signature).</summary>
    public IEnumerable<DraftParagraph> Body
    {
        get
        {
            for (var i = Header.BodyStart; i < Header.BodyEnd && i < Paragraphs.Count; i++) yield return Paragraphs[i];
        }
    }
}
