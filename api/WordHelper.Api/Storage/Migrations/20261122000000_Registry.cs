using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace WordHelper.Api.Storage.Migrations;

/// <summary>
/// The citation registry. Written by hand: column types are left to the provider, so one migration serves SQLite
/// and PostgreSQL alike.
/// </summary>
[DbContext(typeof(WordHelperDb))]
[Migration("20261122000000_Registry")]
public sealed class Registry : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable(
            name: "documents",
            columns: t => new
            {
                Id = t.Column<string>(maxLength: 100, nullable: false),
                Type = t.Column<string>(maxLength: 100, nullable: false),
                Number = t.Column<string>(maxLength: 100, nullable: false),
                NumberKey = t.Column<string>(maxLength: 100, nullable: false),
                Date = t.Column<DateOnly>(nullable: true),
                Issuer = t.Column<string>(maxLength: 300, nullable: false),
                Summary = t.Column<string>(maxLength: 2000, nullable: false),
                Status = t.Column<string>(maxLength: 20, nullable: false),
                ReplacedBy = t.Column<string>(maxLength: 100, nullable: true),
                Source = t.Column<string>(maxLength: 500, nullable: true),
                SearchText = t.Column<string>(maxLength: 3000, nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_documents", x => x.Id));
        m.CreateIndex(name: "IX_documents_NumberKey", table: "documents", column: "NumberKey", unique: true);
    }

    protected override void Down(MigrationBuilder m) => m.DropTable(name: "documents");
}
