using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using WordHelper.Core.RulePack;
using WordHelper.Core.Text;

namespace WordHelper.Core.Registry.Import;

/// <summary>
/// Reads a register of documents from CSV as e-office systems and spreadsheets save it: comma, semicolon or tab
/// separated (Excel's "sep=" line obeyed), title lines above the heading skipped, headings in Vietnamese or English
/// (register-columns.json), dates as 15/9/2016 or 2016-09-15, statuses in words. A register of one organisation may
/// leave out the issuer (it is the organisation) and the type (the symbol names it: "KH" is a Kế hoạch, a symbol
/// without one a Công văn). Every row is then checked by <see cref="ImportRows"/>: all are sound, or none is taken.
/// </summary>
public static class RegisterCsv
{
    /// <summary>No field of the registry is longer: a longer one is a broken file, refused before it is held in memory.</summary>
    const int MaxCsvField = 20_000;
    /// <summary>Lines of title an export may put above its heading ("SỔ ĐĂNG KÝ VĂN BẢN ĐI", "Từ ngày … đến ngày …").</summary>
    const int HeadingSearch = 15;
    const string LetterType = "Công văn";
    static readonly string[] DateFormats = ["yyyy-MM-dd", "d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "yyyy/M/d"];

    /// <param name="organisation">Whose register it is: the issuer of rows that name none, and the source every entry names.</param>
    public static IReadOnlyList<ImportRow> Read(string text, string? organisation = null, RulePackData? pack = null)
    {
        pack ??= RulePackData.Default;
        organisation = string.IsNullOrWhiteSpace(organisation) ? null : InputText.Clean(organisation).Trim();
        var source = organisation is null ? "Sổ văn bản đã nhập" : $"Sổ văn bản của {organisation}";
        if (source.Length > RegistryLimits.Source) throw new ImportRefusedException($"Tên đơn vị dài quá {RegistryLimits.Source - 20} ký tự.");
        var (body, delimiter) = Separator(text);
        var malformed = new HashSet<int>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            TrimOptions = TrimOptions.Trim,
            IgnoreBlankLines = true,
            MaxFieldSize = MaxCsvField,
            BadDataFound = bad => malformed.Add(bad.Context.Parser!.Row),
            DetectDelimiter = delimiter is null,
            DetectDelimiterValues = [",", ";", "\t"],
            Delimiter = delimiter ?? ",",
        };
        var headings = Headings(pack);
        var rows = new List<ImportRow>();
        var errors = new List<ImportRowError>();
        try
        {
            using var csv = new CsvParser(new StringReader(body), config);
            Dictionary<string, int>? columns = null;
            while (columns is null && csv.Read())
            {
                columns = Columns(csv.Record!, headings);
                if (columns is null && csv.Row >= HeadingSearch) break;
            }
            if (columns is null)
                throw new ImportRefusedException("Không tìm thấy dòng tiêu đề có cột \"Số, ký hiệu\" (number): " +
                    "dòng tiêu đề cần các cột như Số, ký hiệu; Ngày ban hành; Loại văn bản; Cơ quan ban hành; Trích yếu (hoặc type,number,date,issuer,summary).");
            if (organisation is null && !columns.ContainsKey("issuer"))
                throw new ImportRefusedException("Tệp không có cột \"Cơ quan ban hành\" (issuer): hãy cho biết sổ văn bản của đơn vị nào (tham số organisation) hoặc thêm cột này.");
            var statuses = Statuses(pack);
            while (csv.Read())
            {
                var (line, fields) = (csv.Row, csv.Record!);
                if (malformed.Contains(line))
                {
                    errors.Add(new(line, $"Dòng {line}: sai định dạng CSV (dấu ngoặc kép không khớp)."));
                    continue;
                }
                if (fields.All(string.IsNullOrWhiteSpace)) continue;
                if (rows.Count + errors.Count > ImportRows.MaxRows) break;
                string? Field(string name) => columns.TryGetValue(name, out var i) && i < fields.Length && fields[i].Length > 0 ? fields[i] : null;
                var number = Field("number") ?? "";
                var status = Field("status") is { } s ? statuses.GetValueOrDefault(VietnameseText.Key(s), s) : "in-force";
                rows.Add(new(line, $"Dòng {line}", new RegistryEntry(Field("type") ?? TypeOf(number, pack), number, IsoDate(Field("date")),
                    Field("issuer") ?? organisation ?? "", Field("summary") ?? "", status, Field("replacedBy"), source)));
            }
        }
        catch (CsvHelperException e)
        {
            throw new ImportRefusedException($"Dòng {e.Context?.Parser?.Row}: có ô dài quá {MaxCsvField.ToString("N0", VietnameseText.Vi)} ký tự hoặc dấu ngoặc kép không đóng: tệp không đúng định dạng CSV.");
        }
        return ImportRows.Checked(rows, errors);
    }

    /// <summary>Excel's "sep=;" first line names the separator; it is not data.</summary>
    static (string Body, string? Delimiter) Separator(string text)
    {
        if (!text.StartsWith("sep=", StringComparison.OrdinalIgnoreCase)) return (text, null);
        var end = text.IndexOf('\n');
        var line = (end < 0 ? text : text[..end]).TrimEnd('\r');
        return (end < 0 ? "" : text[(end + 1)..], line.Length > 4 ? line[4..5] : null);
    }

    /// <summary>The heading of each field, folded, with its field: "so ky hieu" → number.</summary>
    static Dictionary<string, string> Headings(RulePackData pack) =>
        pack.RegisterColumns.Columns.SelectMany(c => c.Value.Select(h => (Heading: VietnameseText.Key(h), Field: c.Key)))
            .DistinctBy(h => h.Heading).ToDictionary(h => h.Heading, h => h.Field, StringComparer.Ordinal);

    static Dictionary<string, string> Statuses(RulePackData pack) =>
        pack.RegisterColumns.Statuses.SelectMany(s => s.Value.Select(w => (Word: VietnameseText.Key(w), Status: s.Key)))
            .DistinctBy(s => s.Word).ToDictionary(s => s.Word, s => s.Status, StringComparer.Ordinal);

    /// <summary>The fields of a heading line, by column; null when the line is not the heading (it names no number column).</summary>
    static Dictionary<string, int>? Columns(string[] record, Dictionary<string, string> headings)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < record.Length; i++)
            if (headings.TryGetValue(VietnameseText.Key(record[i]), out var field)) columns.TryAdd(field, i);
        return columns.ContainsKey("number") && columns.Count >= 2 ? columns : null;
    }

    /// <summary>The type a symbol names ("15/KH-UBND" → Kế hoạch); a symbol without a type's abbreviation is a Công văn's.</summary>
    static string TypeOf(string number, RulePackData pack)
    {
        var symbol = DocumentNumber.Symbol(number);
        var first = symbol.Split('-', '/')[0];
        return pack.DocTypes.FirstOrDefault(t => t.Abbr is { } a && DocumentNumber.Key(a) == first)?.Name ?? LetterType;
    }

    /// <summary>A date as registers write it, as yyyy-MM-dd; left as written when it is none (the check then says so).</summary>
    static string? IsoDate(string? text) =>
        text is null ? null
        : DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : DateTime.TryParseExact(text.Trim(), ["d/M/yyyy H:mm", "d/M/yyyy H:mm:ss", "yyyy-MM-dd HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : text;
}
