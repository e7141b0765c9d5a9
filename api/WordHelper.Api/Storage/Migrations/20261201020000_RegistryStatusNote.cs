using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace WordHelper.Api.Storage.Migrations;

/// <summary>What a central document's source says of its status ("có thể đã hết hiệu lực"), beside the verdict.</summary>
[DbContext(typeof(WordHelperDb))]
[Migration("20261201020000_RegistryStatusNote")]
public sealed class RegistryStatusNote : Migration
{
    protected override void Up(MigrationBuilder m) =>
        m.AddColumn<string>(name: "StatusNote", table: "documents", maxLength: 300, nullable: true);

    protected override void Down(MigrationBuilder m) => m.DropColumn(name: "StatusNote", table: "documents");
}
