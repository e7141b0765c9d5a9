using WordHelper.Core.Documents;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules;

/// <summary>
/// Where a draft quotes another text: within a paragraph (“…”, "…") and across paragraphs, where an article of another
/// document is reproduced ("Điều 5 được sửa đổi như sau: “1. … / 2. … .”"). Rules about wording leave quoted text as
/// written: it is someone else's, retired names and old years included.
/// </summary>
sealed class Quotations
{
    /// <summary>A quotation left open longer than this is a stray mark, not a reproduced article.</summary>
    const int LongestQuotation = 60;

    readonly QuotedSpans[] _spans;

    public Quotations(IReadOnlyList<DraftParagraph> paragraphs)
    {
        _spans = new QuotedSpans[paragraphs.Count];
        var open = false;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var text = paragraphs[i].Text;
            _spans[i] = new QuotedSpans(text, open);
            if (open) open = !QuotedSpans.Closes(text);
            else if (_spans[i].EndsOpen) open = ClosedBelow(paragraphs, i);
        }
    }

    public QuotedSpans this[int index] => _spans[index];

    /// <summary>A quotation opened at paragraph <paramref name="i"/> closes within reach (the paragraph a ” first closes).</summary>
    static bool ClosedBelow(IReadOnlyList<DraftParagraph> paragraphs, int i)
    {
        for (var j = i + 1; j < paragraphs.Count && j <= i + LongestQuotation; j++)
        {
            var t = paragraphs[j].Text;
            if (QuotedSpans.Closes(t)) return true;
            if (t.Contains('“')) return false;
        }
        return false;
    }
}
