using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace WordHelper.Api.Storage.Migrations;

/// <summary>
/// Full-text search over clauses: an FTS5 table on SQLite, a GIN index over to_tsvector('simple', …) on PostgreSQL.
/// Both index the folded search text, so diacritics never matter.
/// </summary>
[DbContext(typeof(WordHelperDb))]
[Migration("20261122020000_ClauseSearch")]
public sealed class ClauseSearch : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        if (m.IsSqlite())
        {
            // Two columns: what names a clause (title, section, tags, initials) and the whole folded text.
            // Prefix indexes: every query word is matched as a prefix, and short ones ("y", "to") would scan the vocabulary.
            m.Sql("CREATE VIRTUAL TABLE clause_search USING fts5(clause_id UNINDEXED, title, content, prefix='1 2 3');");
            m.Sql("INSERT INTO clause_search(clause_id, title, content) SELECT \"Id\", \"Title\", \"SearchText\" FROM clauses;");
        }
        else if (m.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL")
            m.Sql("CREATE INDEX \"IX_clauses_search\" ON clauses USING GIN (to_tsvector('simple', \"SearchText\"));");
    }

    protected override void Down(MigrationBuilder m)
    {
        if (m.IsSqlite()) m.Sql("DROP TABLE clause_search;");
        else if (m.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL") m.Sql("DROP INDEX \"IX_clauses_search\";");
    }
}
