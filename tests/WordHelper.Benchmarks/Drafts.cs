using WordHelper.Testing;

namespace WordHelper.Benchmarks;

/// <summary>Drafts to send: a 20-page plan, and the large and hostile ones uploads are bounded against.</summary>
static class Drafts
{
    static readonly string[] Words =
        "kế hoạch tổ chức thực hiện nhiệm vụ năm 2026 các sở ban ngành địa phương triển khai đúng quy định báo cáo kết quả về ủy ban nhân dân tỉnh trước ngày".Split(' ');

    /// <summary><paramref name="count"/> numbered paragraphs of eighteen words each, as a .docx.</summary>
    public static byte[] Paragraphs(int count)
    {
        var random = new Random(7);
        return RawDocx.Docx(string.Concat(Enumerable.Range(0, count).Select(i =>
            RawDocx.Paragraph($"{i % 9 + 1}. " + string.Join(' ', Enumerable.Range(0, 18).Select(_ => Words[random.Next(Words.Length)]))))));
    }

    /// <summary>Markup within every budget but that of elements, nearly: short bold runs, as flat OPC.</summary>
    public static string ManyElements(int elements)
    {
        const string run = "<w:r><w:rPr><w:b/></w:rPr><w:t>ab</w:t></w:r>";
        var paragraph = "<w:p>" + string.Concat(Enumerable.Repeat(run, 96)) + "</w:p>";
        return RawDocx.FlatOpc(string.Concat(Enumerable.Repeat(paragraph, elements / (96 * 4 + 1))));
    }

    /// <summary>Content controls nested <paramref name="depth"/> deep, as flat OPC.</summary>
    public static string Nested(int depth) =>
        RawDocx.FlatOpc(RawDocx.Nested("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", depth, RawDocx.Paragraph("Kế hoạch")));

    public static (byte[] Bytes, int Paragraphs) TwentyPages()
    {
        var plan = WordHelper.Core.Documents.DocxReader.Read(Path.Combine(AppContext.BaseDirectory, "assets", "corpus", "p-c001.docx"));
        var lines = plan.Paragraphs.Select(p => p.Text).ToList();
        var header = lines.Take(10);
        var body = lines.Skip(10).Take(44).ToList();
        var closing = lines.Skip(54);
        // About 18 paragraphs a page at 14 pt: seven copies of the body make twenty pages.
        var all = header.Concat(Enumerable.Repeat(body, 7).SelectMany(b => b)).Concat(closing).ToArray();
        return (DocxBuilder.FromLines(all), all.Length);
    }
}
