using Microsoft.EntityFrameworkCore;
using WordHelper.Api.Storage;
using WordHelper.Core.Registry;
using WordHelper.Core.Text;

namespace WordHelper.Api.Citations;

/// <summary>
/// Searches the registry by number/symbol ("1791/QĐ-TTg", "1791", "QĐ-TTg") or by words without diacritics
/// ("cong tac van thu"): exact numbers first, then numbers that contain the query, then the words as a phrase, then
/// the words anywhere, newest first.
/// </summary>
public sealed class CitationSearch(WordHelperDb db)
{
    public async Task<IReadOnlyList<RegistryDocument>> FindAsync(string? query, int limit, CancellationToken cancel)
    {
        var all = db.Documents.AsNoTracking();
        if (string.IsNullOrWhiteSpace(query)) return await all.OrderBy(d => d.Type).ThenBy(d => d.Number).Take(limit).ToListAsync(cancel);

        var numberKey = DocumentNumber.Key(query);
        var words = VietnameseText.Key(query).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(FieldLimits.SearchWords);
        var byNumber = await all.Where(d => d.NumberKey.Contains(numberKey)).Take(limit).ToListAsync(cancel);
        // Among thousands of documents the words alone match many: those that hold them as one phrase come first.
        var phrase = string.Join(' ', words);
        var phraseHits = phrase.Length == 0 ? [] : await all.Where(d => d.SearchText.Contains(phrase)).OrderByDescending(d => d.Date).Take(limit).ToListAsync(cancel);
        var byWords = all;
        foreach (var w in words) byWords = byWords.Where(d => d.SearchText.Contains(w));
        var wordHits = await byWords.OrderByDescending(d => d.Date).Take(limit).ToListAsync(cancel);

        return OwnFirst(byNumber.OrderByDescending(d => d.NumberKey == numberKey).ThenBy(d => d.NumberKey.Length).Concat(phraseHits).Concat(wordHits))
            .Take(limit)
            .ToList();
    }

    /// <summary>One entry a number and year: the tenant's own where it has one, else the shared one, in the order found.</summary>
    static IEnumerable<RegistryDocument> OwnFirst(IEnumerable<RegistryDocument> found)
    {
        var list = found.ToList();
        var own = list.Where(d => d.Tenant != Tenants.Shared).Select(d => (d.NumberKey, d.Year)).ToHashSet();
        return list.Where(d => d.Tenant != Tenants.Shared || !own.Contains((d.NumberKey, d.Year))).DistinctBy(d => (d.Tenant, d.NumberKey, d.Year));
    }
}
