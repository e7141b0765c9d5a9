using System.CommandLine;
using WordHelper.Core.Reports;
using WordHelper.Core.Rules;

namespace WordHelper.Cli;

/// <summary>`check PATH... [--json] [--recursive]`: PATH is a .docx or a folder of them. Exit 0 clean, 1 some error finding, 2 some file unreadable.</summary>
static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error, bool colour, Checker checker)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Tệp .docx hoặc thư mục chứa tệp .docx", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "In kết quả dạng JSON (một mảng, mỗi tệp một phần tử)" };
        var recursive = new Option<bool>("--recursive", "-r") { Description = "Kiểm tra cả các thư mục con" };
        var register = RegisterCommand.RegisterOption();
        var command = new Command("check", "Kiểm tra văn bản: trích dẫn, đánh số, nơi nhận, bố cục, thể thức, tên cơ quan, tính nhất quán")
        {
            paths, json, recursive, register,
        };
        command.SetAction(parse =>
        {
            var builder = new ReportBuilder(WithRegister(checker, parse.GetValue(register), error));
            var reports = new List<FileReport>();
            foreach (var path in parse.GetValue(paths) ?? [])
            {
                if (Directory.Exists(path))
                {
                    var files = DraftFiles.InFolder(path, parse.GetValue(recursive));
                    if (files.Count == 0) error.WriteLine($"Thư mục \"{path}\" không có tệp .docx nào.");
                    reports.AddRange(files.Select(f => CheckOne(builder, f.Path, f.Name, error)));
                }
                else if (File.Exists(path)) reports.Add(CheckOne(builder, path, Path.GetFileName(path), error));
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

    /// <summary>
    /// The organisation's register first, then what the checker knows: the register named, or the default one when it
    /// exists. A register that cannot be read is said, and the check goes on without it.
    /// </summary>
    static Checker WithRegister(Checker checker, string? path, TextWriter error)
    {
        path ??= File.Exists(RegisterCommand.DefaultRegister) ? RegisterCommand.DefaultRegister : null;
        if (path is null) return checker;
        try
        {
            if (!File.Exists(path)) throw new Core.Registry.Import.ImportRefusedException($"Không tìm thấy tệp sổ đăng ký \"{path}\".");
            return new Checker(checker.Pack, new Core.Registry.LayeredRegistry(Core.Registry.Import.RegisterFile.Registry(path), checker.Registry), checker.Rules, checker.Clock);
        }
        catch (Core.Registry.Import.ImportRefusedException e)
        {
            error.WriteLine(e.Message + " Kiểm tra tiếp mà không có sổ văn bản của đơn vị.");
            return checker;
        }
    }

    /// <summary>
    /// One file; a failure that is not the document's fault (a bug in a rule, a disk error) still leaves the other
    /// files checked and the JSON array whole.
    /// </summary>
    static FileReport CheckOne(ReportBuilder builder, string path, string name, TextWriter error)
    {
        try { return builder.CheckFile(path, name); }
        catch (Exception e)
        {
            error.WriteLine($"Lỗi không mong muốn khi kiểm tra \"{name}\": {e.Message}");
            return ReportBuilder.Failed(name, "Lỗi không mong muốn khi kiểm tra tệp này; các tệp khác vẫn được kiểm tra.");
        }
    }
}
