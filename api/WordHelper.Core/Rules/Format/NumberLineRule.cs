using System.Text.RegularExpressions;
using WordHelper.Core.Documents;

namespace WordHelper.Core.Rules.Format;

/// <summary>
/// The draft's own "Số: …/…" line (NĐ 30/2020, Phụ lục I, mục II.3): number below 10 written with a leading zero,
/// "/" between number and symbol, "-" between groups, no spaces; and the type abbreviation matching the type name.
/// A blank number ("Số:    /KH-UBND") is how a draft waits for registration, and is fine.
/// </summary>
public sealed partial class NumberLineRule : IRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-FMT-001", "VB-FMT-002", "VB-FMT-013"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var h = context.Header;
        if (h.NumberLine is not { } line || h.Number is not { } number || number.Length == 0) return;
        // An office numbers its internal papers its own way ("10-01/26/PT-NC" on a Phiếu trình).
        if (h.Type?.Category == "internal") return;
        // A template's dotted blank ("Số: ......./...(2)") waits to be filled in, like a draft's empty number.
        if (number.Contains("..", StringComparison.Ordinal) || number.Contains('…') || MergeFields.Holds(number)) return;

        // A Party or Youth Union number ("37-KH/UBH") has forms of its own; spaces inside it are slips all the same.
        if (h.IsPartySystem)
        {
            // A serial left blank for the day of signing ("Số:    - KH/ĐTN") is not judged.
            if (char.IsAsciiDigit(number[0]) && SpacedPattern().IsMatch(number)) Report(sink, line, number, Spaced);
            return;
        }
        var m = SymbolPattern().Match(number);
        var joint = WrongJoint().Match(number);
        var problem =
            !number.Contains('/') ? "thiếu dấu \"/\" giữa số và ký hiệu" :
            SpacedPattern().IsMatch(number) ? Spaced :
            joint.Success ? $"các nhóm chữ của ký hiệu nối bằng dấu \"-\", không dùng dấu \"{joint.Groups["j"].Value}\"" :
            !m.Success ? "ký hiệu không đúng dạng <số>/<tên loại>-<cơ quan>" :
            m.Groups["n"].Value is { Length: 1 } n && n != "0" ? $"số nhỏ hơn 10 phải viết thêm số 0 phía trước (0{n})" :
            null;
        if (problem is not null)
        {
            Report(sink, line, number, problem);
            if (!m.Success || joint.Success) return;
        }

        // The type abbreviation, when the symbol opens with one, must be that of the type name printed below.
        var symbolType = HeaderRecognizer.TypeFromSymbol(number, context.Pack);
        var docType = h.Type;
        if (docType is null || h.KindParagraph is null || docType.Abbr is null || docType.Category == "internal") return;
        if (symbolType is null)
        {
            // A type with an abbreviation of its own puts it first in the symbol: "Số: 12/BC-ĐKT", never "Số: 12/ĐKT".
            // After the year of a normative number: "30/2020/NĐ-CP".
            var year = m.Groups["year"];
            var slash = year.Success ? year.Index + year.Length - 1 : number.IndexOf('/');
            var withType = number[..(slash + 1)] + docType.Abbr + "-" + number[(slash + 1)..];
            if (!number[(slash + 1)..].StartsWith(docType.Abbr + "-", StringComparison.Ordinal))
                sink.Report("VB-FMT-013", line, number, suggestion: withType,
                    args: [("number", number), ("kind", h.Kind ?? docType.Name), ("expected", docType.Abbr), ("example", withType)]);
            return;
        }
        if (symbolType.Name == docType.Name) return;
        sink.Report("VB-FMT-002", line, number, suggestion: number.Replace("/" + symbolType.Abbr + "-", "/" + docType.Abbr + "-", StringComparison.Ordinal),
            args: [("abbr", symbolType.Abbr!), ("symbolType", symbolType.Name), ("kind", h.Kind ?? docType.Name), ("expected", docType.Abbr)]);
    }

    const string Spaced = "có khoảng trắng trong số, ký hiệu";

    /// <summary>The number written wrong, with the number repaired where a repair is known.</summary>
    static void Report(FindingSink sink, DraftParagraph line, string number, string problem)
    {
        var start = line.Text.IndexOf(number, StringComparison.Ordinal);
        var fixedNumber = Repaired(number);
        var fix = start >= 0 && fixedNumber != number ? new TextFix(line.Index, start, number.Length, fixedNumber) : null;
        sink.Report("VB-FMT-001", line, number, suggestion: fixedNumber != number ? fixedNumber : null, fix: fix,
            args: [("number", number), ("problem", problem)]);
    }

    /// <summary>Spaces removed, letter groups joined by "-", a single-digit number padded.</summary>
    static string Repaired(string number)
    {
        var compact = Regex.Replace(number, @"\s+", "");
        compact = WrongJoint().Replace(compact, m => m.Value.Replace(m.Groups["j"].Value, "-"));
        return Regex.Replace(compact, @"^(\d)/", "0$1/");
    }

    /// <summary>Two letter groups of the symbol joined by ".", "/" or "_" ("12/KH.UBND", "12/KH/UBND"), after the number and its year.</summary>
    [GeneratedRegex(@"(?<=^\d*/(\d{4}/)?(\p{Lu}[\p{L}0-9&]*-)*\p{Lu}[\p{L}0-9&]*)(?<j>[./_])(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex WrongJoint();

    /// <summary>number (blank in a draft) / optional year / groups joined by "-".</summary>
    [GeneratedRegex(@"^(?<n>\d*(?:\.\d+)?)/(?<year>\d{4}/)?[\p{Lu}\p{Ll}0-9&.]+(-[\p{Lu}\p{Ll}0-9&.]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SymbolPattern();

    [GeneratedRegex(@"\S\s+[/\-]|[/\-]\s+\S|[\p{L}0-9&]\s+[\p{L}0-9&]", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedPattern();
}
