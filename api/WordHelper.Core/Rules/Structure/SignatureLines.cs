using WordHelper.Core.Documents;

namespace WordHelper.Core.Rules.Structure;

/// <summary>The printed lines of the signature block, in order: one paragraph may hold several after line breaks.</summary>
public static class SignatureLines
{
    public static IReadOnlyList<HeaderLine> Of(DocumentHeader header)
    {
        var lines = new List<HeaderLine>();
        foreach (var p in header.Signature)
        {
            var start = 0;
            foreach (var line in p.DisplayText.Split('\n'))
            {
                if (line.Trim().Length > 0) lines.Add(new HeaderLine(p, line.Trim(), start + line.Length - line.TrimStart().Length));
                start += line.Length + 1;
            }
        }
        return lines;
    }

    /// <summary>A title line ("PHÓ CHỦ TỊCH", "KT. CHỦ TỊCH") rather than the signer's name or "(Đã ký)".</summary>
    public static bool IsTitle(HeaderLine line) => Text.VietnameseText.IsUpperText(line.Text) && line.Text.Any(char.IsLetter);
}
