using WordHelper.Testing;

namespace WordHelper.Benchmarks;

/// <summary>A 20-page plan: the corpus plan's header, its body repeated, its closing.</summary>
static class Drafts
{
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
