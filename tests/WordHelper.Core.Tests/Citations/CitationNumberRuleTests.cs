using WordHelper.Core.Rules;

namespace WordHelper.Core.Tests.Citations;

/// <summary>VB-CIT-001 (number and symbol written wrong) and VB-CIT-006 (the year of a legal normative number).</summary>
public class CitationNumberRuleTests
{
    [Theory]
    [InlineData("Theo công văn số 817/SLĐT BXH-BTXH&GN ngày 14/3/2024 của Sở.", "817/SLĐT BXH-BTXH&GN", "817/SLĐTBXH-BTXH&GN")]
    [InlineData("Thực hiện Công văn số 593/LĐTBXH - BTXH ngày 24/02/2023.", "593/LĐTBXH - BTXH", "593/LĐTBXH-BTXH")]
    [InlineData("Thực hiện Công văn số 593 / LĐTBXH-BTXH ngày 24/02/2023.", "593 / LĐTBXH-BTXH", "593/LĐTBXH-BTXH")]
    public void Spaces_inside_a_number_are_an_error_with_a_fix_that_removes_them(string line, string excerpt, string repaired)
    {
        var f = Assert.Single(CitationCheck.Run(line).Of("VB-CIT-001"));

        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal(excerpt, f.Excerpt);
        Assert.Equal(repaired, f.Suggestion);
        var fix = Assert.IsType<TextFix>(f.Fix);
        Assert.Equal(excerpt, line.Substring(fix.Start, fix.Length));
        Assert.Contains(repaired, line.Remove(fix.Start, fix.Length).Insert(fix.Start, fix.Replacement));
    }

    [Fact]
    public void A_number_without_its_symbol_is_an_error()
    {
        var f = Assert.Single(CitationCheck.Run("Thực hiện Quyết định số 12/ của UBND tỉnh.").Of("VB-CIT-001"));

        Assert.Equal(Severity.Error, f.Severity);
        Assert.Contains("thiếu ký hiệu", f.Message);
    }

    [Fact]
    public void A_blank_number_of_another_document_is_a_warning_but_not_that_of_the_document_attached_to()
    {
        var other = Assert.Single(CitationCheck.Run("Thực hiện Quyết định số /QĐ-UBND ngày 05/01/2023 của UBND tỉnh.").Of("VB-CIT-001"));
        Assert.Equal(Severity.Warning, other.Severity);

        Assert.Empty(CitationCheck.Run("(Kèm theo Báo cáo số        /BC-UBND ngày       tháng 12 năm 2025 của Chủ tịch Ủy ban nhân dân tỉnh)").Of("VB-CIT-001"));
    }

    [Theory]
    [InlineData("Thực hiện Công văn số 593/LĐTBXH-BTXH ngày 24/02/2023.")]
    [InlineData("Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.")]
    [InlineData("Thực hiện Công văn số 498/UBND ngày 20/3/2024.")]
    [InlineData("Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15;")]
    public void Well_written_numbers_pass(string line)
    {
        Assert.DoesNotContain(CitationCheck.Run(line), f => f.Rule is "VB-CIT-001" or "VB-CIT-006");
    }

    [Theory]
    [InlineData("Căn cứ Nghị định số 30/NĐ-CP ngày 05/3/2020 của Chính phủ;", "30/NĐ-CP", "30/2020/NĐ-CP")]
    [InlineData("Căn cứ Thông tư số 01/TT-BNV của Bộ Nội vụ;", "01/TT-BNV", "01/2020/TT-BNV")]
    public void A_decree_or_circular_without_its_year_is_an_error(string line, string excerpt, string example)
    {
        var f = Assert.Single(CitationCheck.Run(line).Of("VB-CIT-006"));

        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal(excerpt, f.Excerpt);
        Assert.Contains(example, f.Message);
    }

    [Fact]
    public void A_dated_decree_without_its_year_gets_its_number_with_the_year_as_suggestion()
    {
        var f = Assert.Single(CitationCheck.Run("Theo Nghị định số 116/NĐ-CP ngày 21/12/2021 của Chính phủ.").Of("VB-CIT-006"));

        Assert.Equal("116/2021/NĐ-CP", f.Suggestion);
        Assert.StartsWith("Nghị định số 116/NĐ-CP:", f.Message);
    }

    [Fact]
    public void A_year_in_the_number_that_contradicts_the_date_is_an_error()
    {
        var f = Assert.Single(CitationCheck.Run("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2021 của Chính phủ về công tác văn thư;").Of("VB-CIT-006"));

        Assert.Contains("2020", f.Message);
        Assert.Contains("2021", f.Message);
        Assert.Equal("Nghị định số 30/2020/NĐ-CP ngày 05/3/2021", f.Excerpt);
    }

    [Theory]
    [InlineData("Thực hiện Nghị quyết số 21/NQ-HĐND ngày 28/8/2025 của HĐND tỉnh.")]
    [InlineData("Thực hiện Quyết định số 1791/QĐ-TTg ngày 15/9/2016 của Thủ tướng Chính phủ.")]
    [InlineData("Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.")]
    public void Individual_resolutions_and_decisions_need_no_year(string line)
    {
        Assert.Empty(CitationCheck.Run(line).Of("VB-CIT-006"));
    }
}
