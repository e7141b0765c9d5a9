using System.CommandLine;
using WordHelper.Core.Documents;
using WordHelper.Core.Reports;
using WordHelper.Core.RollForward;

namespace WordHelper.Cli;

/// <summary>
/// `rollforward FILE --to 2026 [--date 2026-01-15] -o OUT.docx [--json]`: last period's document rolled to a year or a
/// month, as tracked changes and comments. Exit 0 done, 2 when the file cannot be read or rolled (as `check`).
/// </summary>
static class RollForwardCommand
{
    public static Command Create(TextWriter output, TextWriter error, RollForwarder forwarder)
    {
        var file = new Argument<string>("FILE") { Description = "Văn bản kỳ trước (.docx)" };
        var to = new Option<string>("--to") { Description = "Kỳ mới: năm (2026) hoặc tháng (2025-10)", Required = true };
        var date = new Option<string?>("--date") { Description = "Ngày của văn bản mới (2026-01-15); không có thì để trống ngày" };
        var outputFile = new Option<string>("--output", "-o") { Description = "Tệp .docx kết quả (không được trùng tệp gốc)", Required = true };
        var json = new Option<bool>("--json") { Description = "In tóm tắt các thay đổi dạng JSON" };
        var command = new Command("rollforward", "Chuyển văn bản kỳ trước sang kỳ mới, các thay đổi ở chế độ theo dõi (Track Changes) kèm chú thích")
        {
            file, to, date, outputFile, json,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var destination = parse.GetValue(outputFile)!;
            try
            {
                if (!File.Exists(path)) return Fail(error, $"Không tìm thấy tệp \"{path}\".");
                if (string.Equals(Path.GetFullPath(path), Path.GetFullPath(destination), OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
                    return Fail(error, "Tệp kết quả trùng tệp gốc: hãy chọn tên khác để giữ nguyên văn bản kỳ trước.");
                var options = new RollOptions(RollTarget.Parse(parse.GetValue(to)), RollOptions.ParseDate(parse.GetValue(date)));
                var result = forwarder.Roll(File.ReadAllBytes(path), options);
                File.WriteAllBytes(destination, result.Docx);
                if (parse.GetValue(json))
                    output.WriteLine(ReportJson.Serialize(new { file = Path.GetFileName(path), output = destination, result.From, result.To, result.Summary, result.Changes, result.Comments }));
                else Describe(result, Path.GetFileName(path), destination, output);
                return CliApp.Clean;
            }
            catch (DocumentReadException e) { return Fail(error, $"{Path.GetFileName(path)}: {e.Message}"); }
            catch (RollForwardException e) { return Fail(error, $"{Path.GetFileName(path)}: {e.Message}"); }
            catch (IOException e) { return Fail(error, $"Không ghi được tệp \"{destination}\": {e.Message}"); }
            catch (UnauthorizedAccessException) { return Fail(error, $"Không có quyền ghi tệp \"{destination}\"."); }
        });
        return command;
    }

    static int Fail(TextWriter error, string message)
    {
        error.WriteLine(message);
        return CliApp.Unreadable;
    }

    static void Describe(RollResult result, string name, string destination, TextWriter output)
    {
        output.WriteLine($"{name}: {result.From} → {result.To}, ghi vào {destination}");
        foreach (var (kind, count) in result.Summary.OrderBy(k => k.Key, StringComparer.Ordinal)) output.WriteLine($"  {Kinds.GetValueOrDefault(kind, kind)}: {count}");
        foreach (var change in result.Changes)
            output.WriteLine($"  [{(change.Paragraph is { } p ? "đoạn " + p : "đầu/chân trang, chú thích")}] {change.Before} → {change.After}");
    }

    static readonly Dictionary<string, string> Kinds = new()
    {
        ["period"] = "kỳ (năm, tháng, quý)", ["schedule"] = "thời hạn", ["ordinal"] = "lần tổ chức", ["number"] = "số văn bản",
        ["date-line"] = "dòng ngày tháng", ["agency"] = "tên cơ quan", ["comment"] = "chú thích",
    };
}
