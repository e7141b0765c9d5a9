using System.Globalization;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using WordHelper.Core.Registry;
using WordHelper.Core.RulePack;
using WordHelper.Core.Text;

namespace WordHelper.Core.Registry.Import;

/// <summary>
/// One problem of an import, at its row: a CSV line counted as a spreadsheet counts it ("Dòng 3"), or a JSON item
/// counted from 1 ("Mục 3"); the message starts with that label.
/// </summary>
public sealed record ImportRowError(int Row, string Message);

/// <summary>An import with problems: every one of them, and nothing was saved.</summary>
public sealed class ImportInvalidException(IReadOnlyList<ImportRowError> errors) : Exception("Dữ liệu nhập có lỗi.")
{
    public IReadOnlyList<ImportRowError> Errors { get; } = errors;
}

/// <summary>A row of an import, numbered as the user sees it ("Dòng 3", "Mục 3"), with its entry once read.</summary>
public sealed record ImportRow(int Row, string Label, RegistryEntry Entry)
{
    public ImportRowError Error(string message) => new(Row, $"{Label}: {message}");
}

/// <summary>
/// Reads registry entries from a JSON array (type, number, date, issuer, summary, status, replacedBy; CSV is read by
/// <see cref="RegisterCsv"/>), and checks every one before anything is saved: fields present and within the stored lengths, real
/// dates, known statuses, no number twice in the batch, no trace of a broken encoding. Text is cleaned as all input is.
/// </summary>
public static class ImportRows
{
    /// <summary>A register of many years of an office fits; more is a mistake (or an attack), refused whole.</summary>
    public const int MaxRows = 200_000;

    public static IReadOnlyList<ImportRow> FromJson(string text)
    {
        JsonDocument json;
        try { json = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 16 }); }
        catch (JsonException e) { throw new ImportRefusedException($"Không đọc được dữ liệu JSON (dòng {e.LineNumber + 1}): sai cú pháp."); }
        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Array) throw new ImportRefusedException("Dữ liệu JSON phải là một mảng các văn bản.");
            var rows = new List<ImportRow>();
            var errors = new List<ImportRowError>();
            var row = 0;
            foreach (var item in json.RootElement.EnumerateArray())
            {
                row++;
                if (item.ValueKind != JsonValueKind.Object)
                {
                    errors.Add(new(row, $"Mục {row}: " + (item.ValueKind == JsonValueKind.Null ? "rỗng (null)." : "mỗi mục phải là một đối tượng {type, number, …}.")));
                    continue;
                }
                var wrong = new List<string>();
                string? Field(string name)
                {
                    foreach (var p in item.EnumerateObject())
                    {
                        if (!p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) continue;
                        if (p.Value.ValueKind == JsonValueKind.String)
                        {
                            // A lone surrogate escape (\ud800) is valid JSON and not text.
                            try { return p.Value.GetString(); }
                            catch (InvalidOperationException) { wrong.Add(name); return null; }
                        }
                        if (p.Value.ValueKind != JsonValueKind.Null) wrong.Add(name);
                        return null;
                    }
                    return null;
                }
                var entry = new RegistryEntry(Field("type") ?? "", Field("number") ?? "", Field("date"), Field("issuer") ?? "",
                    Field("summary") ?? "", Field("status") ?? "in-force", Field("replacedBy"));
                if (wrong.Count > 0) errors.Add(new(row, $"Mục {row}: trường {string.Join(", ", wrong)} phải là chuỗi."));
                else rows.Add(new(row, $"Mục {row}", entry));
            }
            return Checked(rows, errors);
        }
    }

    /// <summary>Every row cleaned and checked; the rows when all are sound, else every problem at once.</summary>
    internal static IReadOnlyList<ImportRow> Checked(List<ImportRow> rows, List<ImportRowError> errors)
    {
        if (rows.Count + errors.Count == 0) throw new ImportRefusedException("Không có văn bản nào để nhập.");
        if (rows.Count + errors.Count > MaxRows)
            throw new ImportRefusedException($"Mỗi lần nhập tối đa {MaxRows.ToString("N0", VietnameseText.Vi)} văn bản: hãy chia tệp thành nhiều phần.");
        var clean = new List<ImportRow>(rows.Count);
        var firstRowOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var e = Cleaned(row.Entry);
            var problems = Problems(row.Entry, e).ToList();
            if (problems.Count == 0)
            {
                // Numbers that differ only in spacing or case are one number; with Đ for D, one id.
                var year = SeedRegistry.YearOf(e);
                var keys = new[] { $"key:{DocumentNumber.Key(e.Number)}|{year}", $"id:{DocumentNumber.Slug(e.Number)}|{year}" };
                if (keys.Select(k => firstRowOf.GetValueOrDefault(k)).FirstOrDefault(f => f is not null) is { } first)
                    problems.Add($"số, ký hiệu {e.Number} trùng với {first.ToLower(VietnameseText.Vi)}.");
                else foreach (var k in keys) firstRowOf[k] = row.Label;
            }
            errors.AddRange(problems.Select(row.Error));
            clean.Add(row with { Entry = e });
        }
        return errors.Count == 0 ? clean : throw new ImportInvalidException(errors.OrderBy(e => e.Row).ToList());
    }

    static RegistryEntry Cleaned(RegistryEntry e) => new(
        InputText.Clean(e.Type).Trim(), InputText.Clean(e.Number).Trim(), e.Date is null ? null : InputText.Clean(e.Date).Trim() is { Length: > 0 } d ? d : null,
        InputText.Clean(e.Issuer).Trim(), InputText.Clean(e.Summary).Trim(), InputText.Clean(e.Status).Trim().ToLowerInvariant(),
        e.ReplacedBy is null ? null : InputText.Clean(e.ReplacedBy).Trim() is { Length: > 0 } r ? r : null, e.Source);

    static IEnumerable<string> Problems(RegistryEntry raw, RegistryEntry e)
    {
        if (new[] { raw.Type, raw.Number, raw.Date, raw.Issuer, raw.Summary, raw.Status, raw.ReplacedBy }.Any(v => v?.Contains('\uFFFD') == true))
            yield return "có ký tự hỏng (�): dữ liệu đã bị đổi bảng mã trước khi nhập; hãy xuất lại tệp gốc dạng UTF-8.";
        if (e.Number.Length == 0) yield return "thiếu số, ký hiệu (number).";
        else if (!e.Number.Contains('/') || e.Number.Length > RegistryLimits.Number)
            yield return $"số, ký hiệu \"{Shown(e.Number)}\" không hợp lệ (dạng 30/2020/NĐ-CP, tối đa {RegistryLimits.Number} ký tự).";
        if (e.Type.Length == 0) yield return "thiếu tên loại văn bản (type).";
        else if (e.Type.Length > RegistryLimits.Type) yield return $"tên loại văn bản dài quá {RegistryLimits.Type} ký tự.";
        if (e.Issuer.Length == 0) yield return "thiếu cơ quan ban hành (issuer).";
        else if (e.Issuer.Length > RegistryLimits.Issuer) yield return $"tên cơ quan ban hành dài quá {RegistryLimits.Issuer} ký tự.";
        if (e.Summary.Length > RegistryLimits.Summary) yield return $"trích yếu dài quá {RegistryLimits.Summary.ToString("N0", VietnameseText.Vi)} ký tự.";
        if (!LegalStatusNames.TryParse(e.Status, out _)) yield return $"trạng thái \"{Shown(e.Status)}\" không hợp lệ (in-force, expired, replaced).";
        if (e.Date is { Length: > 0 } date && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            yield return $"ngày \"{Shown(date)}\" không có thật hoặc không đúng dạng ngày/tháng/năm (15/9/2016) hay năm-tháng-ngày (2016-09-15).";
        if (e.ReplacedBy is { } by && (!by.Contains('/') || by.Length > RegistryLimits.Number))
            yield return $"văn bản thay thế \"{Shown(by)}\" không phải số, ký hiệu hợp lệ.";
    }

    /// <summary>A value as quoted in a message: long ones cut.</summary>
    static string Shown(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
