using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using WordHelper.Core.RulePack;

namespace WordHelper.Core.Registry;

/// <summary>
/// Central legal documents the service ships with (Registry/Data, provenance in its SOURCES.md): the documents of the
/// Ministry of Justice's codification with their dates, issuers, summaries and effective dates; the article-level
/// changes later documents made to them; the numbers vbpl.vn lists. A document still codified is in force; one that
/// left the codification is only "có thể đã hết hiệu lực", said as its <see cref="LegalDocument.StatusNote"/>, never
/// as expired.
/// </summary>
public sealed class CentralRegistry : ILegalDocumentRegistry
{
    const string Codified = "Còn hiệu lực";
    const int MostSuggestions = 3;
    static readonly Lazy<CentralRegistry> Loaded = new(() => new CentralRegistry(RulePackData.Default));

    /// <summary>Read once for the process, on first use (about 5,500 documents, 2,200 changes and 17,500 numbers).</summary>
    public static CentralRegistry Default => Loaded.Value;

    readonly Dictionary<string, List<LegalDocument>> _byNumber = new(StringComparer.Ordinal);
    readonly Dictionary<string, List<Amendment>> _amendments = new(StringComparer.Ordinal);
    readonly HashSet<string> _listed = new(StringComparer.Ordinal);
    /// <summary>The documents of each symbol ("NĐ-CP"): where a mistaken number's real neighbours are looked for.</summary>
    readonly ILookup<string, LegalDocument> _bySymbol;
    /// <summary>The serials known of each symbol and year ("NĐ-CP", 2020): what tells whether a series is complete.</summary>
    readonly Dictionary<(string Symbol, int Year), SortedSet<int>> _serials = new();
    readonly IReadOnlyList<RegistrySeries> _series;
    readonly int _completeThrough;
    readonly SubjectMatch _subjects;

    public CentralRegistry(RulePackData pack)
    {
        _series = pack.CitationRegistry.Series;
        _completeThrough = pack.CitationRegistry.CompleteThrough;
        _subjects = SubjectMatch.For(pack);
        foreach (var row in Read<DocumentRow>("phapdien.csv"))
        {
            var document = new LegalDocument(DocumentNumber.Slug(row.Number), row.Type, row.Number, ParseDate(row.Date),
                row.Issuer ?? "", row.Summary ?? "", LegalStatus.InForce, Source: row.Source,
                StatusNote: string.IsNullOrWhiteSpace(row.Status) || row.Status.StartsWith(Codified, StringComparison.Ordinal) ? null : row.Status,
                EffectiveFrom: ParseDate(row.EffectiveFrom));
            var key = DocumentNumber.Key(row.Number);
            if (key.Length == 0) continue;
            var same = _byNumber.TryGetValue(key, out var list) ? list : _byNumber[key] = [];
            if (same.All(d => d.Year != document.Year)) same.Add(document);
            Count(row.Number);
        }
        foreach (var row in Read<DocumentRow>("vbpl_tw_links.csv")) Count(row.Number);
        _bySymbol = Documents.ToLookup(d => DocumentNumber.Symbol(d.Number), StringComparer.Ordinal);
        foreach (var row in Read<AmendmentRow>("phapdien_relations.csv"))
        {
            var key = DocumentNumber.Key(row.Number);
            var list = _amendments.TryGetValue(key, out var known) ? known : _amendments[key] = [];
            var amendment = new Amendment(row.Relation, row.ByNumber, row.ByType, ParseDate(row.ByEffectiveFrom));
            if (!list.Contains(amendment)) list.Add(amendment);
        }
    }

    void Count(string number)
    {
        var key = DocumentNumber.Key(number);
        if (key.Length == 0) return;
        _listed.Add(key);
        if (DocumentNumber.Year(key) is { } year && DocumentNumber.Serial(key) is { } serial)
        {
            var series = (DocumentNumber.Symbol(key), year);
            (_serials.TryGetValue(series, out var set) ? set : _serials[series] = []).Add(serial);
        }
    }

    public IEnumerable<LegalDocument> Documents => _byNumber.Values.SelectMany(d => d);

    public IReadOnlyList<LegalDocument> FindAll(string number) => _byNumber.GetValueOrDefault(DocumentNumber.Key(number)) ?? [];

    public bool IsListed(string number) => _listed.Contains(DocumentNumber.Key(number));

    public bool CoversSeries(string number, string type)
    {
        if (DocumentNumber.Year(number) is not { } year || DocumentNumber.Serial(number) is not { } serial) return false;
        var symbol = DocumentNumber.Symbol(number);
        foreach (var s in _series)
        {
            if (!string.Equals(s.Type, type, StringComparison.OrdinalIgnoreCase) || !InSeries(symbol, s)) continue;
            if (!_serials.TryGetValue((symbol, year), out var known) || known.Count == 0) return false;
            if (serial > known.Max) return year <= _completeThrough;
            return s.MinCoverage is not { } min || (double)known.Count / known.Max >= min;
        }
        return false;
    }

    /// <summary>"NĐ-CP" is its own series; "QH" stands for every legislature ("QH13", "QH15").</summary>
    static bool InSeries(string symbol, RegistrySeries series)
    {
        var wanted = DocumentNumber.Key(series.Symbol);
        return symbol == wanted || (symbol.StartsWith(wanted, StringComparison.Ordinal) && symbol[wanted.Length..].All(char.IsAsciiDigit) && symbol.Length > wanted.Length);
    }

    public IReadOnlyList<LegalDocument> Nearest(string number, DateOnly? date, string? summary)
    {
        var symbol = DocumentNumber.Symbol(number);
        var serial = DocumentNumber.Serial(number);
        var year = DocumentNumber.Year(number) ?? date?.Year;
        var scored = new List<(LegalDocument Document, double Score)>();
        foreach (var d in _bySymbol[symbol])
        {
            var score = 0.0;
            if (date is { } wanted && d.Date == wanted) score += 2;
            if (_subjects.Overlap(summary, d.Summary) is >= 0.5 and var overlap) score += 2 * overlap;
            if (serial is { } n && DocumentNumber.Serial(d.Number) == n && d.Year is { } y && year is { } cy && Math.Abs(y - cy) <= 1) score += 1;
            if (score >= 1) scored.Add((d, score));
        }
        return scored.OrderByDescending(s => s.Score).ThenByDescending(s => s.Document.Date).Take(MostSuggestions).Select(s => s.Document).ToList();
    }

    public IReadOnlyList<Amendment> AmendmentsOf(LegalDocument document) =>
        _amendments.GetValueOrDefault(DocumentNumber.Key(document.Number)) ?? [];

    static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    sealed record DocumentRow(string Type, string Number, string? Date, string? Issuer, string? Summary, string? Status, string? ReplacedBy, string? EffectiveFrom, string? Source);

    sealed record AmendmentRow(string Number, string Type, string Relation, string ByNumber, string ByType, string? ByEffectiveFrom);

    static List<T> Read<T>(string file)
    {
        using var stream = typeof(CentralRegistry).Assembly.GetManifestResourceStream("WordHelper.Registry." + file)
            ?? throw new InvalidDataException($"{file} is missing from the assembly");
        using var reader = new StreamReader(stream);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { PrepareHeaderForMatch = a => a.Header.ToLowerInvariant() });
        return csv.GetRecords<T>().ToList();
    }
}
