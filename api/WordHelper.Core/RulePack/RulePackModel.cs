using System.Text.Json.Serialization;

namespace WordHelper.Core.RulePack;

/// <summary>A required part of a document type: found when any heading matches one of <see cref="Keys"/> (folded).</summary>
public sealed record SectionRequirement(string Name, IReadOnlyList<string> Keys, string Severity = "warning");

public sealed record DocTypeEntry(
    string Name,
    string? Abbr,
    string Category,
    IReadOnlyList<string>? Aliases = null,
    bool KinhGui = false,
    IReadOnlyList<SectionRequirement>? Sections = null,
    string? Source = null);

public sealed record AgencyAbbreviation(string Abbr, string Full, string? Source = null);

public sealed record ReorganisationEntry(
    string Old,
    IReadOnlyList<string> Names,
    string Replacement,
    string Effective,
    string Level,
    string Confidence,
    string? Source = null);

public sealed record RegistryEntry(
    string Type,
    string Number,
    string? Date,
    string Issuer,
    string Summary,
    string Status,
    string? ReplacedBy = null,
    string? Source = null);

public sealed record MarginRange(double Min, double Max);

public sealed record FormatSpec(
    string Font,
    MarginRange Top,
    MarginRange Bottom,
    MarginRange Left,
    MarginRange Right,
    MarginRange BodySize,
    string Source);

public sealed record RuleDescriptorEntry(
    string Id,
    string Category,
    string Severity,
    string Title,
    string Message,
    string Help,
    string? Source = null,
    IReadOnlyList<RuleExampleEntry>? Examples = null);

public sealed record RuleExampleEntry(IReadOnlyList<string> Lines, bool Finds, string? Date = null,
    string? Font = null, double? Size = null, IReadOnlyList<double>? Margins = null, IReadOnlyList<ExampleAddressee>? Directory = null);

/// <summary>An entry of the directory an example is checked with.</summary>
public sealed record ExampleAddressee(string Name, string? Mail, string? Kind = null, IReadOnlyList<string>? Aliases = null);

sealed record Versioned<T>(int Version, [property: JsonRequired] IReadOnlyList<T> Items);

/// <summary>Spellings of one unit or title; the first is the full name.</summary>
public sealed record AliasGroup(IReadOnlyList<string> Names, bool Unit);

public sealed record RecipientGroup(IReadOnlyList<string> Names, IReadOnlyList<string> Covers);

/// <summary>Phrases of drafting practice the rules read (see phrases.json).</summary>
public sealed record Phrases(
    IReadOnlyList<string> TaskSections,
    IReadOnlyList<string> RequestBefore,
    IReadOnlyList<string> DutyAfter,
    IReadOnlyList<string> PastMarkers,
    IReadOnlyList<string> Preamble,
    IReadOnlyList<string> NotAddressedAfter,
    IReadOnlyList<string> Schedule,
    IReadOnlyList<string> HistoryMarkers,
    IReadOnlyList<string> CollectiveRecipients,
    IReadOnlyList<string> CollectiveWithin,
    IReadOnlyList<string> UnitHeads,
    IReadOnlyList<string> ResultHeadings,
    IReadOnlyList<string> OtherHeadings);

/// <summary>How citations are compared with the registry (see citation-registry.json).</summary>
public sealed record CitationRegistryRules(
    int CompleteThrough,
    IReadOnlyList<RegistrySeries> Series,
    IReadOnlyList<IssuerRole> IssuerRoles,
    IReadOnlyList<string> IssuerSuffixes,
    IReadOnlyList<string> SummaryFillers);

/// <summary>A kind of central document the data knows year by year: its type and the symbol its numbers end with.</summary>
public sealed record RegistrySeries(string Type, string Symbol, double? MinCoverage);

/// <summary>An office that issues in its body's name: "Bộ trưởng Bộ Tài chính" is read as "Bộ Tài chính".</summary>
public sealed record IssuerRole(string From, string To);

/// <summary>Column headings and status words of a register an organisation imports (see register-columns.json).</summary>
public sealed record RegisterColumns(IReadOnlyDictionary<string, IReadOnlyList<string>> Columns, IReadOnlyDictionary<string, IReadOnlyList<string>> Statuses);

/// <summary>How a Vietnamese syllable is built (see vietnamese-syllables.json).</summary>
public sealed record SyllableFacts(
    IReadOnlyList<string> Onsets,
    IReadOnlyList<string> FrontOnly,
    IReadOnlyList<string> NotFront,
    IReadOnlyList<string> FrontVowels,
    IReadOnlyList<string> NoMedial,
    IReadOnlyList<string> Codas,
    IReadOnlyList<string> StopCodas,
    IReadOnlyList<string> MedialGroups,
    IReadOnlyList<string> InitialOnly,
    IReadOnlyList<VowelGroup> Groups,
    IReadOnlyList<IReadOnlyList<string>> OnsetRepairs,
    IReadOnlyList<string> JoinedWords);

/// <summary>A vowel group (medial, nucleus and final glide), the codas it takes and where its tone may sit.</summary>
public sealed record VowelGroup(string Vowels, IReadOnlyList<string> Codas, IReadOnlyList<int> Tone, IReadOnlyList<int>? OpenTone = null);
