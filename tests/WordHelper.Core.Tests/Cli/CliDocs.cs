using WordHelper.Testing;

namespace WordHelper.Core.Tests.Cli;

/// <summary>
/// Small drafts for the command line's tests, built with the Open XML SDK: a complete kế hoạch whose body the test
/// chooses, so that each test says in one line what is wrong with its draft.
/// </summary>
static class CliDocs
{
    /// <summary>A sound body: the sections a kế hoạch calls for, numbered in order, a citation of a real document dated before the plan.</summary>
    public static readonly string[] SoundBody =
    [
        "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích",
        "Nâng cao chất lượng soạn thảo văn bản hành chính của các phòng thuộc Sở.",
        "2. Yêu cầu",
        "Bảo đảm đúng thể thức, kỹ thuật trình bày theo quy định.",
        "II. NỘI DUNG",
        "Rà soát các mẫu văn bản đang dùng và cập nhật theo Phụ lục III Nghị định số 30/2020/NĐ-CP.",
        "III. KINH PHÍ",
        "Kinh phí thực hiện từ nguồn chi thường xuyên của Sở.",
        "IV. TỔ CHỨC THỰC HIỆN",
        "Văn phòng Sở chủ trì, theo dõi, đôn đốc thực hiện Kế hoạch này./.",
    ];

    /// <summary>The line with a date that no calendar has, cited as the legal basis.</summary>
    public const string ImpossibleCitation = "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 31/02/2020 của Chính phủ về công tác văn thư;";

    /// <summary>A kế hoạch of the Sở Lao động - Thương binh và Xã hội dated <paramref name="dateLine"/>, with the given body.</summary>
    public static byte[] Plan(IEnumerable<string> body, string dateLine = "Lạng Sơn, ngày 10 tháng 3 năm 2023")
    {
        var b = DocxBuilder.Create()
            .DefaultRun("Times New Roman", 28)
            .Margins(topTwips: 1134, bottomTwips: 1134, leftTwips: 1701, rightTwips: 850) // 20, 20, 30, 15 mm
            .Paragraph("UBND TỈNH LẠNG SƠN")
            .Paragraph("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", bold: true)
            .Paragraph("Số: 45/KH-SLĐTBXH")
            .Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true)
            .Paragraph("Độc lập - Tự do - Hạnh phúc", bold: true)
            .Paragraph(dateLine)
            .Paragraph("KẾ HOẠCH", bold: true)
            .Paragraph("Nâng cao chất lượng văn bản hành chính năm 2023", bold: true);
        foreach (var line in body) b.Paragraph(line);
        return b
            .Paragraph("Nơi nhận:", bold: true)
            .Paragraph("- Các phòng thuộc Sở;")
            .Paragraph("- Lưu: VT, VP.")
            .Paragraph("GIÁM ĐỐC", bold: true)
            .Paragraph("Nguyễn Văn An", bold: true)
            .ToBytes();
    }

    /// <summary>The sound body with one line replaced.</summary>
    public static string[] SoundBodyWith(int index, string line)
    {
        var body = SoundBody.ToArray();
        body[index] = line;
        return body;
    }

    /// <summary>Index in <see cref="SoundBody"/> of "2. Yêu cầu", the heading a skipped number replaces.</summary>
    public const int SecondHeading = 4;
}

/// <summary>A folder of test files under the temporary directory, deleted afterwards.</summary>
sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("wordhelper-cli-").FullName;

    public string Write(string name, byte[] content)
    {
        var file = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllBytes(file, content);
        return file;
    }

    public string Write(string name, string content) => Write(name, System.Text.Encoding.UTF8.GetBytes(content));

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { } // a leftover temporary folder is harmless
    }
}
