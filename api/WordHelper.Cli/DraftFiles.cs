namespace WordHelper.Cli;

/// <summary>The .docx files of a folder, in a stable order, without Word's "~$" lock files.</summary>
static class DraftFiles
{
    /// <summary>Each file with the name reports show: its path relative to the folder.</summary>
    public static IReadOnlyList<(string Path, string Name)> InFolder(string folder, bool recursive)
    {
        var options = new EnumerationOptions
        {
            MatchCasing = MatchCasing.CaseInsensitive, // "BAO-CAO.DOCX" is a draft too
            RecurseSubdirectories = recursive,
            IgnoreInaccessible = true,
        };
        return Directory.EnumerateFiles(folder, "*.docx", options)
            .Where(f => !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal))
            .Select(f => (Path: f, Name: Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/')))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToList();
    }
}
