using WordHelper.Core.RulePack;

namespace WordHelper.Core.Documents;

/// <summary>
/// The parts of an administrative document that the recogniser found, each with the paragraph it stands in
/// (null where the draft lacks it). Rules use this instead of searching the page again.
/// </summary>
public sealed class DocumentHeader
{
    /// <summary>Parent body line, e.g. "UBND TỈNH LẠNG SƠN".</summary>
    public DraftParagraph? ParentIssuer { get; init; }
    /// <summary>Issuing body, e.g. "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" (joined when it spans lines).</summary>
    public string? Issuer { get; init; }
    public DraftParagraph? IssuerParagraph { get; init; }
    public DraftParagraph? NationalTitle { get; init; }
    /// <summary>A document of the Party or the Youth Union ("ĐẢNG CỘNG SẢN VIỆT NAM", "Số: 45-KH/TU"), drafted by their own rules, not NĐ 30's.</summary>
    public bool IsPartySystem { get; init; }
    public DraftParagraph? Motto { get; init; }
    /// <summary>The "Số: …" line and the symbol after it ("45/KH-SLĐTBXH", or "/KH-SLĐTBXH" when the number is still blank).</summary>
    public DraftParagraph? NumberLine { get; init; }
    public string? Number { get; init; }
    public DraftParagraph? DateLine { get; init; }
    public string? Place { get; init; }
    public DraftDate? Date { get; init; }
    /// <summary>Type name as printed ("KẾ HOẠCH"); for a công văn, "CÔNG VĂN" with no line of its own.</summary>
    public string? Kind { get; init; }
    public DraftParagraph? KindParagraph { get; init; }
    /// <summary>The document type from the rule pack, when known.</summary>
    public DocTypeRef? Type { get; init; }
    /// <summary>Summary line under the type name, or the "V/v …" line of a công văn.</summary>
    public string? Title { get; init; }
    public DraftParagraph? TitleParagraph { get; init; }
    /// <summary>The "Kính gửi:" line and the list lines under it.</summary>
    public IReadOnlyList<HeaderLine> KinhGui { get; init; } = [];
    /// <summary>First paragraph of the body proper (after header, căn cứ included).</summary>
    public int BodyStart { get; init; }
    /// <summary>One past the last paragraph of the body (where Nơi nhận or the signature begins).</summary>
    public int BodyEnd { get; init; }
    public DraftParagraph? RecipientsLabel { get; init; }
    /// <summary>The lines of the Nơi nhận list, label excluded (one paragraph may hold several lines).</summary>
    public IReadOnlyList<HeaderLine> Recipients { get; init; } = [];
    /// <summary>
    /// True when any part of an administrative document was recognised. Rules about the body's form apply only then:
    /// a letter in English or a form has other conventions.
    /// </summary>
    public bool LooksAdministrative => Genre is null && LooksFormal;

    /// <summary>
    /// True when any header part was recognised, whatever the document's kind: numbering rules apply to a decree or a
    /// speech as much as to a plan.
    /// </summary>
    public bool LooksFormal => NationalTitle is not null || IsPartySystem || NumberLine is not null || Number is not null || DateLine is not null || Kind is not null || RecipientsLabel is not null;

    /// <summary>
    /// The kind of a document that is not administrative under NĐ 30/2020 (a speech, an agenda, a list, a form, a
    /// checklist, an appendix, a legal normative text), recognised from its title; null for an administrative one.
    /// Such a document is required none of the parts of an administrative document.
    /// </summary>
    public DocumentKind? Genre { get; init; }

    /// <summary>Authority and title lines of the signature block ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC") and the signer's name.</summary>
    public IReadOnlyList<DraftParagraph> Signature { get; init; } = [];

    /// <summary>
    /// A person signs the paper as its writer ("Người báo cáo", signing.json "personalRoles"): a paper of their own to the
    /// office's heads, which the office neither numbers nor signs.
    /// </summary>
    public bool SignedByPerson { get; init; }
}

/// <summary>A document type of the rule pack as found in a draft.</summary>
public sealed record DocTypeRef(string Name, string? Abbr, string Category);

/// <summary>One printed line of a paragraph: its text and where it starts in the paragraph's displayed text.</summary>
public sealed record HeaderLine(DraftParagraph Paragraph, string Text, int Start)
{
    /// <summary>A text edit on this line, when the line maps onto the paragraph's own text (no automatic label before it).</summary>
    public bool CanEdit => Paragraph.List is null;

    /// <summary>The printed lines of a paragraph, parted by its line breaks, each with where it starts.</summary>
    public static IEnumerable<HeaderLine> Of(DraftParagraph p)
    {
        var start = 0;
        foreach (var line in p.DisplayText.Split('\n'))
        {
            yield return new HeaderLine(p, line, start);
            start += line.Length + 1;
        }
    }
}
