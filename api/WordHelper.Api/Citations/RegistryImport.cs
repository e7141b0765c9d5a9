using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.VisualBasic.FileIO;
using WordHelper.Api.Storage;
using WordHelper.Core.Registry;
using WordHelper.Core.RulePack;

namespace WordHelper.Api.Citations;

/// <summary>
/// Imports registry entries from CSV (header: type,number,date,issuer,summary,status,replacedBy) or from a JSON array
/// of the same fields. An entry whose number is known replaces the stored one; a bad row is reported, not fatal.
/// </summary>
public sealed class RegistryImport(WordHelperDb db, RegistryCache cache)
{
    static readonly string[] Statuses = ["in-force", "expired", "replaced"];

    public static IReadOnlyList<RegistryEntry> ParseCsv(TextReader text)
    {
        using var csv = new TextFieldParser(text) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = true };
        csv.SetDelimiters(",");
        var header = csv.ReadFields()?.Select(h => h.Trim().ToLowerInvariant()).ToList()
            ?? throw new FormatException("Tệp CSV rỗng.");
        string? Field(string[] row, string name) => header.IndexOf(name.ToLowerInvariant()) is var i and >= 0 && i < row.Length && row[i].Length > 0 ? row[i] : null;
        var entries = new List<RegistryEntry>();
        while (!csv.EndOfData)
        {
            var row = csv.ReadFields();
            if (row is null || row.All(string.IsNullOrWhiteSpace)) continue;
            entries.Add(new RegistryEntry(Field(row, "type") ?? "", Field(row, "number") ?? "", Field(row, "date"), Field(row, "issuer") ?? "",
                Field(row, "summary") ?? "", Field(row, "status") ?? "in-force", Field(row, "replacedBy")));
        }
        return entries;
    }

    public static IReadOnlyList<RegistryEntry> ParseJson(string json) =>
        JsonSerializer.Deserialize<List<RegistryEntry>>(json, JsonSerializerOptions.Web) ?? [];

    public async Task<ImportResult> SaveAsync(IReadOnlyList<RegistryEntry> entries, CancellationToken cancel)
    {
        var errors = new List<string>();
        int added = 0, updated = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            var problem = Validate(e);
            if (problem is not null) { errors.Add($"Dòng {i + 1}: {problem}"); continue; }
            var row = RegistryMapping.ToRow(SeedRegistry.ToDocument(e));
            var existing = await db.Documents.FirstOrDefaultAsync(d => d.NumberKey == row.NumberKey, cancel);
            if (existing is null) { db.Documents.Add(row); added++; }
            else
            {
                row.Id = existing.Id; // the id stays what it was: links to it keep working
                db.Entry(existing).CurrentValues.SetValues(row);
                updated++;
            }
        }
        await db.SaveChangesAsync(cancel);
        cache.Clear();
        return new ImportResult(added, updated, errors);
    }

    static string? Validate(RegistryEntry e)
    {
        if (string.IsNullOrWhiteSpace(e.Number) || !e.Number.Contains('/')) return $"số, ký hiệu \"{e.Number}\" không hợp lệ";
        if (string.IsNullOrWhiteSpace(e.Type)) return "thiếu tên loại văn bản";
        if (string.IsNullOrWhiteSpace(e.Issuer)) return "thiếu cơ quan ban hành";
        if (!Statuses.Contains(e.Status)) return $"trạng thái \"{e.Status}\" không hợp lệ (in-force, expired, replaced)";
        if (e.Date is not null && !DateOnly.TryParseExact(e.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            return $"ngày \"{e.Date}\" phải có dạng yyyy-MM-dd";
        return null;
    }
}
