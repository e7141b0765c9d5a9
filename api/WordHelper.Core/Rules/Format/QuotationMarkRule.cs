using WordHelper.Core.Documents;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Format;

/// <summary>
/// Curly quotation marks that do not pair: an opening “ never closed (“Bình dân học vụ số tại địa chỉ …), a closing ”
/// with nothing open. A quotation may run over several paragraphs (an article amended "như sau: “1. … .”"), so the marks
/// are paired over the whole text in reading order, innermost first; what is left over is reported. An opening mark
/// closed by a straight quote (“Đối thoại") is reported as such.
/// </summary>
public sealed class QuotationMarkRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-FMT-015"];

    const char Open = '“', Close = '”', Straight = '"';

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var open = new Stack<(DraftParagraph Paragraph, int At)>();
        var notes = context.Paragraphs.Count;
        foreach (var p in context.TextParagraphs)
        {
            // The notes are their own story: a quotation does not run from the body into a note.
            if (p.Index == notes) ReportUnclosed(open, sink);
            var text = p.Text;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == Open) open.Push((p, i));
                else if (text[i] == Close)
                {
                    if (open.Count > 0) open.Pop();
                    else sink.Report("VB-FMT-015", p, Around(text, i), args: [("text", Around(text, i)), ("problem", "dấu ngoặc kép đóng không có dấu mở tương ứng")]);
                }
                // A straight quote closes the curly one only when no curly closing mark follows: “Đề án "Du lịch" 2026” nests.
                else if (text[i] == Straight && open.Count > 0 && open.Peek().Paragraph == p && text.IndexOf(Close, i) < 0
                         && text.AsSpan(open.Peek().At, i - open.Peek().At).IndexOf(Straight) < 0)
                {
                    var (_, at) = open.Pop();
                    sink.Report("VB-FMT-015", p, text[at..(i + 1)], suggestion: text[at..i] + Close,
                        args: [("text", Around(text, at)), ("problem", "mở bằng dấu ngoặc kép cong nhưng đóng bằng dấu ngoặc kép thẳng")]);
                }
            }
        }
        ReportUnclosed(open, sink);
    }

    static void ReportUnclosed(Stack<(DraftParagraph Paragraph, int At)> open, FindingSink sink)
    {
        foreach (var (p, at) in open.Reverse())
            sink.Report("VB-FMT-015", p, Around(p.Text, at), args: [("text", Around(p.Text, at)), ("problem", "dấu ngoặc kép mở nhưng không có dấu đóng")]);
        open.Clear();
    }

    static string Around(string text, int at) => Words.Around(text, at, at + 1);
}
