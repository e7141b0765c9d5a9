using Microsoft.EntityFrameworkCore;
using WordHelper.Api.Storage;

namespace WordHelper.Api.Clauses;

/// <summary>
/// The full-text index of the clause library, on whichever database serves: SQLite's FTS5 (ranked by bm25) or
/// PostgreSQL's text search (ranked by ts_rank). Every word of a query matches as a prefix of a folded word.
/// On SQLite, clauses whose names match come before those whose text alone matches.
/// </summary>
public sealed class ClauseSearchIndex(WordHelperDb db)
{
    /// <summary>Matching clauses of a type (any type when null), best first.</summary>
    public async Task<IReadOnlyList<Clause>> FindAsync(IReadOnlyList<string> words, string? docType, int limit, CancellationToken cancel)
    {
        if (db.Database.IsNpgsql())
        {
            var query = string.Join(" & ", words.Select(w => w + ":*"));
            return await OfType(db.Clauses.AsNoTracking(), docType)
                .Where(c => EF.Functions.ToTsVector("simple", c.SearchText).Matches(EF.Functions.ToTsQuery("simple", query)))
                .OrderByDescending(c => EF.Functions.ToTsVector("simple", c.SearchText).Rank(EF.Functions.ToTsQuery("simple", query)))
                .Take(limit).ToListAsync(cancel);
        }
        // Ranking every match of common words costs milliseconds; names are matched first, unranked and capped, and the
        // library orders the few candidates itself.
        var terms = "(" + string.Join(" ", words.Select(w => "\"" + w + "\"*")) + ")";
        var named = await Matching("title : " + terms, docType, limit, cancel);
        if (named.Count >= limit) return named;
        var anywhere = await Matching(terms, docType, limit * 2, cancel);
        return named.Concat(anywhere).DistinctBy(c => c.Id).Take(limit).ToList();
    }

    Task<List<Clause>> Matching(string match, string? docType, int limit, CancellationToken cancel) =>
        OfType(db.Clauses.FromSqlInterpolated(
                $"SELECT c.* FROM clauses c JOIN clause_search s ON s.clause_id = c.\"Id\" AND s.tenant = c.\"Tenant\" WHERE clause_search MATCH {match} AND s.tenant = {db.Tenant} LIMIT {limit * 4}"), docType)
            .AsNoTracking().Take(limit).ToListAsync(cancel);

    static IQueryable<Clause> OfType(IQueryable<Clause> clauses, string? docType) =>
        string.IsNullOrWhiteSpace(docType) ? clauses : clauses.Where(c => c.DocType == docType.Trim().ToUpperInvariant());

    /// <summary>Keeps the SQLite index in step with a saved clause (PostgreSQL's index follows the table by itself).</summary>
    public async Task UpdateAsync(IEnumerable<Clause> clauses, CancellationToken cancel)
    {
        if (!db.Database.IsSqlite()) return;
        foreach (var c in clauses)
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM clause_search WHERE tenant = {c.Tenant} AND clause_id = {c.Id}", cancel);
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"INSERT INTO clause_search(tenant, clause_id, title, content) VALUES ({c.Tenant}, {c.Id}, {ClauseLibrary.NameText(c)}, {c.SearchText})", cancel);
        }
    }
}
