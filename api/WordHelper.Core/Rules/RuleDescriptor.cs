namespace WordHelper.Core.Rules;

/// <summary>
/// An example a rule carries: a tiny document (one line a paragraph) that it must flag, or must leave alone, checked
/// on <see cref="Date"/>; optionally with the font, size and page margins (top, bottom, left, right in mm) of its text.
/// A line written "[auto 1.] Mục đích" stands for a paragraph that Word numbers automatically with the label "1.";
/// one written "[cell 1 2 0] Trước 30/10/2025" for a paragraph in table 1, row 2, column 0.
/// An example with a <see cref="Directory"/> is checked with the recipients looked up in it; one with a <see cref="Paper"/>
/// (width, height in mm) is set on that paper.
/// </summary>
public sealed record RuleExample(IReadOnlyList<string> Lines, bool Finds, string? Date = null,
    string? Font = null, double? Size = null, IReadOnlyList<double>? Margins = null, IReadOnlyList<Addressing.Addressee>? Directory = null,
    IReadOnlyList<double>? Paper = null);

/// <summary>What a rule is, apart from how it detects: data, loaded from the rule pack.</summary>
public sealed record RuleDescriptor(
    string Id,
    RuleCategory Category,
    Severity Severity,
    string Title,
    string Message,
    string Help,
    string? Source,
    IReadOnlyList<RuleExample> Examples)
{
    /// <summary>Fills {name} placeholders of the message.</summary>
    public string Format(IReadOnlyList<(string Key, string Value)> args)
    {
        var text = Message;
        foreach (var (k, v) in args) text = text.Replace("{" + k + "}", v, StringComparison.Ordinal);
        return text;
    }
}
