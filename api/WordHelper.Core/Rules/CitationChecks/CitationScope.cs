using WordHelper.Core.Registry;

namespace WordHelper.Core.Rules.CitationChecks;

/// <summary>
/// The citations the citation rules judge: everything but the draft's own "Số:" line and citations inside a quotation
/// of another text (an article reproduced as it was, which cites what was in force then), each known as self or not.
/// </summary>
static class CitationScope
{
    public static IEnumerable<WordHelper.Core.Citations.Citation> Of(CheckContext context) =>
        Cited(context).Where(c => !context.IsQuoted(c));

    /// <summary>Every citation of another document, quoted ones included: the report's table of cited documents.</summary>
    public static IEnumerable<WordHelper.Core.Citations.Citation> Cited(CheckContext context) =>
        context.Citations.Where(c => c.Paragraph != context.Header.NumberLine?.Index);

    /// <summary>Numbered citations of other documents (not the draft itself, not Party documents), in document order.</summary>
    public static IEnumerable<WordHelper.Core.Citations.Citation> NumberedOthers(CheckContext context) =>
        Of(context).Where(c => c.NumberClean is { Length: > 0 } && c.Serial is not null && c.SymbolParts.Count > 0 && !c.IsParty && !IsSelf(context, c));

    /// <summary>
    /// The citation's opening as written, through its number and its date ("Công văn số 593/LĐTBXH-BTXH ngày 24/12/2023"):
    /// an excerpt that shows the document without the issuer and summary that follow.
    /// </summary>
    public static string Lead(WordHelper.Core.Citations.Citation c)
    {
        var end = 0;
        if (c.Number is { Length: > 0 } n && c.Text.IndexOf(n, StringComparison.Ordinal) is var at and >= 0) end = at + n.Length;
        if (c.DateText is { } d && c.Text.IndexOf(d, end, StringComparison.Ordinal) is var dat and >= 0) end = dat + d.Length;
        return end == 0 ? c.Text : c.Text[..end];
    }

    /// <summary>How people name the cited document: "Quyết định số 1791/QĐ-TTg", "Luật Tổ chức chính quyền địa phương".</summary>
    public static string Name(WordHelper.Core.Citations.Citation c) =>
        c.Number is { Length: > 0 } n ? $"{c.TypeName ?? c.ImpliedType ?? "Văn bản"} số {n}" : c.Name ?? c.Text;

    /// <summary>
    /// True when the citation names the draft itself ("Kèm theo Kế hoạch số    /KH-UBND"): same symbol as the
    /// header's, with the same or a blank number.
    /// </summary>
    public static bool IsSelf(CheckContext context, WordHelper.Core.Citations.Citation c)
    {
        if (c.Serial is null && AttachedTo(context, c)) return true;
        if (context.Header.Number is not { } own || c.NumberClean is null) return false;
        var ownSlash = own.IndexOf('/');
        var slash = c.NumberClean.IndexOf('/');
        if (ownSlash < 0 || slash < 0) return false;
        if (DocumentNumber.Key(own[(ownSlash + 1)..]) != DocumentNumber.Key(c.NumberClean[(slash + 1)..])) return false;
        var ownSerial = own[..ownSlash].Trim();
        return c.Serial is null || ownSerial.Length == 0 || ownSerial == c.Serial.ToString() || ownSerial.TrimStart('0') == c.Serial.ToString();
    }

    /// <summary>
    /// "(Kèm theo Báo cáo số    /BC-UBND ngày   tháng 12 năm 2025 …)": an appendix names the document it is attached to,
    /// which gets its number when signed, so a blank number there is expected.
    /// </summary>
    static bool AttachedTo(CheckContext context, WordHelper.Core.Citations.Citation c)
    {
        var before = context.Paragraph(c.Paragraph).Text[..c.Start];
        return Text.VietnameseText.Key(before).EndsWith("kem theo", StringComparison.Ordinal);
    }
}
