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
        // Ranking every match of common words costs milliseconds; names are matched first, unranked and capped, and the
        // library orders the few candidates itself.
        var terms = "(" + string.Join(" ", words.Select(w => "\"" + w + "\"*")) + ")";
        var named = await db.Database
            .SqlQuery<string>($"SELECT clause_id AS \"Value\" FROM clause_search WHERE clause_search MATCH {"title : " + terms} LIMIT {limit}")
            .ToListAsync(cancel);
        if (named.Count >= limit) return named;
        var anywhere = await db.Database
            .SqlQuery<string>($"SELECT clause_id AS \"Value\" FROM clause_search WHERE clause_search MATCH {terms} LIMIT {limit * 2}")
            .ToListAsync(cancel);
        return named.Concat(anywhere).Distinct().Take(limit).ToList();
    }

    /// <summary>Keeps the SQLite index in step with a saved clause (PostgreSQL's index follows the table by itself).</summary>
    public async Task UpdateAsync(IEnumerable<Clause> clauses, CancellationToken cancel)
    {
        if (!db.Database.IsSqlite()) return;
        foreach (var c in clauses)
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM clause_search WHERE clause_id = {c.Id}", cancel);
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"INSERT INTO clause_search(clause_id, title, content) VALUES ({c.Id}, {ClauseLibrary.NameText(c)}, {c.SearchText})", cancel);
        }
    }
}
