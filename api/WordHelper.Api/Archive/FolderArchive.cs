using System.Collections.Concurrent;
using System.IO.Packaging;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using WordHelper.Core.Archive;

namespace WordHelper.Api.Archive;

/// <summary>
/// The embedded archive: the .docx files under Archive:Path (the tenant's subfolder of it when its settings name one),
/// found by their title (File › Info, else the one the checker's header recogniser reads, else the file name) and
/// listed with the type, number and date it reads. Ids are paths relative to the folder; nothing
/// outside it can be opened.
/// </summary>
public sealed class FolderArchive(IConfiguration config, ArchiveScope scope) : IDocumentArchive
{
    /// <summary>A folder larger than this is a file server, not an archive of plans: the search stops there.</summary>
    const int MaxFiles = 5000;
    const int MaxResults = 50;

    public async Task<IReadOnlyList<ArchivedDocument>> SearchAsync(ArchiveQuery query, CancellationToken cancellationToken = default)
    {
        if (await RootAsync(cancellationToken) is not { } root) return [];
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MatchCasing = MatchCasing.CaseInsensitive };
        var files = Directory.EnumerateFiles(root, "*.docx", options).Take(MaxFiles)
            .Select(path => new FileInfo(path)).Where(f => !f.Name.StartsWith("~$", StringComparison.Ordinal)).ToList(); // not Word's lock files
        // Each file's header is read once while it is unchanged; a first search of a large folder reads them two at a time.
        var found = new ConcurrentBag<ArchivedDocument>();
        await Parallel.ForEachAsync(files, new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = cancellationToken }, (file, _) =>
        {
            var entry = ArchiveIndex.Read(file, () => OwnTitle(file));
            var words = entry.Title + " " + Path.GetFileNameWithoutExtension(file.Name);
            if (ArchiveMatch.Matches(query, words, file.LastWriteTimeUtc, entry.TypeName, entry.TypeAbbr))
            {
                var relative = Path.GetRelativePath(root, file.FullName);
                found.Add(new ArchivedDocument(Encode(relative), entry.Title, relative.Replace('\\', '/'), file.LastWriteTimeUtc, file.Length,
                    entry.Kind, entry.Number, entry.Date));
            }
            return ValueTask.CompletedTask;
        });
        return found.OrderByDescending(d => d.Modified).Take(MaxResults).ToList();
    }

    public async Task<Stream?> OpenAsync(string id, CancellationToken cancellationToken = default)
    {
        if (await RootAsync(cancellationToken) is not { } root || Decode(id) is not { } relative) return null;
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !full.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) || !File.Exists(full))
            return null;
        return new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
    }

    /// <summary>The folder searched, or null when none is set or it does not exist.</summary>
    async Task<string?> RootAsync(CancellationToken cancel)
    {
        if (config["Archive:Path"] is not { Length: > 0 } path) return null;
        var root = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);
        var sub = (await scope.GetAsync(cancel)).Trim().Trim('/', '\\');
        if (sub.Length > 0)
        {
            var scoped = Path.GetFullPath(Path.Combine(root, sub));
            if (!scoped.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return null;
            root = scoped;
        }
        return Directory.Exists(root) ? root : null;
    }

    /// <summary>The title the document gives itself (File › Info), if any.</summary>
    static string? OwnTitle(FileInfo file)
    {
        try
        {
            using var package = Package.Open(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (package.PackageProperties.Title is { Length: > 0 } title) return title.Trim();
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or System.Xml.XmlException or ArgumentException) { }
        return null;
    }

    static string Encode(string relative) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(relative.Replace('\\', '/')));

    static string? Decode(string id)
    {
        try { return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(id)); }
        catch (FormatException) { return null; }
    }
}
