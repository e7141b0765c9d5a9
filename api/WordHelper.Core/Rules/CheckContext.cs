using WordHelper.Core.Citations;
using WordHelper.Core.Documents;
using WordHelper.Core.Registry;
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
        _folded = new FoldedText?[document.Paragraphs.Count];
        _attached = new(() => Documents.AttachedText.Find(document, Header, pack));
    }

    readonly Lazy<IReadOnlyList<DraftParagraph>> _attached;

    /// <summary>A text issued with the decision and printed after its signature (Điều lệ, Quy chế "kèm theo"), to the file's end.</summary>
    public IReadOnlyList<DraftParagraph> AttachedText => _attached.Value;

    /// <summary>The paragraphs whose headings are numbered: the body, then any attached text.</summary>
    public IEnumerable<DraftParagraph> NumberedText => Body.Concat(AttachedText);

    /// <summary>A paragraph's text folded for matching, computed once and shared by the rules.</summary>
    public FoldedText Folded(DraftParagraph p) => _folded[p.Index] ??= new FoldedText(p.Text);

    public DraftDocument Document { get; }
    public RulePackData Pack { get; }
    public ILegalDocumentRegistry Registry { get; }
    public DateOnly Today { get; }
    public DocumentHeader Header { get; }
    public IReadOnlyList<Citation> Citations => _citations.Value;

    /// <summary>What the registry says of a citation, asked once per check and shared by the rules and the report.</summary>
    public CitationResolution Resolve(Citation c)
    {
        if (_resolutions.TryGetValue(c, out var known)) return known;
        return _resolutions[c] = c.IsParty ? CitationResolution.Unknown(c) : new CitationResolver(Registry, Subjects).Resolve(c, Rules.CitationChecks.CitedWords.Subject(this, c, c.Issuer ?? ""));
    }

    /// <summary>How summaries are compared: the default pack's comparer is built once for the process.</summary>
    public SubjectMatch Subjects => Pack == RulePackData.Default ? SubjectMatch.Default : _subjects ??= new SubjectMatch(Pack);
    SubjectMatch? _subjects;
    public IReadOnlyList<DraftParagraph> Paragraphs => Document.Paragraphs;

    /// <summary>The Kính gửi and Nơi nhận entries as a directory resolved them; null when the check has no directory.</summary>
    public IReadOnlyList<Addressing.ResolvedRecipient>? Recipients { get; internal set; }

    /// <summary>
    /// The draft's own date; where the draft has none, the year its title names or, failing that, today:
    /// a draft is judged as of the day it will be signed.
    /// </summary>
    public DraftDate EffectiveDate => _effectiveDate.Value;

    DraftDate ComputeEffectiveDate()
    {
        if (Header.Date is { IsValid: true } d) return d;
        if (Header.Title is { } title && TitleYear().Matches(title) is { Count: > 0 } years
            && int.Parse(years[^1].Groups["y"].Value) is var y && y <= Today.Year)
            return new DraftDate(y);
        return DraftDate.From(Today);
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
