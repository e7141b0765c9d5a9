using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace WordHelper.Api.Storage.Migrations;

/// <summary>The clause library and its history (hand-written, provider-neutral column types).</summary>
[DbContext(typeof(WordHelperDb))]
[Migration("20261122010000_Clauses")]
public sealed class Clauses : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable(
            name: "clauses",
            columns: t => new
            {
                Id = t.Column<string>(maxLength: 100, nullable: false),
                Title = t.Column<string>(maxLength: 300, nullable: false),
                DocType = t.Column<string>(maxLength: 10, nullable: false),
                Section = t.Column<string>(maxLength: 300, nullable: false),
                Body = t.Column<string>(nullable: false),
                Tags = t.Column<string>(maxLength: 1000, nullable: false),
                Scope = t.Column<string>(maxLength: 100, nullable: false),
                IsStandard = t.Column<bool>(nullable: false),
                Order = t.Column<int>(nullable: false),
                Version = t.Column<int>(nullable: false),
                UpdatedAt = t.Column<DateTimeOffset>(nullable: false),
                SearchText = t.Column<string>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_clauses", x => x.Id));
        m.CreateIndex(name: "IX_clauses_DocType_IsStandard_Order", table: "clauses", columns: ["DocType", "IsStandard", "Order"]);

        m.CreateTable(
            name: "clause_versions",
            columns: t => new
            {
                Id = t.Column<string>(maxLength: 100, nullable: false),
                ClauseId = t.Column<string>(maxLength: 100, nullable: false),
                Version = t.Column<int>(nullable: false),
                Title = t.Column<string>(maxLength: 300, nullable: false),
                Body = t.Column<string>(nullable: false),
                Tags = t.Column<string>(maxLength: 1000, nullable: false),
                SavedAt = t.Column<DateTimeOffset>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_clause_versions", x => x.Id));
        m.CreateIndex(name: "IX_clause_versions_ClauseId_Version", table: "clause_versions", columns: ["ClauseId", "Version"], unique: true);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable(name: "clause_versions");
        m.DropTable(name: "clauses");
    }
}
