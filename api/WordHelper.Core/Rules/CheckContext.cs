using WordHelper.Core.Citations;
using WordHelper.Core.Documents;
using WordHelper.Core.Registry;
using WordHelper.Core.RulePack;

namespace WordHelper.Core.Rules;

/// <summary>Everything a rule reads, prepared once per document: the paragraphs, the recognised header, the citations.</summary>
public sealed class CheckContext
{
    readonly Lazy<IReadOnlyList<Citation>> _citations;

    public CheckContext(DraftDocument document, RulePackData pack, ILegalDocumentRegistry registry, DateOnly today)
    {
        Document = document;
        Pack = pack;
        Registry = registry;
        Today = today;
        Header = HeaderRecognizer.Recognize(document, pack);
        _citations = new(() => CitationParser.Parse(document, pack));
    }

    public DraftDocument Document { get; }
    public RulePackData Pack { get; }
    public ILegalDocumentRegistry Registry { get; }
    public DateOnly Today { get; }
    public DocumentHeader Header { get; }
    public IReadOnlyList<Citation> Citations => _citations.Value;
    public IReadOnlyList<DraftParagraph> Paragraphs => Document.Paragraphs;

    /// <summary>The draft's own date, or today's when the draft leaves it blank.</summary>
    public DraftDate EffectiveDate => Header.Date is { IsValid: true } d ? d : DraftDate.From(Today);

    /// <summary>Body paragraphs (between header and Nơi nhận/signature).</summary>
    public IEnumerable<DraftParagraph> Body
    {
        get
        {
            for (var i = Header.BodyStart; i < Header.BodyEnd && i < Paragraphs.Count; i++) yield return Paragraphs[i];
        }
    }
}
