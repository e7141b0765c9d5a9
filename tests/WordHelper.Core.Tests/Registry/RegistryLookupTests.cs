using WordHelper.Core.Citations;
using WordHelper.Core.Registry;
using WordHelper.Core.Rules;
using WordHelper.Core.Tests.Citations;

namespace WordHelper.Core.Tests.Registry;

/// <summary>How people cite, and what a registry built here says of it; each verification rule against that registry.</summary>
public class RegistryLookupTests
{
    static readonly LegalDocument Social2016 = new("1791-qd-ttg", "Quyết định", "1791/QĐ-TTg", new(2016, 9, 15), "Thủ tướng Chính phủ", "về Ngày Công tác xã hội Việt Nam", LegalStatus.InForce);
    static readonly LegalDocument Tourism2021 = new("1791-qd-ttg-2021", "Quyết định", "1791/QĐ-TTg", new(2021, 10, 20), "Thủ tướng Chính phủ", "phê duyệt Đề án phát triển du lịch cộng đồng", LegalStatus.InForce);
    static readonly LegalDocument Decree = new("7-2020-nd-cp", "Nghị định", "07/2020/NĐ-CP", new(2020, 1, 5), "Chính phủ", "quy định chế độ tiền lương của giáo viên mầm non", LegalStatus.InForce, EffectiveFrom: new(2020, 3, 1));

    static CitationResolution Resolve(string line, params LegalDocument[] documents) =>
        new Checker(registry: new ListRegistry(documents)).Check(Core.Documents.DraftDocument.FromLines(line)).Citations.Single();

    [Theory]
    [InlineData("07/2020/NĐ-CP", "7/2020/NĐ-CP")]
    [InlineData("7 / 2020 / NĐ – CP", "7/2020/NĐ-CP")]
    [InlineData("7/2020/NÐ-CP", "7/2020/NĐ-CP")]
    [InlineData("0015/qđ-ubnd", "15/QĐ-UBND")]
    public void A_number_is_keyed_however_it_is_written(string written, string key) => Assert.Equal(key, DocumentNumber.Key(written));

    [Fact]
    public void Plain_d_is_not_đ() => Assert.NotEqual(DocumentNumber.Key("7/2020/ND-CP"), DocumentNumber.Key("7/2020/NĐ-CP"));

    [Fact]
    public void The_year_of_the_date_picks_the_document_of_a_number_without_its_year()
    {
        Assert.Same(Social2016, Resolve("Thực hiện Quyết định số 1791/QĐ-TTg ngày 15/9/2016 của Thủ tướng Chính phủ.", Tourism2021, Social2016).Document);
        Assert.Same(Tourism2021, Resolve("Thực hiện Quyết định số 1791/QĐ-TTg ngày 20/10/2021 của Thủ tướng Chính phủ.", Social2016, Tourism2021).Document);
    }

    [Fact]
    public void Without_a_year_the_summary_decides_or_the_citation_is_ambiguous()
    {
        Assert.Same(Tourism2021, Resolve("Theo Quyết định số 1791/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Đề án phát triển du lịch cộng đồng.", Social2016, Tourism2021).Document);
        var ambiguous = Resolve("Theo Quyết định số 1791/QĐ-TTg, các đơn vị triển khai.", Social2016, Tourism2021);
        Assert.Equal(ResolutionKind.Ambiguous, ambiguous.Kind);
        Assert.Equal(2, ambiguous.Candidates.Count);
    }

    [Fact]
    public void Leading_zeros_and_the_type_in_words_find_the_document()
    {
        Assert.Same(Decree, Resolve("Căn cứ Nghị định số 7/2020/NĐ-CP ngày 05/01/2020 của Chính phủ;", Decree).Document);
        Assert.Equal(ResolutionKind.Unknown, Resolve("Căn cứ Nghị định số 8/2020/NĐ-CP ngày 05/01/2020 của Chính phủ;", Decree).Kind);
    }

    [Fact]
    public void Each_fact_the_registry_holds_is_checked_with_its_source_named()
    {
        var registry = new ListRegistry(Decree with { Source = "phapdien.moj.gov.vn" });
        IReadOnlyList<Finding> Run(params string[] lines) => CitationCheck.Run(CitationCheck.Today, registry, lines);

        var date = Assert.Single(Run("Căn cứ Nghị định số 07/2020/NĐ-CP ngày 15/01/2020 của Chính phủ quy định chế độ tiền lương của giáo viên mầm non;").Of("VB-CIT-009"));
        Assert.Contains("Bộ pháp điển điện tử ghi ngày ban hành 05/01/2020", date.Message);
        var issuer = Assert.Single(Run("Căn cứ Nghị định số 07/2020/NĐ-CP ngày 05/01/2020 của Thủ tướng Chính phủ quy định chế độ tiền lương của giáo viên mầm non;").Of("VB-CIT-010"));
        Assert.Equal("Chính phủ", issuer.Suggestion);
        Assert.Single(Run("Căn cứ Nghị định số 07/2020/NĐ-CP ngày 05/01/2020 của Chính phủ về quản lý thuế thu nhập doanh nghiệp;").Of("VB-CIT-011"));
        Assert.DoesNotContain(Run("Căn cứ Nghị định số 07/2020/NĐ-CP ngày 05/01/2020 của Chính phủ về tiền lương đối với giáo viên mầm non;"), f => f.Severity >= Severity.Warning);
    }

    [Fact]
    public void A_legal_basis_not_yet_in_force_on_the_drafts_date_is_a_warning()
    {
        var registry = new ListRegistry(Decree);
        var early = CitationCheck.Run(new DateOnly(2020, 2, 1), registry, "Căn cứ Nghị định số 07/2020/NĐ-CP ngày 05/01/2020 của Chính phủ;");
        Assert.Contains("01/3/2020", Assert.Single(early.Of("VB-CIT-013")).Message);
        Assert.Empty(CitationCheck.Run(new DateOnly(2020, 4, 1), registry, "Căn cứ Nghị định số 07/2020/NĐ-CP ngày 05/01/2020 của Chính phủ;").Of("VB-CIT-013"));
    }
}
