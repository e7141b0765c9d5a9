using WordHelper.Core.Documents;

namespace WordHelper.Core.Rules.Format;

/// <summary>
/// A bracket opened and never closed: "(cấp tỉnh: 3.585; cấp xã: 6.233" with no ")", a stray "[" before "(Đã ký)". A
/// closing bracket alone is a list marker ("a)", "1)") and no slip; a bracket whose text runs on into the next paragraph
/// (which then closes it) is left alone. One finding per paragraph.
/// </summary>
public sealed class BracketRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-FMT-019"];

    /// <summary>How much of the text after the bracket the excerpt shows.</summary>
    const int ExcerptLength = 40;

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var paragraphs = context.TextParagraphs;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            if (p.IsBlank || (p.Text.IndexOf('(') < 0 && p.Text.IndexOf('[') < 0)) continue;
            if (Unclosed(p.Text) is not { } at) continue;
            if (i + 1 < paragraphs.Count && ClosesFirst(paragraphs[i + 1].Text, Closing(p.Text[at]))) continue;
            var excerpt = p.Text[at..Math.Min(p.Text.Length, at + ExcerptLength)].TrimEnd();
            sink.Report("VB-FMT-019", p, excerpt, args: [("bracket", p.Text[at].ToString()), ("closing", Closing(p.Text[at]).ToString())]);
        }
    }

    /// <summary>Where the first bracket left open stands, or null when every one is closed.</summary>
    static int? Unclosed(string text)
    {
        var open = new Stack<int>();
        for (var k = 0; k < text.Length; k++)
        {
            var c = text[k];
            if (c is '(' or '[') open.Push(k);
            else if (c is ')' or ']' && open.Count > 0 && Closing(text[open.Peek()]) == c) open.Pop();
        }
        return open.Count > 0 ? open.Last() : null;
    }

    /// <summary>The next paragraph closes a bracket it never opened: the bracket's text ran on into it.</summary>
    static bool ClosesFirst(string next, char closing)
    {
        var opening = closing == ')' ? '(' : '[';
        var depth = 0;
        foreach (var c in next)
        {
            if (c == opening) depth++;
            else if (c == closing && --depth < 0) return true;
        }
        return false;
    }

    static char Closing(char opening) => opening == '(' ? ')' : ']';
}
