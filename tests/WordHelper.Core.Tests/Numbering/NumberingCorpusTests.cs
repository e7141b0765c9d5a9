using WordHelper.Core.Documents;
using WordHelper.Core.Rules;
using static WordHelper.Core.Tests.Numbering.NumberingDrafts;

namespace WordHelper.Core.Tests.Numbering;

/// <summary>The corpus plans as paragraph texts (tests/assets/numbering): the faulty one is caught, the clean one is left clean.</summary>
public class NumberingCorpusTests
{
    static DraftDocument Lines(string name) =>
        DraftDocument.FromLines(File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "assets", "numbering", name + ".txt")));

    [Fact]
    public void The_plan_that_skips_its_second_item_is_caught_at_Yeu_cau()
    {
        var f = Assert.Single(Findings(Lines("p-v01")), x => x.Severity == Severity.Error);
        Assert.Equal("VB-NUM-001", f.Rule);
        Assert.Contains("Yêu cầu", f.Excerpt);
        Assert.NotNull(f.Fix);
        Assert.Equal("2", f.Fix.Replacement);
    }

    [Fact]
    public void The_clean_plan_has_no_numbering_finding()
    {
        Assert.Empty(Findings(Lines("p-c001")));
    }
}
