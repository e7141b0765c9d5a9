using System.Text.Json;

namespace WordHelper.Core.Clauses;

/// <summary>A standard section of a document type, as seeded into the clause library.</summary>
public sealed record StandardSection(string DocType, int Order, string Title, IReadOnlyList<string> Tags, string Body);

public static class StandardSections
{
    static readonly Lazy<IReadOnlyList<StandardSection>> All = new(Load);

    public static IReadOnlyList<StandardSection> Default => All.Value;

    static IReadOnlyList<StandardSection> Load()
    {
        using var stream = typeof(StandardSections).Assembly.GetManifestResourceStream("WordHelper.Clauses.standard-sections.json")
            ?? throw new InvalidDataException("standard-sections.json is missing");
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        return JsonSerializer.Deserialize<Wrapper>(stream, options)?.Items ?? throw new InvalidDataException("standard-sections.json is empty");
    }

    sealed record Wrapper(int Version, IReadOnlyList<StandardSection> Items);
}
