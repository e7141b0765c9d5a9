using WordHelper.Core.Documents;

namespace WordHelper.Core.Rules;

/// <summary>
/// What a rule finds, gathered by how it is written: the drafter fixes a way of writing once, so it makes one finding,
/// at its first place, naming the others (<see cref="Places.Listed"/>).
/// </summary>
sealed class ByWriting<T>
{
    readonly Dictionary<string, (DraftParagraph First, T Found, List<DraftParagraph> Places)> _found = new(StringComparer.Ordinal);

    public void Add(string written, DraftParagraph paragraph, T found)
    {
        if (_found.TryGetValue(written, out var seen)) seen.Places.Add(paragraph);
        else _found[written] = (paragraph, found, [paragraph]);
    }

    /// <summary>Each way of writing, with its first paragraph, what was found there, and where else it stands.</summary>
    public IEnumerable<(string Written, DraftParagraph First, T Found, string Where)> Each(CheckContext context) =>
        _found.Select(kv => (kv.Key, kv.Value.First, kv.Value.Found, Places.Listed(context, kv.Value.Places)));
}
