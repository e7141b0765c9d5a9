using WordHelper.Core.Registry;

namespace WordHelper.Core.Rules.CitationChecks;

/// <summary>The citations the citation rules judge: everything but the draft's own "Số:" line, each known as self or not.</summary>
static class CitationScope
{
    public static IEnumerable<WordHelper.Core.Citations.Citation> Of(CheckContext context) =>
        context.Citations.Where(c => c.Paragraph != context.Header.NumberLine?.Index);

    /// <summary>
    /// True when the citation names the draft itself ("Kèm theo Kế hoạch số    /KH-UBND"): same symbol as the
    /// header's, with the same or a blank number.
    /// </summary>
    public static bool IsSelf(CheckContext context, WordHelper.Core.Citations.Citation c)
    {
        if (context.Header.Number is not { } own || c.NumberClean is null) return false;
        var ownSlash = own.IndexOf('/');
        var slash = c.NumberClean.IndexOf('/');
        if (ownSlash < 0 || slash < 0) return false;
        if (SeedRegistry.NumberKey(own[(ownSlash + 1)..]) != SeedRegistry.NumberKey(c.NumberClean[(slash + 1)..])) return false;
        var ownSerial = own[..ownSlash].Trim();
        return c.Serial is null || ownSerial.Length == 0 || ownSerial == c.Serial.ToString() || ownSerial.TrimStart('0') == c.Serial.ToString();
    }
}
