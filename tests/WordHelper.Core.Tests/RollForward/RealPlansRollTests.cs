using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using WordHelper.Core.Documents;
using WordHelper.Core.RollForward;
using WordHelper.Core.Rules;
using WordHelper.Core.Tests.Rules;

namespace WordHelper.Core.Tests.RollForward;

/// <summary>
/// Real plans and reports rolled forward one year: the package stays as valid as it was, the text outside the
/// tracked changes is the original's, and the accepted text leaves no year of the old period behind.
/// </summary>
public class RealPlansRollTests
{
    static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "assets", "rollforward", "plans-and-reports");

    public static TheoryData<string> Files() => new(Directory.GetFiles(Folder, "*.docx").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Files))]
    public void A_real_document_rolls_one_year_cleanly(string name)
    {
        var input = File.ReadAllBytes(Path.Combine(Folder, name));
        var draft = DocxReader.Read(new MemoryStream(input));
        var (year, result) = RollOneYear(input);

        Assert.True(ValidationErrors(result.Docx) <= ValidationErrors(input), "the rolled package has new schema errors");
        Assert.Equal(draft.Paragraphs.Select(p => p.Text), DocxReader.Read(new MemoryStream(Rejected(result.Docx))).Paragraphs.Select(p => p.Text));
        Assert.True(result.Changes.Count > 0, "nothing was rolled");

        var accepted = DocxReader.Read(new MemoryStream(result.Docx));
        var leftovers = new Checker(clock: new FixedClock(new DateOnly(year + 1, 1, 10))).Check(accepted).Findings.Where(f => f.Rule == "VB-CON-001").ToList();
        Assert.True(leftovers.Count == 0, string.Join("\n", leftovers.Select(f => $"{f.Paragraph}: {f.Message} «{f.Excerpt}»")));
    }

    [LibreOfficeFact]
    public void Every_rolled_document_opens_in_LibreOffice()
    {
        var folder = Directory.CreateTempSubdirectory("wordhelper-rolled-").FullName;
        try
        {
            var names = new List<string>();
            foreach (var file in Directory.GetFiles(Folder, "*.docx"))
            {
                var name = Path.GetFileName(file);
                File.WriteAllBytes(Path.Combine(folder, name), RollOneYear(File.ReadAllBytes(file)).Result.Docx);
                names.Add(name);
            }
            // One LibreOffice for all the files: it takes seconds to start.
            var start = new System.Diagnostics.ProcessStartInfo(LibreOfficeFactAttribute.Program ?? "soffice")
            {
                WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true,
            };
            foreach (var arg in new[] { "--headless", "--norestore", $"-env:UserInstallation=file://{folder}/profile", "--convert-to", "pdf", "--outdir", folder })
                start.ArgumentList.Add(arg);
            foreach (var name in names) start.ArgumentList.Add(name);
            using var process = System.Diagnostics.Process.Start(start)!;
            var said = process.StandardOutput.ReadToEndAsync();
            var complained = process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(4)), "LibreOffice did not finish");
            foreach (var name in names)
            {
                var pdf = Path.Combine(folder, Path.ChangeExtension(name, ".pdf"));
                Assert.True(File.Exists(pdf), $"{name} was not converted: {said.Result} {complained.Result}");
                Assert.Equal("%PDF"u8.ToArray(), File.ReadAllBytes(pdf)[..4]);
            }
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    /// <summary>The document rolled from its own year to the next, on a day of that year.</summary>
    static (int Year, RollResult Result) RollOneYear(byte[] docx)
    {
        var draft = DocxReader.Read(new MemoryStream(docx));
        var year = SourcePeriod.Find(draft, HeaderRecognizer.Recognize(draft, RulePack.RulePackData.Default), new RollTarget(2100, null)).Year;
        var forwarder = new RollForwarder(clock: new FixedClock(new DateOnly(year + 1, 1, 10)));
        return (year, forwarder.Roll(docx, new RollOptions(new RollTarget(year + 1, null))));
    }

    static int ValidationErrors(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return new OpenXmlValidator().Validate(document).Count();
    }

    /// <summary>The document with WordHelper's changes rejected: its insertions removed, its deletions restored.</summary>
    static byte[] Rejected(byte[] docx)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            foreach (var root in new DocumentFormat.OpenXml.OpenXmlElement[] { document.MainDocumentPart!.Document }
                         .Concat(document.MainDocumentPart.HeaderParts.Select(h => h.Header)).Concat(document.MainDocumentPart.FooterParts.Select(f => f.Footer)))
            {
                foreach (var inserted in root.Descendants<InsertedRun>().Where(i => i.Author == RollForwarder.Author).ToList()) inserted.Remove();
                foreach (var deleted in root.Descendants<DeletedRun>().Where(d => d.Author == RollForwarder.Author).ToList())
                {
                    foreach (var t in deleted.Descendants<DeletedText>().ToList()) t.InsertBeforeSelf(new DocumentFormat.OpenXml.Wordprocessing.Text(t.Text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }).Parent!.RemoveChild(t);
                    foreach (var run in deleted.Elements().ToList()) { run.Remove(); deleted.InsertBeforeSelf(run); }
                    deleted.Remove();
                }
            }
            document.Save();
        }
        return stream.ToArray();
    }
}
