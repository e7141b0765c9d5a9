using WordHelper.Core.Citations;
using WordHelper.Core.Registry;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.CitationChecks;

/// <summary>The citations the registry rules judge, each with what the registry says of it, and how they name their source.</summary>
static class RegistryScope
{
    /// <summary>Numbered citations of other documents (not the draft itself, not Party documents), in document order.</summary>
    public static IEnumerable<(Citation Citation, CitationResolution Resolution)> Of(CheckContext context) =>
        context.NumberedCitations.Select(c => (c, context.Resolve(c)));

    /// <summary>The first citation of each document the registry found: one finding a fact, not one an occurrence.</summary>
    public static IEnumerable<(Citation Citation, LegalDocument Document)> FirstOfEach(CheckContext context)
    {
        var seen = new HashSet<LegalDocument>(ReferenceEqualityComparer.Instance);
        foreach (var (c, r) in Of(context))
            if (r.Document is { } d && seen.Add(d)) yield return (c, d);
    }

    /// <summary>Where the registry's facts come from, as a message names it.</summary>
    public static string SourceName(LegalDocument d) => d.Source switch
    {
        { } s when s.StartsWith("phapdien", StringComparison.OrdinalIgnoreCase) => "Bộ pháp điển điện tử",
        { } s when s.StartsWith("Sổ văn bản", StringComparison.Ordinal) => s,
        _ => "sổ đăng ký văn bản",
    };

    /// <summary>How a message names a registry document: "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020".</summary>
    public static string Describe(LegalDocument d) =>
        $"{d.Type} số {d.Number}" + (d.Date is { } date ? " ngày " + CitationFormatter.ShortDate(date) : "");

    /// <summary>The same with its summary, for a suggestion: "… về công tác văn thư".</summary>
    public static string DescribeWithSummary(LegalDocument d)
    {
        var summary = d.Summary.Trim();
        if (summary.Length == 0) return Describe(d);
        var about = VietnameseText.Key(summary).StartsWith("ve ", StringComparison.Ordinal) ? "" : "về ";
        return $"{Describe(d)} {about}{char.ToLower(summary[0], VietnameseText.Vi)}{summary[1..]}";
    }

    /// <summary>The draft's date for judging status: its own (the month's last day when the day is blank), or else the day it is checked.</summary>
    public static DateOnly DraftDay(CheckContext context) =>
        context.Header.Date is { IsValid: true } own && own.ToDateOnly() is { } day ? day
        : context.Header.Date is { IsValid: true, Month: { } m } month ? new DateOnly(month.Year, m, DateTime.DaysInMonth(month.Year, m))
        : context.Today;
}
