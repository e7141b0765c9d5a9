using WordHelper.Core.Citations;
using WordHelper.Core.Registry;
using WordHelper.Core.Rules;

namespace WordHelper.Core.Tests.Citations;

/// <summary>
/// VB-CIT-016 (a "/" where a "-" belongs; Party and State forms confused), VB-CIT-017 (doubled or stray marks) and the
/// spaces VB-CIT-001 removes, on symbols typed as people really mistype them.
/// </summary>
public class CitationSymbolFormRuleTests
{
    static string Applied(string line, TextFix fix) => line.Remove(fix.Start, fix.Length).Insert(fix.Start, fix.Replacement);

    [Theory]
    [InlineData("Thực hiện Kế hoạch số 25/KH/SYT ngày 10/01/2025 của Sở Y tế.", "25/KH/SYT", "25/KH-SYT")]
    [InlineData("Thực hiện Quyết định số 112/QĐ/UBND ngày 10/01/2025 của UBND tỉnh.", "112/QĐ/UBND", "112/QĐ-UBND")]
    [InlineData("Căn cứ Nghị định số 30/2020/NĐ/CP ngày 05/3/2020 của Chính phủ;", "30/2020/NĐ/CP", "30/2020/NĐ-CP")]
    // A year typed against the symbol is set between slashes; the cited date tells a mistyped year.
    [InlineData("Căn cứ Quyết định số 18/20202QĐ-UBND ngày 20/7/2020 của UBND tỉnh Hưng Yên;", "18/20202QĐ-UBND", "18/2020/QĐ-UBND")]
    [InlineData("Căn cứ Quyết định số 19/2021QĐ-UBND ngày 20/7/2021 của UBND tỉnh;", "19/2021QĐ-UBND", "19/2021/QĐ-UBND")]
    public void A_state_symbol_joined_wrong_is_rewritten_with_its_slashes_and_hyphens(string line, string written, string expected)
    {
        var findings = CitationCheck.Run(line);
        var f = Assert.Single(findings.Of("VB-CIT-016"));

        Assert.Equal(written, f.Excerpt);
        Assert.Equal(expected, f.Suggestion);
        Assert.Contains($"\"{expected}\"", f.Message);
        Assert.Equal(line.Replace(written, expected), Applied(line, Assert.IsType<TextFix>(f.Fix)));
        Assert.Empty(findings.Of("VB-CIT-001"));
        Assert.Empty(findings.Of("VB-CIT-002"));
    }

    [Theory]
    [InlineData("Quán triệt Nghị quyết số 18/NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương.", "18/NQ/TW", "18-NQ/TW")]
    [InlineData("Thực hiện Chỉ thị số 05/CT-TW ngày 15/5/2016 của Bộ Chính trị.", "05/CT-TW", "05-CT/TW")]
    [InlineData("Thực hiện Kế hoạch số 07/KH/ĐTN ngày 10/01/2025 của Ban Thường vụ Đoàn.", "07/KH/ĐTN", "07-KH/ĐTN")]
    [InlineData("Thực hiện Kế hoạch số 31/KH/BTGTU ngày 10/01/2025.", "31/KH/BTGTU", "31-KH/BTGTU")]
    public void A_party_or_youth_union_document_joins_its_number_and_type_with_a_hyphen(string line, string written, string expected)
    {
        var f = Assert.Single(CitationCheck.Run(line).Of("VB-CIT-016"));

        Assert.Equal(written, f.Excerpt);
        Assert.Equal(expected, f.Suggestion);
        Assert.Contains("Đảng", f.Message);
        Assert.Equal(line.Replace(written, expected), Applied(line, Assert.IsType<TextFix>(f.Fix)));
    }

    [Fact]
    public void A_companys_own_numbering_with_the_year_before_its_letters_is_its_own() =>
        Assert.Empty(CitationCheck.Run("Công ty Khoáng sản VPG tại Văn bản số 11/2026CV-YVG ngày 18/4/2026 đề nghị gia hạn.").Of("VB-CIT-016"));

    [Fact]
    public void A_state_document_in_party_form_is_reported_only_where_its_issuer_is_surely_a_state_body()
    {
        var f = Assert.Single(CitationCheck.Run("Thực hiện Kế hoạch số 25-KH/UBND ngày 10/01/2025 của UBND tỉnh.").Of("VB-CIT-016"));
        Assert.Equal("25/KH-UBND", f.Suggestion);
        Assert.Contains("cơ quan nhà nước", f.Message);

        // "BTC" is Bộ Tài chính but also an event's Ban Tổ chức, which may number in either form.
        Assert.Empty(CitationCheck.Run("Thực hiện Kế hoạch số 25-KH/BTC ngày 10/01/2025 của Ban Tổ chức.").Of("VB-CIT-016"));
    }

    [Theory]
    [InlineData("Quán triệt Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương.")]
    [InlineData("Thực hiện Chỉ thị 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.")]
    [InlineData("Thực hiện Kế hoạch số 07-KH/ĐTN ngày 10/01/2025 của Ban Thường vụ Đoàn.")]
    [InlineData("Thực hiện Kết luận 126-KL/TW ngày 14/02/2025 của Bộ Chính trị.")]
    [InlineData("Thực hiện Kế hoạch số 456-KH/TWĐTN-BTG ngày 10/01/2025.")]
    [InlineData("Thực hiện Kế hoạch số 25/KH-SYT ngày 10/01/2025 của Sở Y tế, các đơn vị đã triển khai.")]
    [InlineData("Thực hiện Kế hoạch số 123/KH-BCĐTW ngày 10/01/2025 của Ban Chỉ đạo Trung ương.")]
    [InlineData("Thực hiện Công văn số 12/VP.ĐKT-TH ngày 10/01/2025.")]
    [InlineData("Thực hiện Công văn số 12/UBND-TU ngày 10/01/2025 của UBND tỉnh.")]
    public void Right_symbols_of_both_systems_are_quiet(string line)
    {
        var findings = CitationCheck.Run(line);
        Assert.Empty(findings.Of("VB-CIT-016"));
        Assert.Empty(findings.Of("VB-CIT-017"));
        Assert.Empty(findings.Of("VB-CIT-001"));
    }

    [Theory]
    [InlineData("Căn cứ Thông tư liên tịch số 146/2010/TTLT/BTC-BCA-BQP ngày 23/9/2010 của Bộ Tài chính, Bộ Công an và Bộ Quốc phòng;")]
    [InlineData("Căn cứ Quyết định số 12/2008/QĐ-BNN/TCCB ngày 10/01/2008 của Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn;")]
    [InlineData("Căn cứ Quyết định số 1234/QĐ/BTC ngày 10/01/2006 của Bộ Tài chính;")]
    public void Older_and_joint_numbers_written_with_a_slash_are_their_real_numbers(string line) =>
        Assert.Empty(CitationCheck.Run(line).Of("VB-CIT-016"));

    [Fact]
    public void A_number_the_registry_knows_as_written_is_not_corrected()
    {
        const string line = "Căn cứ Quyết định số 12/2015/QĐ/BTC ngày 10/01/2015 của Bộ Tài chính;";
        Assert.Single(CitationCheck.Run(line).Of("VB-CIT-016"));

        var registry = new ListRegistry(new LegalDocument("qd-12", "Quyết định", "12/2015/QĐ/BTC", new DateOnly(2015, 1, 10), "Bộ Tài chính", "", LegalStatus.InForce));
        Assert.Empty(CitationCheck.Run(CitationCheck.Today, registry, line).Of("VB-CIT-016"));
    }

    [Theory]
    [InlineData("Thực hiện Kế hoạch số 05//KH-UBND ngày 10/01/2025 của UBND tỉnh.", "05//KH-UBND", "//")]
    [InlineData("Thực hiện Kế hoạch số 05/KH--UBND ngày 10/01/2025 của UBND tỉnh.", "05/KH--UBND", "--")]
    [InlineData("Thực hiện Kế hoạch số 05/KH.-UBND ngày 10/01/2025 của UBND tỉnh.", "05/KH.-UBND", ".-")]
    public void Doubled_or_stray_marks_inside_a_symbol_are_removed(string line, string written, string marks)
    {
        var f = Assert.Single(CitationCheck.Run(line).Of("VB-CIT-017"));

        Assert.Equal(written, f.Excerpt);
        Assert.Equal("05/KH-UBND", f.Suggestion);
        Assert.Contains($"\"{marks}\"", f.Message);
        Assert.Equal(line.Replace(written, "05/KH-UBND"), Applied(line, Assert.IsType<TextFix>(f.Fix)));
    }

    [Theory]
    [InlineData("Thực hiện Kế hoạch số 05/KH-UBND, các sở đã triển khai.")]
    [InlineData("Các sở triển khai Kế hoạch số 05/KH-UBND.")]
    [InlineData("Các sở triển khai Kế hoạch số 05/KH-UBND; Kế hoạch số 06/KH-UBND.")]
    [InlineData("Các sở triển khai Kế hoạch số 05/KH-UBND...Theo đó, các sở báo cáo.")]
    public void Sentence_punctuation_after_a_symbol_is_not_part_of_it(string line)
    {
        var findings = CitationCheck.Run(line);
        Assert.Empty(findings.Of("VB-CIT-017"));
        Assert.Empty(findings.Of("VB-CIT-016"));
    }

    [Theory]
    [InlineData("Thực hiện Công văn số 112/SNV- TCBC ngày 10/01/2025 của Sở Nội vụ.", "112/SNV- TCBC", "112/SNV-TCBC")]
    [InlineData("Thực hiện Kế hoạch số 45 /KH-UBND ngày 10/01/2025 của UBND tỉnh.", "45 /KH-UBND", "45/KH-UBND")]
    [InlineData("Thực hiện Kế hoạch số 07 - KH/ĐTN ngày 10/01/2025 của Ban Thường vụ Đoàn.", "07 - KH/ĐTN", "07-KH/ĐTN")]
    [InlineData("Quán triệt Nghị quyết số 18-NQ/ TW ngày 25/10/2017 của Ban Chấp hành Trung ương.", "18-NQ/ TW", "18-NQ/TW")]
    public void Spaces_around_a_hyphen_or_slash_are_removed_in_state_and_party_numbers(string line, string written, string expected)
    {
        var findings = CitationCheck.Run(line);
        var f = Assert.Single(findings.Of("VB-CIT-001"));

        Assert.Equal(written, f.Excerpt);
        Assert.Equal(expected, f.Suggestion);
        Assert.Equal(line.Replace(written, expected), Applied(line, Assert.IsType<TextFix>(f.Fix)));
        Assert.Empty(findings.Of("VB-CIT-016"));
    }

    [Fact]
    public void Spaces_and_a_wrong_join_in_one_number_are_one_finding_that_rewrites_it_whole()
    {
        const string line = "Thực hiện Kế hoạch số 25 /KH/SYT ngày 10/01/2025 của Sở Y tế.";
        var findings = CitationCheck.Run(line);

        var f = Assert.Single(findings.Of("VB-CIT-016"));
        Assert.Equal("25/KH-SYT", f.Suggestion);
        Assert.Empty(findings.Of("VB-CIT-001"));
    }

    [Fact]
    public void One_number_written_wrong_twice_is_reported_once()
    {
        var findings = CitationCheck.Run(
            "Thực hiện Kế hoạch số 25/KH/SYT ngày 10/01/2025 của Sở Y tế.",
            "Các đơn vị báo cáo kết quả thực hiện Kế hoạch số 25/KH/SYT trước ngày 20/12/2025.");

        Assert.Single(findings.Of("VB-CIT-016"));
    }

    [Theory]
    [InlineData("Thực hiện Kế hoạch số 25/KH/SYT ngày 10/01/2025.", "25/KH/SYT")]
    [InlineData("Thực hiện Kế hoạch số 05//KH-UBND ngày 10/01/2025.", "05//KH-UBND")]
    [InlineData("Thực hiện Kế hoạch số 05/KH.-UBND ngày 10/01/2025.", "05/KH.-UBND")]
    [InlineData("Thực hiện Kế hoạch số 05/KH--UBND ngày 10/01/2025.", "05/KH--UBND")]
    [InlineData("Quán triệt Nghị quyết số 18/NQ/TW ngày 25/10/2017.", "18/NQ/TW")]
    public void The_parser_captures_a_mistyped_symbol_whole(string line, string number)
    {
        var c = Assert.Single(CitationParser.ParseText(line));

        Assert.Equal(number, c.Number);
        Assert.Equal(number, c.NumberClean);
        Assert.Equal(2, c.SymbolParts.Count);
        Assert.NotNull(c.Date);
    }

    [Fact]
    public void The_parser_captures_a_party_number_with_spaces_and_cleans_it()
    {
        var c = Assert.Single(CitationParser.ParseText("Thực hiện Kế hoạch số 07 - KH/ĐTN ngày 10/01/2025."));

        Assert.True(c.IsParty);
        Assert.Equal("07 - KH/ĐTN", c.Number);
        Assert.Equal("07-KH/ĐTN", c.NumberClean);
    }

    [Theory]
    [InlineData("Tuyên truyền Chỉ thị số số 46 - CT/TW ngày 16/5/2025 của Bộ Chính trị.", "46 - CT/TW")]
    [InlineData("Căn cứ Luật Công nghiệp công nghệ số số 71/2025/QH15 ngày 14/6/2025;", "71/2025/QH15")]
    public void A_citation_after_a_doubled_so_is_still_read(string line, string number) =>
        Assert.Equal(number, Assert.Single(CitationParser.ParseText(line)).Number);
}
