using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace WordHelper.Api.Storage.Migrations;

/// <summary>
/// A number without its year ("15/KH-UBND", "1791/QĐ-TTg") names one document a year: the registry keeps each year's,
/// unique by number and year, and the day each takes effect. Years are filled in on start (StorageSetup).
/// </summary>
[DbContext(typeof(WordHelperDb))]
[Migration("20261201030000_RegistryYears")]
public sealed class RegistryYears : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<int>(name: "Year", table: "documents", nullable: false, defaultValue: 0);
        m.AddColumn<DateOnly>(name: "EffectiveFrom", table: "documents", nullable: true);
        m.DropIndex(name: "IX_documents_Tenant_NumberKey", table: "documents");
        m.CreateIndex(name: "IX_documents_Tenant_NumberKey_Year", table: "documents", columns: ["Tenant", "NumberKey", "Year"], unique: true);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropIndex(name: "IX_documents_Tenant_NumberKey_Year", table: "documents");
        m.CreateIndex(name: "IX_documents_Tenant_NumberKey", table: "documents", columns: ["Tenant", "NumberKey"], unique: true);
        m.DropColumn(name: "EffectiveFrom", table: "documents");
        m.DropColumn(name: "Year", table: "documents");
    }
}
