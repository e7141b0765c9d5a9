using WordHelper.Core.Documents;

namespace WordHelper.Core.Citations;

/// <summary>
/// A reference to another document found in a paragraph: "Quyết định số 1791/QĐ-TTg ngày 15/9/2016 của Thủ tướng Chính phủ về …".
/// <see cref="Start"/> and <see cref="Length"/> locate <see cref="Text"/> in the paragraph's text.
/// </summary>
public sealed record Citation
{
    public required int Paragraph { get; init; }
    public required int Start { get; init; }
    public required int Length { get; init; }
    public required string Text { get; init; }
    /// <summary>Type name as written, e.g. "Quyết định", "Công văn", "Luật"; null when only a number was written.</summary>
    public string? TypeName { get; init; }
    /// <summary>The number/symbol exactly as written ("817/SLĐT BXH-BTXH&amp;GN"), or null for a law cited by name.</summary>
    public string? Number { get; init; }
    /// <summary>The number/symbol with stray spaces removed.</summary>
    public string? NumberClean { get; init; }
    public int? Serial { get; init; }
    /// <summary>The part after a dot in a serial ("66.7/2025/NQ-CP" → 7): one of a numbered series.</summary>
    public int? SerialPart { get; init; }
    /// <summary>Year inside a normative number ("30/2020/NĐ-CP" → 2020).</summary>
    public int? NumberYear { get; init; }
    /// <summary>The groups of the symbol after the number (and year): "QĐ-TTg" → ["QĐ", "TTg"].</summary>
    public IReadOnlyList<string> SymbolParts { get; init; } = [];
    public DraftDate? Date { get; init; }
    public string? DateText { get; init; }
    public string? Issuer { get; init; }
    public string? Summary { get; init; }
    /// <summary>Name of a law cited by name ("Luật Tổ chức chính quyền địa phương").</summary>
    public string? Name { get; init; }
    /// <summary>True when the number carries a /YYYY/ group or the type is a law: a legal normative document.</summary>
    public bool IsNormative { get; init; }
    /// <summary>A Party document ("05-CT/TW"): its numbering follows the Party's own rules, not NĐ 30.</summary>
    public bool IsParty { get; init; }
    /// <summary>For a bare symbol cited without a type name, the type its abbreviation names.</summary>
    public string? ImpliedType { get; init; }
}
