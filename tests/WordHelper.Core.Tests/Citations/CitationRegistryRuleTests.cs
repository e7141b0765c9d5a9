using WordHelper.Core.Registry;
using WordHelper.Core.Rules;

namespace WordHelper.Core.Tests.Citations;

/// <summary>VB-CIT-007, 008 and 009: what the registry knows of a cited document.</summary>
public class CitationRegistryRuleTests
{
    static readonly ListRegistry Registry = new(
        new LegalDocument("nd-110-2004", "Nghị định", "110/2004/NĐ-CP", new DateOnly(2004, 4, 8), "Chính phủ", "về công tác văn thư", LegalStatus.Replaced, "30/2020/NĐ-CP"),
        new LegalDocument("nd-30-2020", "Nghị định", "30/2020/NĐ-CP", new DateOnly(2020, 3, 5), "Chính phủ", "về công tác văn thư", LegalStatus.InForce),
        new LegalDocument("qd-32-2010", "Quyết định", "32/2010/QĐ-TTg", new DateOnly(2010, 3, 25), "Thủ tướng Chính phủ", "", LegalStatus.Expired));

    static IReadOnlyList<Finding> Run(params string[] lines) => CitationCheck.Run(CitationCheck.Today, Registry, lines);

    [Fact]
    public void A_replaced_document_is_a_warning_that_names_its_replacement()
    {
        var f = Assert.Single(Run("Căn cứ Nghị định số 110/2004/NĐ-CP ngày 08/4/2004 của Chính phủ về công tác văn thư;").Of("VB-CIT-007"));

        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Contains("đã được thay thế bởi Nghị định số 30/2020/NĐ-CP", f.Message);
        Assert.Equal("Nghị định số 30/2020/NĐ-CP", f.Suggestion);
        Assert.Equal("Nghị định số 110/2004/NĐ-CP ngày 08/4/2004", f.Excerpt);
    }

    [Fact]
    public void An_expired_document_without_replacement_is_a_warning()
    {
        var f = Assert.Single(Run("Căn cứ Quyết định số 32/2010/QĐ-TTg ngày 25/3/2010;").Of("VB-CIT-007"));

        Assert.Contains("đã hết hiệu lực", f.Message);
    }

    [Fact]
    public void A_sentence_that_repeals_the_document_is_not_warned_about()
    {
        Assert.Empty(Run("Nghị định số 110/2004/NĐ-CP ngày 08/4/2004 của Chính phủ hết hiệu lực kể từ ngày Nghị định này có hiệu lực.").Of("VB-CIT-007"));
    }

    [Fact]
    public void Unknown_documents_are_listed_in_one_finding_for_information()
    {
        var f = Assert.Single(Run(
            "Thực hiện Công văn số 593/LĐTBXH-BTXH ngày 24/02/2023 và Công văn số 814/VP-KGVX ngày 01/3/2023.",
            "Theo Công văn số 593/LĐTBXH-BTXH, các đơn vị triển khai.",
            "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;").Of("VB-CIT-008"));

        Assert.Equal(Severity.Info, f.Severity);
        Assert.Equal("593/LĐTBXH-BTXH", f.Excerpt);
        Assert.Contains("2 văn bản được dẫn chưa có trong sổ đăng ký", f.Message);
        Assert.EndsWith(": 593/LĐTBXH-BTXH, 814/VP-KGVX.", f.Message);
    }

    [Fact]
    public void A_date_other_than_the_registrys_is_a_warning_with_the_right_date()
    {
        var f = Assert.Single(Run("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 15/3/2020 của Chính phủ;").Of("VB-CIT-009"));

        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Equal("ngày 05/3/2020", f.Suggestion);
        Assert.Empty(Run("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ;").Of("VB-CIT-009"));
    }
}
