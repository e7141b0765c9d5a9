using System.Text.Json.Serialization;

namespace WordHelper.Core.RulePack;

/// <summary>A required part of a document type: found when any heading matches one of <see cref="Keys"/> (folded).</summary>
/// <summary>A section a type calls for; one a Party or Youth Union paper may leave out (its budget is its committee's) is <paramref name="PartyOptional"/>.</summary>
public sealed record SectionRequirement(string Name, IReadOnlyList<string> Keys, string Severity = "warning", bool PartyOptional = false);

public sealed record DocTypeEntry(
    string Name,
    string? Abbr,
    string Category,
    IReadOnlyList<string>? Aliases = null,
    bool KinhGui = false,
    IReadOnlyList<SectionRequirement>? Sections = null,
    string? Source = null,
    bool NoDateLine = false,
    bool TitleRunsOn = false,
    bool TitleRunsOnUnderNationalTitle = false);

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

/// <summary>A sheet of paper in millimetres, either way round.</summary>
public sealed record PaperSize(double Width, double Height);

public sealed record FormatSpec(
    string Font,
    MarginRange Top,
    MarginRange Bottom,
    MarginRange Left,
    MarginRange Right,
    MarginRange BodySize,
    string Source,
    PaperSize? Paper = null,
    IReadOnlyList<string>? MeasureUnits = null,
    IReadOnlyList<string>? MoneyUnits = null,
    IReadOnlyList<string>? PartWords = null,
    IReadOnlyList<string>? PlaceUnitWords = null);

/// <summary>Fixed formulas of a document's body and the words never written twice in a row (see formulas.json).</summary>
public sealed record Formulas(
    string ClosingMark,
    string DecisionKind,
    string DecisionFormula,
    IReadOnlyList<string> NeverDoubled,
    IReadOnlyList<string> NeverDoubledCapitalised,
    IReadOnlyList<string> Reduplications,
    string ClosingLead,
    IReadOnlyList<string> ReviewKinds,
    IReadOnlyList<string>? ListLeads = null,
    string? Source = null,
    string? NationalTitle = null,
    IReadOnlyList<string>? EffectWords = null);

/// <summary>A fixed name of a body: its accepted spellings (lower case) and abbreviation.</summary>
public sealed record FixedAgencyName(string Name, IReadOnlyList<string> Spellings, string Abbr);

/// <summary>A centrally-run city ("thành phố trực thuộc trung ương") and the day it became one.</summary>
public sealed record CentralCity(string Name, IReadOnlyList<string> Spellings, string Since);

/// <summary>The names of bodies whose misspellings are corrected, and the centrally-run cities (see agency-names.json).</summary>
public sealed record FixedNames(
    IReadOnlyList<FixedAgencyName> Names,
    IReadOnlyList<string> Abbreviations,
    IReadOnlyList<string> UnitWords,
    IReadOnlyList<string> CityWords,
    string ProvinceWord,
    string CityWord,
    IReadOnlyList<CentralCity> CentralCities,
    IReadOnlyList<string> Provinces,
    IReadOnlyList<string>? SchoolKinds = null,
    IReadOnlyList<string>? LevelWords = null,
    IReadOnlyList<string>? LevelNameWords = null);

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
    string? Font = null, double? Size = null, IReadOnlyList<double>? Margins = null, IReadOnlyList<ExampleAddressee>? Directory = null,
    IReadOnlyList<double>? Paper = null);

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
    IReadOnlyList<string> OtherHeadings,
    IReadOnlyList<string> HistoryScopes,
    IReadOnlyList<string> PresentScopes,
    IReadOnlyList<string> ReorganisationWords,
    IReadOnlyList<string> NotRequests,
    IReadOnlyList<string> UnitTitles,
    IReadOnlyList<string> TaskLabels,
    IReadOnlyList<string> TaskColumns,
    IReadOnlyList<string> PlaceWords,
    IReadOnlyList<string> QuotedNameLeads,
    IReadOnlyList<string>? SchoolYearAhead = null,
    IReadOnlyList<string>? HolidayLeads = null);

/// <summary>How signature blocks are read (see signing.json).</summary>
public sealed record Signing(
    IReadOnlyList<SigningAuthority> Authorities,
    IReadOnlyList<string> Collectives,
    IReadOnlyList<string> Heads,
    IReadOnlyList<string> Deputies,
    IReadOnlyList<string>? StandingBodies = null,
    IReadOnlyList<string>? PersonalRoles = null,
    IReadOnlyList<string>? Surnames = null,
    IReadOnlyList<string>? AuthorityAbbreviations = null);

/// <summary>"KT." (ký thay) and the title line that must follow the line it opens ("" when none must).</summary>
public sealed record SigningAuthority(string Abbr, string Meaning, string Then);

/// <summary>Documents that are not administrative documents, and draft stamps (see document-kinds.json).</summary>
public sealed record DocumentKinds(IReadOnlyList<DocumentKind> Kinds, IReadOnlyList<string> DraftStamps, IReadOnlyList<string>? PartyTitles = null);

/// <summary>A kind of non-administrative document and the folded opening words of its title line.</summary>
public sealed record DocumentKind(string Name, string Category, IReadOnlyList<string> Titles, IReadOnlyList<string>? TimedTitles, IReadOnlyList<string>? Except, bool BlankFields = false, bool AttachedText = false);

/// <summary>Texts issued with a decision and printed after it (see attached-texts.json).</summary>
public sealed record AttachedTexts(IReadOnlyList<string> Types, IReadOnlyList<string> Markers, IReadOnlyList<string>? NeverAlone = null);

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

/// <summary>What a cited document's symbol says of its issuer, and how Party symbols end (see symbol-issuers.json).</summary>
public sealed record SymbolIssuers(
    [property: JsonRequired] IReadOnlyList<SymbolIssuer> Items,
    IReadOnlyList<string> IssuerHeads,
    IReadOnlyList<string> DraftingWords,
    IReadOnlyList<string> PartyIssuerEndings);

/// <summary>
/// An issuer's code in a symbol ("TTg", "QH" with its term) and the bodies it stands for; <see cref="Shared"/> when
/// bodies outside the State use it too ("BTC": an event's Ban Tổ chức).
/// </summary>
public sealed record SymbolIssuer(string Code, IReadOnlyList<string> Issuers, bool Session = false, bool Shared = false);

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

/// <summary>Names of bodies with the capitals NĐ 30 gives them (see agency-name-case.json).</summary>
public sealed record NameCases(IReadOnlyList<string> Names);

/// <summary>Terms written with fixed punctuation or capitals (see fixed-terms.json).</summary>
public sealed record FixedTerms(IReadOnlyList<FixedTerm> Terms);

/// <summary>Words commonly misspelt, each with its standard form (see misspellings.json).</summary>
public sealed record Misspellings(IReadOnlyList<Misspelling> Words, IReadOnlyList<string>? NumberWords = null);

public sealed record Misspelling(string Wrong, string Right);

/// <summary>
/// A term as it is written; with <paramref name="CaseFixed"/>, its capitals too ("VNeID"); <paramref name="Also"/>, other
/// right writings; <paramref name="Common"/>, common nouns that take no capital past their first word ("sở, ban, ngành").
/// </summary>
public sealed record FixedTerm(string Term, bool CaseFixed = false, IReadOnlyList<string>? Also = null, bool Common = false);

/// <summary>Names of codes and laws with the capitals NĐ 30 gives them when cited (see law-names.json).</summary>
public sealed record LawNames(IReadOnlyList<string> Names);

/// <summary>Phrases the spelling check knows as written, beside what it learns from legal documents (see word-pairs.json).</summary>
public sealed record WordPairs(IReadOnlyList<string> Phrases, IReadOnlyList<string> Words, IReadOnlyList<string> EverydayWords, IReadOnlyList<string> CapitalisedAtWill,
    IReadOnlyList<string> FunctionWords);

/// <summary>A vowel group (medial, nucleus and final glide), the codas it takes and where its tone may sit.</summary>
public sealed record VowelGroup(string Vowels, IReadOnlyList<string> Codas, IReadOnlyList<int> Tone, IReadOnlyList<int>? OpenTone = null);

/// <summary>Phrases of the period and deadline rules (see periods.json).</summary>
public sealed record PeriodPhrases(
    IReadOnlyList<string> OwnPeriodAfter,
    IReadOnlyList<string> TitleLooksBack,
    IReadOnlyList<string> TitleLooksAhead,
    IReadOnlyList<string> ComparisonBefore,
    IReadOnlyList<string> TitleNextPhase,
    IReadOnlyList<string> OtherPeriodMarkers,
    IReadOnlyList<string> DeadlineBefore,
    IReadOnlyList<string> DeadlineColumns,
    IReadOnlyList<string> TaskStopWords,
    IReadOnlyList<string>? TitleClosesPeriod = null,
    IReadOnlyList<string>? TitleEvents = null);
