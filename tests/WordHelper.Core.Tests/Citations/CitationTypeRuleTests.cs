using WordHelper.Core.Rules;

namespace WordHelper.Core.Tests.Citations;

/// <summary>VB-CIT-002: the type abbreviation in the symbol must be that of the type named.</summary>
public class CitationTypeRuleTests
{
    [Theory]
    [InlineData("Thực hiện Quyết định số 112/KH-TTg ngày 22/01/2021 của Thủ tướng Chính phủ.", "112/KH-TTg", "Quyết định số 112/QĐ-TTg")]
    [InlineData("Thực hiện Kế hoạch số 31/QĐ-UBND ngày 16/02/2017.", "31/QĐ-UBND", "Kế hoạch số 31/KH-UBND")]
    [InlineData("Căn cứ Nghị định số 30/2020/TT-CP ngày 05/3/2020.", "30/2020/TT-CP", "Nghị định số 30/2020/NĐ-CP")]
    [InlineData("Theo Báo cáo số 15/TTr-SKHCN ngày 20/01/2026.", "15/TTr-SKHCN", "Báo cáo số 15/BC-SKHCN")]
    public void An_abbreviation_of_another_type_is_an_error(string line, string excerpt, string suggestion)
    {
        var f = Assert.Single(CitationCheck.Run(line).Of("VB-CIT-002"));

        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal(excerpt, f.Excerpt);
        Assert.Equal(suggestion, f.Suggestion);
        Assert.Contains($"\"{excerpt}\"", f.Message);
    }

    [Fact]
    public void A_normative_abbreviation_in_a_number_without_a_year_is_the_issuers_own_and_a_warning()
    {
        // "TT" without a year is no Thông tư's: the association abbreviates its Tờ trình so.
        var f = Assert.Single(CitationCheck.Run("Theo đề nghị của Chủ tịch Liên đoàn Cầu lông tỉnh tại Tờ trình số 11/TT-LĐCL ngày 24/01/2025.").Of("VB-CIT-002"));
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Equal("Tờ trình số 11/TTr-LĐCL", f.Suggestion);
    }

    [Theory]
    [InlineData("Thực hiện Công văn số 12/UBND-VX ngày 05/3/2023.")]
    [InlineData("Thực hiện Công văn số 12/TB-VX ngày 05/3/2023.")]
    [InlineData("Thực hiện Văn bản số 4756/BTP-KTVB&QLXLVPHC ngày 05/8/2025.")]
    [InlineData("Thực hiện Văn bản số 45/KH-UBND ngày 05/8/2025.")]
    [InlineData("Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016.")]
    [InlineData("Thực hiện Thông báo kết luận số 12/TB-VPCP ngày 10/01/2024.")]
    [InlineData("Thực hiện Kết luận số 45/KL-UBND ngày 10/01/2024.")]
    [InlineData("Thực hiện Quyết định số 32/2010/QĐ-TTg ngày 25/3/2010.")]
    [InlineData("Thực hiện Thông tư liên tịch số 12/2015/TTLT-BLĐTBXH-BNV.")]
    [InlineData("Thực hiện Báo cáo số 15/SKHCN-VP ngày 20/01/2026.")]
    [InlineData("Thực hiện Chương trình số 15/CTr-UBND ngày 20/01/2026.")]
    [InlineData("Thực hiện Quyết định số 15/QĐ-CT ngày 20/01/2026.")]
    public void Agencies_generic_types_Party_numbers_and_right_abbreviations_pass(string line)
    {
        Assert.Empty(CitationCheck.Run(line).Of("VB-CIT-002"));
    }

    [Fact]
    public void Abbreviations_are_compared_with_their_case()
    {
        // "Ctr" is no abbreviation: only "CTr" names a programme.
        Assert.Empty(CitationCheck.Run("Thực hiện Kế hoạch số 15/Ctr-UBND ngày 20/01/2026.").Of("VB-CIT-002"));
        Assert.Single(CitationCheck.Run("Thực hiện Kế hoạch số 15/CTr-UBND ngày 20/01/2026.").Of("VB-CIT-002"));
    }
}
