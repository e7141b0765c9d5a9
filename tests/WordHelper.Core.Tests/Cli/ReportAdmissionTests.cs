using WordHelper.Core.Documents;
using WordHelper.Core.Reports;
using WordHelper.Core.Rules;
using WordHelper.Testing;

namespace WordHelper.Core.Tests.Cli;

/// <summary>A host's admission sees the size the scan counted and holds until the check is done, whatever happens.</summary>
public class ReportAdmissionTests
{
    sealed class Recorder
    {
        public List<MarkupSize> Sizes { get; } = [];
        public int Open { get; private set; }
        public int OpenDuringCheck { get; set; } = -1;

        public IDisposable Admit(MarkupSize size)
        {
            Sizes.Add(size);
            Open++;
            return new Releaser(this);
        }

        sealed class Releaser(Recorder recorder) : IDisposable
        {
            public void Dispose() => recorder.Open--;
        }
    }

    sealed class SpyRule(Recorder recorder) : IRule
    {
        public IReadOnlyList<string> RuleIds => [];
        public void Analyze(CheckContext context, FindingSink sink) => recorder.OpenDuringCheck = recorder.Open;
    }

    [Fact]
    public void The_admission_sees_the_scanned_size_and_holds_through_the_check()
    {
        var recorder = new Recorder();
        var builder = new ReportBuilder(new Checker(rules: [new SpyRule(recorder)]), recorder.Admit);
        var body = string.Concat(Enumerable.Repeat(RawDocx.Paragraph("Đoạn văn"), 12));

        var report = builder.CheckStream(new MemoryStream(RawDocx.Docx(body)), "a.docx");

        Assert.Null(report.Error);
        Assert.Equal(12, Assert.Single(recorder.Sizes).Paragraphs);
        Assert.Equal(1, recorder.OpenDuringCheck);
        Assert.Equal(0, recorder.Open);
    }

    [Fact]
    public void A_refusal_of_the_host_is_the_report_of_the_file()
    {
        var builder = new ReportBuilder(new Checker(), _ => throw new DocumentReadException("Bận.", reason: ReadFailure.Busy));
        var report = builder.CheckFlatOpc(RawDocx.FlatOpc(RawDocx.Paragraph("Đoạn văn")), "a.xml");
        Assert.Equal(ReadFailure.Busy, report.Failure);
        Assert.Equal("Bận.", report.Error);
    }
}
