using WordHelper.Core.Rules.Consistency;

namespace WordHelper.Core.Rules.Format;

/// <summary>
/// The type name and the summary under it stand as a heading (NĐ 30/2020, Phụ lục I, mục II.5): no colon after
/// "KẾ HOẠCH", no full stop at the end of the summary or of a công văn's "V/v …". A decision's "QUYẾT ĐỊNH:" before
/// Điều 1 is another line and keeps its colon.
/// </summary>
public sealed class TitleMarksRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-FMT-028"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var h = context.Header;
        if (h.Genre is not null || h.TitleParagraph is not { } title) return;
        if (h.KindParagraph is { } kind && kind.Index < title.Index && kind.Text.TrimEnd() is var kindText && kindText.EndsWith(':'))
            sink.Report("VB-FMT-028", kind, kindText.Trim(), suggestion: kindText.Trim().TrimEnd(':').TrimEnd(),
                fix: new TextFix(kind.Index, kindText.Length - 1, 1, ""), args: [("line", kindText.Trim()), ("mark", ":")]);
        var last = ReportPeriods.TitleLines(context)[^1];
        var text = last.Text.TrimEnd();
        if (text.EndsWith('.') && !text.EndsWith("..", StringComparison.Ordinal) && !EndsWithAbbreviation(text))
            sink.Report("VB-FMT-028", last, text.Trim(), suggestion: text.Trim().TrimEnd('.'),
                fix: new TextFix(last.Index, text.Length - 1, 1, ""), args: [("line", text.Trim()), ("mark", ".")]);
    }

    /// <summary>"… tại TP." or "… của Cty TNHH A.B." ends with an abbreviation's own point.</summary>
    static bool EndsWithAbbreviation(string text)
    {
        var lastWord = text[(text.LastIndexOf(' ') + 1)..^1];
        return lastWord.Length is > 0 and <= 3 && lastWord.All(char.IsLetter) && char.IsUpper(lastWord[0]) || lastWord.Contains('.');
    }
}
