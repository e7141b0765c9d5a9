using System.Text.RegularExpressions;
using WordHelper.Core.Documents;

namespace WordHelper.Core.Rules.Structure;

/// <summary>
/// The printed lines of the signature block, in order: one paragraph may hold several after line breaks, or after a
/// run of spaces or a tab that pushes the next line over ("TM. ỦY BAN NHÂN DÂN          KT. CHỦ TỊCH").
/// </summary>
public static class SignatureLines
{
    public static IReadOnlyList<HeaderLine> Of(DocumentHeader header) =>
        header.Signature.SelectMany(HeaderLine.Of)
            .Select(BesideRecipients)
            .SelectMany(Pushed)
            .Where(l => l.Text.Trim().Length > 0)
            .Select(l => l with { Text = l.Text.Trim(), Start = l.Start + l.Text.Length - l.Text.TrimStart().Length })
            .ToList();

    /// <summary>A line the Nơi nhận shares with the signature, as the signature's side alone.</summary>
    static HeaderLine BesideRecipients(HeaderLine line) =>
        LaidOutColumns.SignatureSideStart(line.Text) is var at and > 0 ? line with { Text = line.Text[at..], Start = line.Start + at } : line;

    /// <summary>A line parted where a run of spaces or tabs pushes text onto the next printed line.</summary>
    static IEnumerable<HeaderLine> Pushed(HeaderLine line)
    {
        var start = 0;
        foreach (Match gap in LaidOutColumns.Gap().Matches(line.Text))
        {
            // Only an authority's chain ("TM. ỦY BAN NHÂN DÂN   KT. CHỦ TỊCH"): side-by-side columns of a joint
            // signature ("TM. BAN THƯỜNG TRỰC   TM. ỦY BAN NHÂN DÂN") are not one column's lines.
            if (gap.Index == 0 || !Chains(line.Text[start..gap.Index], line.Text[(gap.Index + gap.Length)..])) continue;
            yield return line with { Text = line.Text[start..gap.Index], Start = line.Start + start };
            start = gap.Index + gap.Length;
        }
        yield return line with { Text = line.Text[start..], Start = line.Start + start };
    }

    static bool Chains(string before, string after) =>
        AuthorityLine.Parse(before) is { Abbr: "TM." or "KT." } && AuthorityLine.Parse(after) is { Abbr: "KT." or "TL." or "TUQ." or "Q." };

    /// <summary>A title line ("PHÓ CHỦ TỊCH", "KT. CHỦ TỊCH") rather than the signer's name or "(Đã ký)".</summary>
    public static bool IsTitle(HeaderLine line) => Text.VietnameseText.IsUpperText(line.Text);
}
