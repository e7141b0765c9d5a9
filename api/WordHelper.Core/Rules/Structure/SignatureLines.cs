using WordHelper.Core.Documents;

namespace WordHelper.Core.Rules.Structure;

/// <summary>The printed lines of the signature block, in order: one paragraph may hold several after line breaks.</summary>
public static class SignatureLines
{
    public static IReadOnlyList<HeaderLine> Of(DocumentHeader header) =>
        header.Signature.SelectMany(HeaderLine.Of)
            .Where(l => l.Text.Trim().Length > 0)
            .Select(l => l with { Text = l.Text.Trim(), Start = l.Start + l.Text.Length - l.Text.TrimStart().Length })
            .ToList();

    /// <summary>A title line ("PHÓ CHỦ TỊCH", "KT. CHỦ TỊCH") rather than the signer's name or "(Đã ký)".</summary>
    public static bool IsTitle(HeaderLine line) => Text.VietnameseText.IsUpperText(line.Text) && line.Text.Any(char.IsLetter);
}
