using WordHelper.Core.Documents;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Format;

/// <summary>
/// Quốc hiệu misspelt: "CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ HÔI …". The line is the header's, read where
/// its letters without marks are those of the name; each word is compared as a syllable (letters and tone), so the old
/// tone placement "HOÀ" stays right, and a line not in capitals is wrong too. Party documents carry no Quốc hiệu.
/// </summary>
public sealed class NationalTitleRule : IStateFormRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-FMT-023"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        if (context.Header.NationalTitle is not { } p || context.Pack.Formulas.NationalTitle is not { } expected) return;
        var expectedWords = Words.Split(expected);
        var (line, words) = p.Text.Split('\n').SelectMany(LaidOutColumns.Of).Select(l => l.Trim()).Select(l => (l, Words.Split(l))).FirstOrDefault(l => l.Item2.Count >= expectedWords.Count);
        if (line is null) return;
        var written = words.Take(expectedWords.Count).ToList();
        // Only the name's own words: the recogniser found the line by its letters, so they are read one against one.
        if (!written.Select(w => w.Folded).SequenceEqual(expectedWords.Select(w => w.Folded))) return;
        var wrong = written.Where((w, k) => w.SyllableKey != expectedWords[k].SyllableKey || !VietnameseText.IsUpperText(w.Text)).ToList();
        if (wrong.Count == 0) return;
        var at = p.Text.IndexOf(line, StringComparison.Ordinal);
        var end = written[^1].End;
        var fix = at >= 0 && p.List is null ? new TextFix(p.Index, at, end, expected) : null;
        sink.Report("VB-FMT-023", p, line[..end], suggestion: expected, fix: fix,
            args: [("text", line[..end]), ("words", string.Join(", ", wrong.Select(w => $"\"{w.Text}\""))), ("expected", expected)]);
    }
}
