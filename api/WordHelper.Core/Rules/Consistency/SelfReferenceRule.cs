using WordHelper.Core.Registry;

namespace WordHelper.Core.Rules.Consistency;

/// <summary>
/// The draft citing itself ("Kế hoạch số 45/KH-SLĐTBXH ngày …" in its own body) with a date that differs from its
/// header. A number and symbol are unique within a year (NĐ 30/2020, Điều 15), so the same number and symbol in the
/// same year with another date is a contradiction.
/// </summary>
public sealed class SelfReferenceRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-CON-003"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var h = context.Header;
        if (h.Number is null || h.Date is not { IsComplete: true } own || h.NumberLine is null) return;
        var slash = h.Number.IndexOf('/');
        if (slash <= 0 || !int.TryParse(h.Number[..slash].Trim(), out var ownSerial)) return;
        var ownSymbol = DocumentNumber.Key(h.Number[(slash + 1)..]);

        foreach (var c in context.Citations)
        {
            if (c.Paragraph == h.NumberLine.Index || c.NumberClean is null || c.Serial is null || c.Date is not { IsComplete: true } cited) continue;
            var s = c.NumberClean.IndexOf('/');
            if (s < 0 || DocumentNumber.Key(c.NumberClean[(s + 1)..]) != ownSymbol) continue;
            if (c.Serial != ownSerial || cited.Year != own.Year || cited.CompareTo(own) == 0) continue;
            var p = context.Paragraph(c.Paragraph);
            sink.Report("VB-CON-003", p, c.Text,
                args: [("cited", c.NumberClean + " ngày " + cited.ToShortVietnamese()), ("own", h.Number + " ngày " + own.ToShortVietnamese())]);
        }
    }
}
