using System.Reflection;
using System.Text.Json;
using WordHelper.Core.Rules;

namespace WordHelper.Core.RulePack;

/// <summary>
/// The domain facts the rules read: document types, agency abbreviations and aliases, the 2025 reorganisation,
/// the registry seed and the format figures. Embedded JSON files, loaded once.
/// </summary>
public sealed class RulePackData
{
    public required IReadOnlyList<DocTypeEntry> DocTypes { get; init; }
    public required IReadOnlyList<AgencyAbbreviation> Abbreviations { get; init; }
    /// <summary>Groups of names that mean the same unit ("Cổng Thông tin điện tử", "Cổng TTĐT").</summary>
    public required IReadOnlyList<AliasGroup> Aliases { get; init; }
    /// <summary>Collective Nơi nhận entries ("các sở, ban, ngành") and the units they stand for.</summary>
    public required IReadOnlyList<RecipientGroup> RecipientGroups { get; init; }
    public required IReadOnlyList<ReorganisationEntry> Reorganisation { get; init; }
    public required IReadOnlyList<RegistryEntry> RegistrySeed { get; init; }
    public required CitationRegistryRules CitationRegistry { get; init; }
    public required SymbolIssuers SymbolIssuers { get; init; }
    public required RegisterColumns RegisterColumns { get; init; }
    public required FormatSpec Format { get; init; }
    public required Phrases Phrases { get; init; }
    public required PeriodPhrases Periods { get; init; }
    public required Signing Signing { get; init; }
    public required AttachedTexts AttachedTexts { get; init; }
    public required DocumentKinds DocumentKinds { get; init; }
    public required Formulas Formulas { get; init; }
    public required FixedNames FixedNames { get; init; }
    public required SyllableFacts Syllables { get; init; }
    public required WordPairs WordPairs { get; init; }
    public required NameCases NameCases { get; init; }
    public required LawNames LawNames { get; init; }
    public required FixedTerms FixedTerms { get; init; }
    public required Misspellings Misspellings { get; init; }
    public required RuleCatalog Rules { get; init; }

    static readonly Lazy<RulePackData> DefaultPack = new(Load);
    public static RulePackData Default => DefaultPack.Value;

    static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    static RulePackData Load()
    {
        var asm = typeof(RulePackData).Assembly;
        var descriptors = asm.GetManifestResourceNames()
            .Where(n => n.StartsWith("WordHelper.RulePack.rules-", StringComparison.Ordinal))
            .OrderBy(n => n, StringComparer.Ordinal)
            .SelectMany(n => Read<RuleDescriptorEntry>(asm, n))
            .Select(e => new RuleDescriptor(e.Id, RuleNames.ParseCategory(e.Category), RuleNames.ParseSeverity(e.Severity),
                e.Title, e.Message, e.Help, e.Source,
                (e.Examples ?? []).Select(x => new RuleExample(x.Lines, x.Finds, x.Date, x.Font, x.Size, x.Margins,
                    x.Directory?.Select(a => new Addressing.Addressee(a.Name, a.Mail, a.Kind ?? "unit", a.Aliases)).ToList(), x.Paper)).ToList()))
            .ToList();
        return new RulePackData
        {
            DocTypes = Read<DocTypeEntry>(asm, "WordHelper.RulePack.doc-types.json"),
            Abbreviations = Read<AgencyAbbreviation>(asm, "WordHelper.RulePack.agency-abbreviations.json"),
            Aliases = Read<AliasGroup>(asm, "WordHelper.RulePack.agency-aliases.json"),
            RecipientGroups = Read<RecipientGroup>(asm, "WordHelper.RulePack.recipient-groups.json"),
            Reorganisation = Read<ReorganisationEntry>(asm, "WordHelper.RulePack.reorganisation-2025.json"),
            RegistrySeed = Read<RegistryEntry>(asm, "WordHelper.RulePack.registry-seed.json"),
            Format = ReadOne<FormatSpec>(asm, "WordHelper.RulePack.format.json"),
            Phrases = ReadOne<Phrases>(asm, "WordHelper.RulePack.phrases.json"),
            Periods = ReadOne<PeriodPhrases>(asm, "WordHelper.RulePack.periods.json"),
            Signing = ReadOne<Signing>(asm, "WordHelper.RulePack.signing.json"),
            AttachedTexts = ReadOne<AttachedTexts>(asm, "WordHelper.RulePack.attached-texts.json"),
            DocumentKinds = ReadOne<DocumentKinds>(asm, "WordHelper.RulePack.document-kinds.json"),
            Formulas = ReadOne<Formulas>(asm, "WordHelper.RulePack.formulas.json"),
            FixedNames = ReadOne<FixedNames>(asm, "WordHelper.RulePack.agency-names.json"),
            Syllables = ReadOne<SyllableFacts>(asm, "WordHelper.RulePack.vietnamese-syllables.json"),
            WordPairs = ReadOne<WordPairs>(asm, "WordHelper.RulePack.word-pairs.json"),
            NameCases = ReadOne<NameCases>(asm, "WordHelper.RulePack.agency-name-case.json"),
            LawNames = ReadOne<LawNames>(asm, "WordHelper.RulePack.law-names.json"),
            FixedTerms = ReadOne<FixedTerms>(asm, "WordHelper.RulePack.fixed-terms.json"),
            Misspellings = ReadOne<Misspellings>(asm, "WordHelper.RulePack.misspellings.json"),
            CitationRegistry = ReadOne<CitationRegistryRules>(asm, "WordHelper.RulePack.citation-registry.json"),
            SymbolIssuers = ReadOne<SymbolIssuers>(asm, "WordHelper.RulePack.symbol-issuers.json"),
            RegisterColumns = ReadOne<RegisterColumns>(asm, "WordHelper.RulePack.register-columns.json"),
            Rules = new RuleCatalog(descriptors),
        };
    }

    static IReadOnlyList<T> Read<T>(Assembly asm, string name) =>
        JsonSerializer.Deserialize<Versioned<T>>(Open(asm, name), Json)?.Items
        ?? throw new InvalidDataException($"Rule pack file {name} is empty");

    static T ReadOne<T>(Assembly asm, string name) =>
        JsonSerializer.Deserialize<T>(Open(asm, name), Json) ?? throw new InvalidDataException($"Rule pack file {name} is empty");

    static Stream Open(Assembly asm, string name) =>
        asm.GetManifestResourceStream(name) ?? throw new InvalidDataException($"Rule pack file {name} is missing");
}
