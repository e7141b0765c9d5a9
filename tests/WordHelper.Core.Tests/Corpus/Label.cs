using System.Text.Json;
using WordHelper.Core.Rules;

namespace WordHelper.Core.Tests.Corpus;

/// <summary>How a hand label of a labelled draft is matched: a finding of one of its categories whose excerpt or message holds its needle.</summary>
static class Label
{
    public static bool Explains(JsonElement label, Finding f)
    {
        var needle = label.GetProperty("needle").GetString()!.Normalize();
        return label.GetProperty("category").EnumerateArray().Any(c => c.GetString() == f.Category.Name())
            && (f.Excerpt.Contains(needle, StringComparison.Ordinal) || f.Message.Contains(needle, StringComparison.Ordinal));
    }
}
