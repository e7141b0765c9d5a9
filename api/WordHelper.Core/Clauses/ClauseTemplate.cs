using System.Text.RegularExpressions;

namespace WordHelper.Core.Clauses;

/// <summary>A clause body with named variables written {{tên biến}}: "Kế hoạch năm {{năm}} do {{đơn vị chủ trì}} chủ trì".</summary>
public static partial class ClauseTemplate
{
    /// <summary>The variables a body uses, in order of first use.</summary>
    public static IReadOnlyList<string> Variables(string body) =>
        VariablePattern().Matches(body).Select(m => Name(m)).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Fills every variable. One without a value becomes a visible blank "[tên biến]" marked as such, for the drafter
    /// to fill in Word, and is returned in the missing list.
    /// </summary>
    public static (IReadOnlyList<TextSegment> Segments, IReadOnlyList<string> Missing) Fill(string body, IReadOnlyDictionary<string, string> values)
    {
        var missing = new List<string>();
        var segments = new List<TextSegment>();
        var at = 0;
        foreach (Match m in VariablePattern().Matches(body))
        {
            if (m.Index > at) segments.Add(new TextSegment(body[at..m.Index], false));
            var name = Name(m);
            if (Find(values, name) is { } value) segments.Add(new TextSegment(value, false));
            else
            {
                segments.Add(new TextSegment("[" + name + "]", true));
                if (!missing.Contains(name)) missing.Add(name);
            }
            at = m.Index + m.Length;
        }
        if (at < body.Length) segments.Add(new TextSegment(body[at..], false));
        return (segments, missing);
    }

    /// <summary>Values match names whatever their case and spacing ("Năm" = "năm").</summary>
    public static string? Find(IReadOnlyDictionary<string, string> values, string name)
    {
        if (values.TryGetValue(name, out var v)) return v;
        var key = NameKey(name);
        return values.FirstOrDefault(kv => NameKey(kv.Key) == key).Value;
    }

    public static string NameKey(string name) => string.Join(' ', Text.VietnameseText.Normalize(name).ToLower(Text.VietnameseText.Vi).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    static string Name(Match m) => Text.VietnameseText.Normalize(m.Groups["name"].Value).Trim();

    [GeneratedRegex(@"\{\{\s*(?<name>[^{}]{1,60}?)\s*\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex VariablePattern();
}

/// <summary>A piece of rendered text; <see cref="Blank"/> when it stands for a variable still to fill.</summary>
public sealed record TextSegment(string Text, bool Blank);
