using WordHelper.Core.Registry;
using WordHelper.Core.RulePack;
using WordHelper.Core.Rules;

namespace WordHelper.Core.Tests.Registry;

/// <summary>The central documents shipped with the checker: found by number however it is spaced, their status said as the source says it.</summary>
public class CentralRegistryTests
{
    static readonly ILegalDocumentRegistry Central = CentralRegistry.Default;

    [Fact]
    public void Thousands_of_codified_documents_are_known_with_their_date_and_issuer()
    {
        Assert.True(CentralRegistry.Default.Documents.Count() > 5000);
        var vanThu = Central.FindByNumber("30 / 2020 / NĐ-CP")!;
        Assert.Equal(new DateOnly(2020, 3, 5), vanThu.Date);
        Assert.Equal("Chính phủ", vanThu.Issuer);
        Assert.Equal(LegalStatus.InForce, vanThu.Status);
        Assert.Null(vanThu.StatusNote);
    }

    [Fact]
    public void A_document_that_left_the_codification_may_have_expired_and_is_not_called_expired()
    {
        var old = Central.FindByNumber("209/2013/NĐ-CP")!;
        Assert.Equal(LegalStatus.InForce, old.Status);
        Assert.StartsWith("Không còn trong Bộ pháp điển bản 2025 (có thể đã hết hiệu lực", old.StatusNote);
    }

    [Fact]
    public void Numbers_vbpl_lists_are_known_without_their_details()
    {
        Assert.True(Central.IsListed("10/2012/QH13"));
        Assert.Null(Central.FindByNumber("10/2012/QH13"));
        Assert.False(Central.IsListed("9999/2099/NĐ-CP"));
    }

    [Fact]
    public void The_rule_packs_own_entries_stand_before_the_central_data()
    {
        var checker = new Checker();
        var seed = new SeedRegistry(RulePackData.Default);
        foreach (var document in seed.Documents)
            Assert.Equal((document.Summary, document.Source), (checker.Registry.FindByNumber(document.Number)!.Summary, checker.Registry.FindByNumber(document.Number)!.Source));
        Assert.NotNull(checker.Registry.FindByNumber("92/2015/QH13"));
    }
}
