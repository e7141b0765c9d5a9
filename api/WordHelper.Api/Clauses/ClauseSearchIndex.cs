using Microsoft.EntityFrameworkCore;
using WordHelper.Api.Storage;

namespace WordHelper.Api.Clauses;

/// <summary>
/// The full-text index of the clause library, on whichever database serves: SQLite's FTS5 (ranked by bm25) or
/// PostgreSQL's text search (ranked by ts_rank). Every word of a query matches as a prefix of a folded word.
/// </summary>
public sealed class ClauseSearchIndex(WordHelperDb db)
{
    /// <summary>Ids of matching clauses, best first.</summary>
    public async Task<IReadOnlyList<string>> FindAsync(IReadOnlyList<string> words, int limit, CancellationToken cancel)
    {
        if (db.Database.IsNpgsql())
        {
            var query = string.Join(" & ", words.Select(w => w + ":*"));
            return await db.Clauses
                .Where(c => EF.Functions.ToTsVector("simple", c.SearchText).Matches(EF.Functions.ToTsQuery("simple", query)))
                .OrderByDescending(c => EF.Functions.ToTsVector("simple", c.SearchText).Rank(EF.Functions.ToTsQuery("simple", query)))
                .Select(c => c.Id).Take(limit).ToListAsync(cancel);
        }
        var match = string.Join(" ", words.Select(w => "\"" + w + "\"*"));
        return await db.Database
            .SqlQuery<string>($"SELECT clause_id AS \"Value\" FROM clause_search WHERE clause_search MATCH {match} ORDER BY rank LIMIT {limit}")
            .ToListAsync(cancel);
    }

    /// <summary>Keeps the SQLite index in step with a saved clause (PostgreSQL's index follows the table by itself).</summary>
    public async Task UpdateAsync(IEnumerable<Clause> clauses, CancellationToken cancel)
    {
        if (!db.Database.IsSqlite()) return;
        foreach (var c in clauses)
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM clause_search WHERE clause_id = {c.Id}", cancel);
            await db.Database.ExecuteSqlInterpolatedAsync($"INSERT INTO clause_search(clause_id, content) VALUES ({c.Id}, {c.SearchText})", cancel);
        }
    }
}
