using WordHelper.Core.Registry;
using WordHelper.Core.Registry.Import;
using WordHelper.Core.Tests.Cli;

namespace WordHelper.Core.Tests.Registry;

/// <summary>Registers as offices export them: Vietnamese headings, semicolons, title lines, dates as written, hostile content.</summary>
public class RegisterCsvTests
{
    [Fact]
    public void An_e_office_export_with_vietnamese_headings_and_semicolons_is_read()
    {
        var rows = RegisterCsv.Read(
            "SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2025;;;\n" +
            "STT;Số, ký hiệu;Ngày ban hành;Trích yếu nội dung\n" +
            "1;15/KH-UBND;14/01/2025;\"Kế hoạch cải cách hành chính; năm 2025\"\n" +
            "2;120/UBND-VX;5/3/2025;Về việc tổ chức Ngày Công tác xã hội\n", "UBND tỉnh Lâm Đồng");

        Assert.Equal(2, rows.Count);
        var plan = rows[0].Entry;
        Assert.Equal(("Kế hoạch", "15/KH-UBND", "2025-01-14", "UBND tỉnh Lâm Đồng"), (plan.Type, plan.Number, plan.Date, plan.Issuer));
        Assert.Equal("Kế hoạch cải cách hành chính; năm 2025", plan.Summary);
        Assert.Equal("Sổ văn bản của UBND tỉnh Lâm Đồng", plan.Source);
        Assert.Equal(("Công văn", "2025-03-05"), (rows[1].Entry.Type, rows[1].Entry.Date));
        Assert.Equal("Dòng 3", rows[0].Label);
    }

    [Fact]
    public void English_headings_commas_excels_sep_line_and_status_words_are_read()
    {
        var english = RegisterCsv.Read("type,number,date,issuer,summary,status\nQuyết định,2517/QĐ-UBND,2021-12-03,UBND tỉnh Lâm Đồng,về việc ban hành Kế hoạch,expired\n");
        Assert.Equal("expired", Assert.Single(english).Entry.Status);

        var excel = RegisterCsv.Read("sep=;\nSố ký hiệu;Ngày văn bản;Cơ quan ban hành;Tình trạng\n07/QĐ-UBND;03/12/2021;UBND huyện Đức Trọng;Hết hiệu lực\n");
        Assert.Equal(("expired", "UBND huyện Đức Trọng"), (Assert.Single(excel).Entry.Status, excel[0].Entry.Issuer));

        var tabs = RegisterCsv.Read("Số, ký hiệu\tNgày ban hành\tTrích yếu\n3/TB-UBND\t01/02/2024\tThông báo lịch tiếp công dân\n", "UBND xã A");
        Assert.Equal("Thông báo", Assert.Single(tabs).Entry.Type);
    }

    [Fact]
    public void A_half_bad_file_is_refused_whole_with_each_problem_at_its_line()
    {
        var e = Assert.Throws<ImportInvalidException>(() => RegisterCsv.Read(
            "Số, ký hiệu;Ngày ban hành;Trích yếu\n15/KH-UBND;14/01/2025;Kế hoạch\n;31/02/2025;Thiếu số\n16/KH-UBND;2025-13-01;Ngày sai\n15 / KH-UBND;14/01/2025;Trùng\n", "UBND tỉnh A"));

        Assert.Equal([3, 3, 4, 5], e.Errors.Select(x => x.Row));
        Assert.Contains("Dòng 3: thiếu số, ký hiệu", e.Errors[0].Message);
        Assert.Contains("31/02/2025", e.Errors[1].Message);
        Assert.Contains("trùng với dòng 2", e.Errors[3].Message);
    }

    [Fact]
    public void A_file_without_its_headings_or_an_issuer_is_refused_in_vietnamese()
    {
        Assert.Contains("Số, ký hiệu", Assert.Throws<ImportRefusedException>(() => RegisterCsv.Read("a;b;c\n1;2;3\n")).Message);
        Assert.Contains("Cơ quan ban hành", Assert.Throws<ImportRefusedException>(() => RegisterCsv.Read("Số, ký hiệu;Ngày ban hành\n15/KH-UBND;14/01/2025\n")).Message);
        Assert.Contains("dấu ngoặc kép", Assert.Throws<ImportInvalidException>(() =>
            RegisterCsv.Read("Số, ký hiệu;Ngày ban hành;Trích yếu\n15/KH-UBND;14/01/2025;\"không đóng\" ngoặc\"\n", "UBND tỉnh A")).Errors[0].Message);
    }

    [Fact]
    public void One_number_in_two_years_is_two_documents_and_a_reimport_updates_the_file()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "so.json");
        var csv = "Số, ký hiệu;Ngày ban hành;Trích yếu\n15/KH-UBND;14/01/2024;Kế hoạch năm 2024\n15/KH-UBND;10/01/2025;Kế hoạch năm 2025\n";

        Assert.Equal((2, 0), RegisterFile.Merge(path, RegisterCsv.Read(csv, "UBND tỉnh A")));
        Assert.Equal((0, 2), RegisterFile.Merge(path, RegisterCsv.Read(csv.Replace("Kế hoạch năm 2025", "Kế hoạch CCHC năm 2025"), "UBND tỉnh A")));

        ILegalDocumentRegistry registry = RegisterFile.Registry(path);
        Assert.Equal(["Kế hoạch CCHC năm 2025", "Kế hoạch năm 2024"], registry.FindAll("15/KH-UBND").Select(d => d.Summary).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_hundred_thousand_rows_are_read_and_checked()
    {
        var lines = Enumerable.Range(1, 100_000).Select(i => $"{i}/QĐ-UBND;{1 + i % 28}/{1 + i % 12}/2024;Quyết định số {i} về việc giao nhiệm vụ");
        var rows = RegisterCsv.Read("Số, ký hiệu;Ngày ban hành;Trích yếu\n" + string.Join('\n', lines), "UBND tỉnh A");

        Assert.Equal(100_000, rows.Count);
        Assert.Equal("2024-02-02", rows[0].Entry.Date);
    }
}
