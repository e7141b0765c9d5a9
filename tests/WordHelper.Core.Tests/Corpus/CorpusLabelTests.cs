using System.Text.Json;
using WordHelper.Core.Documents;
using WordHelper.Core.Rules;
using WordHelper.Core.Tests.Rules;

namespace WordHelper.Core.Tests.Corpus;

/// <summary>
/// The labelled drafts of tests/assets/corpus: every "must" label is found (a finding of one of the label's
/// categories whose excerpt or message holds the needle), and a "clean" draft gets no error.
/// </summary>
public class CorpusLabelTests
{
    static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "assets", "corpus");
    static readonly Checker Checker = new(clock: new FixedClock(new DateOnly(2026, 11, 22)));

    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var name in Labels().Keys.Order(StringComparer.Ordinal)) data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Must_labels_are_found_and_clean_drafts_have_no_error(string file)
    {
        var label = Labels()[file];
        var result = Checker.Check(DocxReader.Read(Path.Combine(Folder, file)));
        var report = string.Join("\n", result.Findings.Select(f => $"{f.Severity} {f.Rule} [{f.Paragraph}] {f.Message} «{f.Excerpt}»"));

        if (label.TryGetProperty("clean", out var clean) && clean.GetBoolean())
            Assert.True(result.Findings.All(f => f.Severity != Severity.Error), $"{file} is clean but got:\n{report}");

        if (!label.TryGetProperty("must", out var must)) return;
        foreach (var m in must.EnumerateArray())
        {
            Assert.True(result.Findings.Any(f => Label.Explains(m, f)),
                $"{file}: no {string.Join("/", m.GetProperty("category").EnumerateArray())} finding for \"{m.GetProperty("needle")}\". Findings:\n{report}");
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_document_date_is_read_as_labelled(string file)
    {
        var label = Labels()[file];
        var result = Checker.Check(DocxReader.Read(Path.Combine(Folder, file)));
        var expected = label.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
        Assert.Equal(expected, result.Header.Date?.ToIso());
    }

    static Dictionary<string, JsonElement> Labels() =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(File.ReadAllText(Path.Combine(Folder, "labels.json")))!;
}
