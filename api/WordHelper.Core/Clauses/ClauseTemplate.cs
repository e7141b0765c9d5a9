using System.Text.RegularExpressions;

namespace WordHelper.Core.Clauses;

/// <summary>A clause body with named variables written {{tên biến}}: "Kế hoạch năm {{năm}} do {{đơn vị chủ trì}} chủ trì".</summary>
public static partial class ClauseTemplate
{
    /// <summary>The variables a body uses, in order of first use.</summary>
    public static IReadOnlyList<string> Variables(string body) =>
        VariablePattern().Matches(body).Select(m => Name(m)).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Fills every variable; the ones without a value are returned, and left untouched in the text.</summary>
    public static (string Text, IReadOnlyList<string> Missing) Fill(string body, IReadOnlyDictionary<string, string> values)
    {
        var missing = new List<string>();
        var text = VariablePattern().Replace(body, m =>
        {
            var name = Name(m);
            if (Find(values, name) is { } value) return value;
            if (!missing.Contains(name)) missing.Add(name);
            return m.Value;
        });
        return (text, missing);
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
