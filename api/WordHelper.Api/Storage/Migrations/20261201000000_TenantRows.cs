using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace WordHelper.Api.Storage.Migrations;

/// <summary>
/// Every row names its tenant, and keys become (tenant, id): each organisation has its own clause library and its own
/// registry additions, under the same ids as another's. What was stored before belongs to the local tenant (clauses)
/// or to all (registry documents). SQLite cannot change a primary key in place, so its tables are rebuilt.
/// </summary>
[DbContext(typeof(WordHelperDb))]
[Migration("20261201000000_TenantRows")]
public sealed class TenantRows : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<string>(name: "Tenant", table: "clause_versions", maxLength: 64, nullable: false, defaultValue: "local");
        m.DropIndex(name: "IX_clause_versions_ClauseId_Version", table: "clause_versions");
        m.CreateIndex(name: "IX_clause_versions_Tenant_ClauseId_Version", table: "clause_versions", columns: ["Tenant", "ClauseId", "Version"], unique: true);

        if (m.IsSqlite()) RebuildSqliteTables(m);
        else
        {
            m.AddColumn<string>(name: "Tenant", table: "clauses", maxLength: 64, nullable: false, defaultValue: "local");
            m.DropPrimaryKey(name: "PK_clauses", table: "clauses");
            m.AddPrimaryKey(name: "PK_clauses", table: "clauses", columns: ["Tenant", "Id"]);
            m.AddColumn<string>(name: "Tenant", table: "documents", maxLength: 64, nullable: false, defaultValue: "");
            m.DropPrimaryKey(name: "PK_documents", table: "documents");
            m.AddPrimaryKey(name: "PK_documents", table: "documents", columns: ["Tenant", "Id"]);
            m.DropIndex(name: "IX_documents_NumberKey", table: "documents");
            m.DropIndex(name: "IX_clauses_DocType_IsStandard_Order", table: "clauses");
        }
        m.CreateIndex(name: "IX_clauses_Tenant_DocType_IsStandard_Order", table: "clauses", columns: ["Tenant", "DocType", "IsStandard", "Order"]);
        m.CreateIndex(name: "IX_documents_Tenant_NumberKey", table: "documents", columns: ["Tenant", "NumberKey"], unique: true);
        m.CreateIndex(name: "IX_documents_NumberKey", table: "documents", column: "NumberKey");
    }

    static void RebuildSqliteTables(MigrationBuilder m)
    {
        const string clauseColumns = "\"Id\", \"Title\", \"DocType\", \"Section\", \"Body\", \"Tags\", \"Scope\", \"IsStandard\", \"Order\", \"Version\", \"UpdatedAt\", \"SearchText\"";
        m.Sql("""
            CREATE TABLE "clauses_tenant" (
                "Tenant" TEXT NOT NULL DEFAULT 'local', "Id" TEXT NOT NULL, "Title" TEXT NOT NULL, "DocType" TEXT NOT NULL,
                "Section" TEXT NOT NULL, "Body" TEXT NOT NULL, "Tags" TEXT NOT NULL, "Scope" TEXT NOT NULL,
                "IsStandard" INTEGER NOT NULL, "Order" INTEGER NOT NULL, "Version" INTEGER NOT NULL, "UpdatedAt" TEXT NOT NULL,
                "SearchText" TEXT NOT NULL,
                CONSTRAINT "PK_clauses" PRIMARY KEY ("Tenant", "Id"));
            """);
        m.Sql($"INSERT INTO \"clauses_tenant\" (\"Tenant\", {clauseColumns}) SELECT 'local', {clauseColumns} FROM \"clauses\";");
        m.Sql("DROP TABLE \"clauses\";");
        m.Sql("ALTER TABLE \"clauses_tenant\" RENAME TO \"clauses\";");

        const string documentColumns = "\"Id\", \"Type\", \"Number\", \"NumberKey\", \"Date\", \"Issuer\", \"Summary\", \"Status\", \"ReplacedBy\", \"Source\", \"SearchText\"";
        m.Sql("""
            CREATE TABLE "documents_tenant" (
                "Tenant" TEXT NOT NULL DEFAULT '', "Id" TEXT NOT NULL, "Type" TEXT NOT NULL, "Number" TEXT NOT NULL,
                "NumberKey" TEXT NOT NULL, "Date" TEXT NULL, "Issuer" TEXT NOT NULL, "Summary" TEXT NOT NULL,
                "Status" TEXT NOT NULL, "ReplacedBy" TEXT NULL, "Source" TEXT NULL, "SearchText" TEXT NOT NULL,
                CONSTRAINT "PK_documents" PRIMARY KEY ("Tenant", "Id"));
            """);
        m.Sql($"INSERT INTO \"documents_tenant\" (\"Tenant\", {documentColumns}) SELECT '', {documentColumns} FROM \"documents\";");
        m.Sql("DROP TABLE \"documents\";");
        m.Sql("ALTER TABLE \"documents_tenant\" RENAME TO \"documents\";");

        // The search index names the tenant of each row too; its rows are kept as they were indexed.
        m.Sql("CREATE VIRTUAL TABLE clause_search_tenant USING fts5(tenant UNINDEXED, clause_id UNINDEXED, title, content, prefix='1 2 3');");
        m.Sql("INSERT INTO clause_search_tenant(tenant, clause_id, title, content) SELECT 'local', clause_id, title, content FROM clause_search;");
        m.Sql("DROP TABLE clause_search;");
        m.Sql("ALTER TABLE clause_search_tenant RENAME TO clause_search;");
    }

    protected override void Down(MigrationBuilder m) =>
        throw new NotSupportedException("Dữ liệu đã tách theo tổ chức không gộp lại được.");
}
