using System.Collections.Concurrent;
using WordHelper.Core.Documents;
using WordHelper.Core.RulePack;

namespace WordHelper.Core.Archive;

/// <summary>
/// What a .docx of a folder archive says of itself, read by the checker's header recogniser (type, number, date,
/// title) and remembered while the file is unchanged; a file that cannot be read is known by its name.
/// </summary>
public static class ArchiveIndex
{
    public sealed record Entry(string Title, string? Kind, string? TypeName, string? TypeAbbr, string? Number, string? Date);

    static readonly ConcurrentDictionary<(string Path, DateTime Written, long Length), Entry> Known = new();
    const int Remembered = 20_000;

    public static Entry Read(FileInfo file, Func<string?> ownTitle)
    {
        var key = (file.FullName, file.LastWriteTimeUtc, file.Length);
        if (Known.TryGetValue(key, out var known)) return known;
        var entry = ReadHeader(file, ownTitle);
        if (Known.Count >= Remembered) Known.Clear();
        return Known[key] = entry;
    }

    static Entry ReadHeader(FileInfo file, Func<string?> ownTitle)
    {
        var name = System.IO.Path.GetFileNameWithoutExtension(file.Name);
        try
        {
            var header = HeaderRecognizer.Recognize(DocxReader.Read(file.FullName), RulePackData.Default);
            var title = ownTitle() ?? WithKind(header.Kind, header.Title) ?? name;
            return new Entry(title, header.Kind, header.Type?.Name, header.Type?.Abbr, header.Number, header.Date?.ToIso());
        }
        catch (DocumentReadException) { return new Entry(ownTitle() ?? name, null, null, null, null, null); }
    }

    /// <summary>"Kế hoạch tuyên truyền …": the summary line under the type, named by its type unless it already is.</summary>
    static string? WithKind(string? kind, string? title)
    {
        if (title is null || kind is null) return title;
        if (Text.VietnameseText.Key(title).StartsWith(Text.VietnameseText.Key(kind), StringComparison.Ordinal)) return title;
        // "Tuyên truyền …" continues the sentence; "UBND …" or "ĐH …" keep their capitals.
        var rest = title.Length > 1 && char.IsLower(title[1]) ? char.ToLower(title[0], Text.VietnameseText.Vi) + title[1..] : title;
        return $"{Capitalised(kind)} {rest}";
    }

    /// <summary>"KẾ HOẠCH" → "Kế hoạch".</summary>
    static string Capitalised(string kind) =>
        kind.Length == 0 ? kind : char.ToUpper(kind[0], Text.VietnameseText.Vi) + kind[1..].ToLower(Text.VietnameseText.Vi);
}
