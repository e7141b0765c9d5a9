using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace WordHelper.Core.Registry;

/// <summary>
/// Central legal documents the service ships with (Registry/Data, provenance in its SOURCES.md): the documents of the
/// Ministry of Justice's codification with their dates, issuers and summaries, and the numbers vbpl.vn lists. A
/// document still codified is in force; one that left the codification is only "có thể đã hết hiệu lực", said as its
/// <see cref="LegalDocument.StatusNote"/>, never as expired.
/// </summary>
public sealed class CentralRegistry : ILegalDocumentRegistry
{
    const string Codified = "Còn hiệu lực";
    static readonly Lazy<CentralRegistry> Loaded = new(() => new CentralRegistry());

    /// <summary>Read once for the process, on first use (about 5,500 documents and 17,500 numbers).</summary>
    public static CentralRegistry Default => Loaded.Value;

    readonly Dictionary<string, LegalDocument> _byNumber = new(StringComparer.Ordinal);
    readonly HashSet<string> _numbers = new(StringComparer.Ordinal);

    CentralRegistry()
    {
        foreach (var row in Read("phapdien.csv"))
        {
            var key = SeedRegistry.NumberKey(row.Number);
            if (key.Length == 0 || _byNumber.ContainsKey(key)) continue;
            _byNumber[key] = new LegalDocument(SeedRegistry.Slug(row.Number), row.Type, row.Number,
                DateOnly.TryParseExact(row.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null,
                row.Issuer ?? "", row.Summary ?? "", LegalStatus.InForce, Source: row.Source,
                StatusNote: string.IsNullOrWhiteSpace(row.Status) || row.Status.StartsWith(Codified, StringComparison.Ordinal) ? null : row.Status);
            _numbers.Add(key);
        }
        foreach (var row in Read("vbpl_tw_links.csv")) _numbers.Add(SeedRegistry.NumberKey(row.Number));
    }

    public IEnumerable<LegalDocument> Documents => _byNumber.Values;

    public LegalDocument? FindByNumber(string number) => _byNumber.GetValueOrDefault(SeedRegistry.NumberKey(number));

    /// <summary>Whether a central source lists the number at all (with or without what it says of the document).</summary>
    public bool Knows(string number) => _numbers.Contains(SeedRegistry.NumberKey(number));

    sealed record Row(string Type, string Number, string? Date, string? Issuer, string? Summary, string? Status, string? ReplacedBy, string? EffectiveFrom, string? Source);

    static List<Row> Read(string file)
    {
        using var stream = typeof(CentralRegistry).Assembly.GetManifestResourceStream("WordHelper.Registry." + file)
            ?? throw new InvalidDataException($"{file} is missing from the assembly");
        using var reader = new StreamReader(stream);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { PrepareHeaderForMatch = a => a.Header.ToLowerInvariant() });
        return csv.GetRecords<Row>().ToList();
    }
}
