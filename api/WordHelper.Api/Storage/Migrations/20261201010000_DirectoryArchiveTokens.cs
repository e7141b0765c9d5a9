using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace WordHelper.Api.Storage.Migrations;

/// <summary>The local directory of recipients, each tenant's archive settings, and the shared token cache.</summary>
[DbContext(typeof(WordHelperDb))]
[Migration("20261201010000_DirectoryArchiveTokens")]
public sealed class DirectoryArchiveTokens : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable(
            name: "directory",
            columns: t => new
            {
                Tenant = t.Column<string>(maxLength: 64, nullable: false),
                Id = t.Column<string>(maxLength: 100, nullable: false),
                Name = t.Column<string>(maxLength: 300, nullable: false),
                Mail = t.Column<string>(maxLength: 320, nullable: true),
                Kind = t.Column<string>(maxLength: 20, nullable: false),
                Aliases = t.Column<string>(maxLength: 1000, nullable: false),
                UpdatedAt = t.Column<DateTimeOffset>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_directory", x => new { x.Tenant, x.Id }));

        m.CreateTable(
            name: "archive_settings",
            columns: t => new
            {
                Tenant = t.Column<string>(maxLength: 64, nullable: false),
                Scope = t.Column<string>(maxLength: 1000, nullable: false),
                UpdatedAt = t.Column<DateTimeOffset>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_archive_settings", x => x.Tenant));

        m.CreateTable(
            name: "token_cache",
            columns: t => new
            {
                Id = t.Column<string>(maxLength: 449, nullable: false),
                Value = t.Column<byte[]>(nullable: false),
                ExpiresAt = t.Column<DateTimeOffset>(nullable: false),
                SlidingSeconds = t.Column<long>(nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_token_cache", x => x.Id));
        m.CreateIndex(name: "IX_token_cache_ExpiresAt", table: "token_cache", column: "ExpiresAt");
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable(name: "token_cache");
        m.DropTable(name: "archive_settings");
        m.DropTable(name: "directory");
    }
}
