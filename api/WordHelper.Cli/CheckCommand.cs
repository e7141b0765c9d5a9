using System.CommandLine;
using WordHelper.Core.Reports;
using WordHelper.Core.Rules;

namespace WordHelper.Cli;

/// <summary>`check PATH... [--json]`: PATH is a .docx or a folder of them. Exit 0 clean, 1 some error finding, 2 some file unreadable.</summary>
static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error, bool colour)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Tệp .docx hoặc thư mục chứa tệp .docx", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "In kết quả dạng JSON (một mảng, mỗi tệp một phần tử)" };
        var command = new Command("check", "Kiểm tra văn bản: trích dẫn, đánh số, nơi nhận, bố cục, thể thức, tên cơ quan, tính nhất quán") { paths, json };
        command.SetAction(parse =>
        {
            var builder = new ReportBuilder(new Checker());
            var reports = new List<FileReport>();
            foreach (var path in parse.GetValue(paths) ?? [])
            {
                if (Directory.Exists(path))
                {
                    var files = Directory.EnumerateFiles(path, "*.docx")
                        .Where(f => !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal)) // Word's lock files
                        .Order(StringComparer.Ordinal).ToList();
                    if (files.Count == 0) error.WriteLine($"Thư mục \"{path}\" không có tệp .docx nào.");
                    reports.AddRange(files.Select(f => builder.CheckFile(f)));
                }
                else if (File.Exists(path)) reports.Add(builder.CheckFile(path));
                else
                {
                    error.WriteLine($"Không tìm thấy tệp hoặc thư mục \"{path}\".");
                    reports.Add(ReportBuilder.Failed(path, "Không tìm thấy tệp hoặc thư mục."));
                }
            }

            if (parse.GetValue(json)) output.WriteLine(ReportJson.Serialize(reports));
            else HumanReport.Write(reports, output, colour);

            return reports.Any(r => r.Unreadable) ? CliApp.Unreadable : reports.Any(r => r.HasErrors) ? CliApp.ErrorsFound : CliApp.Clean;
        });
        return command;
    }
}
