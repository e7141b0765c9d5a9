using System.Text.RegularExpressions;
using WordHelper.Core.Documents;
using WordHelper.Core.Text;

namespace WordHelper.Core.Rules.Recipients;

/// <summary>The Nơi nhận list (NĐ 30/2020, Phụ lục I, mục II.9b): present, one entry a line "- …;", closed by "- Lưu: VT, …".</summary>
public sealed partial class RecipientListFormRule : IDocumentPartsRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-REC-001", "VB-REC-002", "VB-REC-003", "VB-REC-004", "VB-REC-009", "VB-REC-014"];

    /// <summary>Types whose template has no Nơi nhận: minutes, contracts, agreements and personal papers.</summary>
    static readonly HashSet<string?> NoRecipients = ["BB", "HĐ", "BGN", "BTT", "GUQ", "GGT", "GNP"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var h = context.Header;
        if (h.RecipientsLabel is null)
        {
            var administrative = h.Kind is not null && h.NumberLine is not null && !NoRecipients.Contains(h.Type?.Abbr) && h.Type?.Category is not ("internal" or "specialised");
            // Without a signature either, the draft stops before its closing part: VB-STR-007 tells both at once.
            if (administrative && h.Signature.Count > 0)
            {
                var near = h.Signature.FirstOrDefault() ?? context.Paragraphs.LastOrDefault(p => !p.IsBlank);
                sink.Report("VB-REC-001", near, near?.Text ?? "");
            }
            return;
        }

        var label = LaidOutColumns.RecipientSide(h.RecipientsLabel.Text.Split('\n')[0]).Trim();
        // "Nơi nhận" without its colon, or behind a stray mark ("* Nơi nhận:").
        var word = label.IndexOf("Nơi nhận", StringComparison.OrdinalIgnoreCase);
        if (word >= 0 && (word > 0 || !label[(word + "Nơi nhận".Length)..].TrimStart().StartsWith(':')))
            sink.Report("VB-REC-009", h.RecipientsLabel, label, suggestion: "Nơi nhận:", args: ("label", label));

        var lines = h.Recipients;
        var filing = lines.LastOrDefault(l => RecipientList.IsFiling(l.Text));
        var unended = new List<(HeaderLine Line, string Text, string Repaired)>();
        // A Party or Youth Union document ends each entry with a comma (Hướng dẫn 36-HD/VPTW).
        var partyComma = h.IsPartySystem;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var text = line.Text.Trim();
            if (line == filing) continue;
            // An entry that wraps ("- Các sở, ban, ngành," / "cấp tỉnh;") is judged at its last line.
            if (i + 1 < lines.Count && HeaderRecognizer.Continues(text, lines[i + 1].Text.Trim())) continue;
            var continued = i > 0 && HeaderRecognizer.Continues(lines[i - 1].Text.Trim(), text);
            var last = i == lines.Count - 1 && filing is null;
            if (text.Length > 1 && (continued || text[0] is '-' or '–' or '+') && !text.EndsWith(';') && !(partyComma && text.EndsWith(',')) && !last)
                unended.Add((line, text, text.TrimEnd('.', ',', ' ') + ";"));
        }
        if (unended.Count == 1)
        {
            var (line, text, repaired) = unended[0];
            var fix = line.CanEdit ? new TextFix(line.Paragraph.Index, line.Start + line.Text.IndexOf(text, StringComparison.Ordinal), text.Length, repaired) : null;
            sink.Report("VB-REC-002", line.Paragraph, text, suggestion: repaired, fix: fix);
        }
        else if (unended.Count > 1)
        {
            // One thing to fix in the list, however many of its lines: named once, with the lines it concerns.
            var (line, text, _) = unended[0];
            sink.Report("VB-REC-002", line.Paragraph, text,
                suggestion: $"Kết thúc {unended.Count} dòng bằng dấu \";\": " + string.Join(" ", unended.Select(u => u.Repaired)));
        }

        // A Party or Youth Union document files "- Lưu Văn phòng Tỉnh đoàn." by its own rules.
        if (h.IsPartySystem) return;
        if (filing is null)
        {
            var at = lines.Count > 0 ? lines[^1].Paragraph : h.RecipientsLabel;
            var excerpt = lines.Count > 0 ? lines[^1].Text : h.RecipientsLabel.Text;
            sink.Report("VB-REC-003", at, excerpt, suggestion: "- Lưu: VT, <đơn vị soạn thảo>.", args: ("problem", "thiếu dòng \"Lưu: VT, …\""));
        }
        else if (FilingPattern().IsMatch(filing.Text.Trim().TrimEnd('.') + "."))
        {
            if (!filing.Text.TrimEnd().EndsWith('.'))
            {
                var text = filing.Text.TrimEnd();
                var fix = new TextFix(filing.Paragraph.Index, text.Length, 0, ".");
                sink.Report("VB-REC-003", filing.Paragraph, text.Trim(), suggestion: text.Trim() + ".", fix: fix,
                    args: ("problem", "dòng \"Lưu\" thiếu dấu chấm cuối dòng"));
            }
            else if (filing != lines[^1])
                sink.Report("VB-REC-003", filing.Paragraph, filing.Text.Trim(), args: ("problem", "dòng \"Lưu\" phải là dòng cuối của Nơi nhận"));
        }
        else
        {
            var text = filing.Text.Trim();
            sink.Report("VB-REC-003", filing.Paragraph, text, suggestion: Normalized(text), args: ("problem", "dòng lưu phải có dạng \"- Lưu: VT, <đơn vị soạn thảo>.\""));
        }

        // "- Như trên;", or "- Như kính gửi;" as some offices write it, stands for the addressees of Kính gửi.
        var asAbove = lines.FirstOrDefault(l => RecipientList.Entries(l.Text).Any(e => VietnameseText.Key(e) is var key
            && (key.StartsWith("nhu tren", StringComparison.Ordinal) || key.StartsWith("nhu kinh gui", StringComparison.Ordinal))));
        if (h.KinhGui.Count == 0)
        {
            if (asAbove is not null) sink.Report("VB-REC-004", asAbove.Paragraph, asAbove.Text.Trim());
        }
        else if (asAbove is null && AddresseesMissing(h, context) is { } addressee)
            sink.Report("VB-REC-014", h.RecipientsLabel, label, suggestion: "- Như trên;", args: ("addressee", addressee));
    }

    /// <summary>The first Kính gửi addressee, when none of them is in the Nơi nhận list either by name; null when one is.</summary>
    static string? AddresseesMissing(DocumentHeader h, CheckContext context)
    {
        var names = AgencyNames.For(context.Pack);
        var addressees = h.KinhGui.SelectMany(l => RecipientList.Addressees(l.Text)).Where(a => a.Length > 0).ToList();
        if (addressees.Count == 0) return null;
        var entries = h.Recipients.Where(l => !RecipientList.IsFiling(l.Text)).Select(l => names.Canonicalize(l.Text)).ToList();
        var named = addressees.Any(a => names.Canonicalize(a).Trim() is var key && key.Length > 0 && entries.Any(e => e.Contains(" " + key + " ", StringComparison.Ordinal)));
        return named ? null : addressees[0];
    }

    /// <summary>"- Lưu VT, BTXH" → "- Lưu: VT, BTXH."</summary>
    static string Normalized(string text)
    {
        var m = LooseFilingPattern().Match(text);
        if (!m.Success) return "- Lưu: VT, <đơn vị soạn thảo>.";
        var rest = m.Groups["rest"].Value.Trim().TrimEnd('.', ';', ' ');
        return "- Lưu: VT" + (rest.Length > 0 ? ", " + rest.TrimStart(',', ' ') : ", <đơn vị soạn thảo>") + ".";
    }

    /// <summary>
    /// "- Lưu: VT, NC." — the drafter's initials and number of copies may follow the unit ("NC.Châu(04b)."); the line
    /// ends with a full stop (Phụ lục I, mục II.9b).
    /// </summary>
    [GeneratedRegex(@"^[-–]?\s*Lưu\s*:\s*VT\s*(,\s*[^,;]+)*\.$", RegexOptions.CultureInvariant)]
    private static partial Regex FilingPattern();

    [GeneratedRegex(@"^[-–]?\s*Lưu\s*:?\s*(VT\b)?(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex LooseFilingPattern();
}
