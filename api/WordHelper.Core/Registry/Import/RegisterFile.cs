using System.Text.Json;
using WordHelper.Core.RulePack;

namespace WordHelper.Core.Registry.Import;

/// <summary>
/// An organisation's register kept in a file, for checks without a database (the command line): a JSON array of
/// entries. An import updates the entry of the same number and year and adds the others; the file is replaced whole,
/// so a failed import leaves the old one as it was.
/// </summary>
public static class RegisterFile
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IReadOnlyList<RegistryEntry> Load(string path)
    {
        if (!File.Exists(path)) return [];
        try { return JsonSerializer.Deserialize<List<RegistryEntry>>(File.ReadAllText(path), Json) ?? []; }
        catch (JsonException) { throw new ImportRefusedException($"Tệp sổ văn bản \"{path}\" bị hỏng: không đọc được (JSON sai cú pháp)."); }
    }

    /// <summary>The registry a check reads: the register's documents, one a number and year.</summary>
    public static SeedRegistry Registry(string path) => new(Load(path).Select(SeedRegistry.ToDocument));

    /// <summary>Merges checked rows into the file: (added, updated).</summary>
    public static (int Added, int Updated) Merge(string path, IReadOnlyList<ImportRow> rows)
    {
        var entries = Load(path).ToList();
        var at = new Dictionary<(string, int?), int>();
        for (var i = 0; i < entries.Count; i++) at[Identity(entries[i])] = i;
        int added = 0, updated = 0;
        foreach (var row in rows)
        {
            var identity = Identity(row.Entry);
            if (at.TryGetValue(identity, out var i)) { entries[i] = row.Entry; updated++; }
            else { at[identity] = entries.Count; entries.Add(row.Entry); added++; }
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(temporary, JsonSerializer.Serialize(entries, Json));
        File.Move(temporary, path, overwrite: true);
        return (added, updated);
    }

    static (string, int?) Identity(RegistryEntry e) => (DocumentNumber.Key(e.Number), SeedRegistry.YearOf(e));
}
