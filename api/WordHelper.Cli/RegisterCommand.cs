using System.CommandLine;
using WordHelper.Core.Registry.Import;

namespace WordHelper.Cli;

/// <summary>
/// `register import FILE.csv [--organisation NAME] [--register PATH]`: an organisation's register of issued documents
/// (sổ văn bản đi, CSV as e-office systems export it) into the register file that `check --register` reads. Every row
/// is checked first: one bad row and nothing is imported, each problem named by its line. Exit 0 imported, 2 refused.
/// </summary>
static class RegisterCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("FILE") { Description = "Tệp CSV sổ văn bản (UTF-8; phân cách bằng dấu phẩy, chấm phẩy hoặc tab)" };
        var organisation = new Option<string?>("--organisation") { Description = "Sổ văn bản của đơn vị nào (cơ quan ban hành của các dòng không ghi)" };
        var register = RegisterOption();
        var import = new Command("import", "Nhập sổ văn bản của đơn vị vào tệp sổ đăng ký mà lệnh check đọc") { file, organisation, register };
        import.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var target = parse.GetValue(register) ?? DefaultRegister;
            try
            {
                if (!File.Exists(path)) throw new ImportRefusedException($"Không tìm thấy tệp \"{path}\".");
                var text = ImportText.Decode(File.ReadAllBytes(path), null);
                var (added, updated) = RegisterFile.Merge(target, RegisterCsv.Read(text, parse.GetValue(organisation)));
                output.WriteLine($"Đã nhập vào {target}: {added} văn bản mới, {updated} văn bản cập nhật.");
                return CliApp.Clean;
            }
            catch (ImportRefusedException e) { error.WriteLine("Không nhập được: " + e.Message); }
            catch (ImportInvalidException e)
            {
                error.WriteLine($"Không nhập văn bản nào: {e.Errors.Count} lỗi. Sửa các dòng được nêu rồi nhập lại cả tệp.");
                foreach (var problem in e.Errors.Take(200)) error.WriteLine("  " + problem.Message);
            }
            catch (IOException e) { error.WriteLine($"Không ghi được tệp sổ đăng ký \"{target}\": {e.Message}"); }
            return CliApp.Unreadable;
        });
        return new Command("register", "Sổ văn bản của đơn vị: văn bản mà các trích dẫn được đối chiếu") { import };
    }

    /// <summary>Where the register lives unless told: the user's own data folder.</summary>
    public static string DefaultRegister =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "WordHelper", "so-van-ban.json");

    public static Option<string?> RegisterOption() =>
        new("--register") { Description = "Tệp sổ đăng ký của đơn vị (mặc định: so-van-ban.json trong thư mục dữ liệu của người dùng)" };
}
