using System.Text.RegularExpressions;
using WordHelper.Core.RulePack;
using WordHelper.Core.Text;

namespace WordHelper.Core.Archive;

/// <summary>
/// Whether a document's title (or file name) answers a query: every word present, diacritics optional; the type named
/// by its abbreviation or its name; the year named in the title, or failing that the year it was last changed.
/// </summary>
public static partial class ArchiveMatch
{
    /// <param name="typeName">The document's type as its header says ("Kế hoạch"), when it was read; else the title is searched for it.</param>
    public static bool Matches(ArchiveQuery query, string title, DateTimeOffset? modified, string? typeName = null, string? typeAbbr = null)
    {
        var folded = new FoldedText(title);
        var words = VietnameseText.Key(query.Words).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!words.All(w => folded.Key.Contains(" " + w, StringComparison.Ordinal))) return false;
        if (query.DocType is { Length: > 0 } type && !(typeName is not null ? IsType(type, typeName, typeAbbr) : NamesType(folded, type))) return false;
        if (query.Year is { } year)
        {
            var years = Year().Matches(title).Select(m => int.Parse(m.Value)).ToList();
            if (years.Count > 0 ? !years.Contains(year) : modified?.Year != year) return false;
        }
        return true;
    }

    static bool IsType(string asked, string name, string? abbr) =>
        VietnameseText.Key(asked) == VietnameseText.Key(name) || string.Equals(asked.Trim(), abbr, StringComparison.OrdinalIgnoreCase);

    /// <summary>"KH" or "Kế hoạch": either spelling of the type stands for it.</summary>
    static bool NamesType(FoldedText title, string type)
    {
        var key = VietnameseText.Key(type);
        var known = RulePackData.Default.DocTypes.FirstOrDefault(t =>
            VietnameseText.Key(t.Name) == key || string.Equals(t.Abbr, type.Trim(), StringComparison.OrdinalIgnoreCase));
        var spellings = known is null ? [key] : new[] { VietnameseText.Key(known.Name), VietnameseText.Key(known.Abbr ?? "") };
        return spellings.Any(s => s.Length > 0 && title.Contains(s));
    }

    [GeneratedRegex(@"(?<!\d)(19|20)\d{2}(?!\d)")]
    private static partial Regex Year();
}
