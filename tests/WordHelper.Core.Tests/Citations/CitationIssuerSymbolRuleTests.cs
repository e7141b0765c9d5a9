using WordHelper.Core.Registry;
using WordHelper.Core.Rules;

namespace WordHelper.Core.Tests.Citations;

/// <summary>VB-CIT-018: the issuer a citation names against the one its symbol names.</summary>
public class CitationIssuerSymbolRuleTests
{
    /// <summary>A registry that knows nothing: the symbol alone tells the issuer.</summary>
    static IReadOnlyList<Finding> Run(params string[] lines) => CitationCheck.Run(CitationCheck.Today, new ListRegistry(), lines);

    [Theory]
    [InlineData("Căn cứ Nghị quyết số 12/2025/QH15 ngày 10/02/2025 của Ủy ban Thường vụ Quốc hội về thí điểm chính sách;", "Ủy ban Thường vụ Quốc hội", "Quốc hội")]
    [InlineData("Căn cứ Nghị quyết số 35/2023/UBTVQH15 ngày 12/7/2023 của Quốc hội về sắp xếp đơn vị hành chính;", "Quốc hội", "Ủy ban Thường vụ Quốc hội")]
    [InlineData("Thực hiện Quyết định số 12/QĐ-TTg ngày 10/01/2025 của Chính phủ về phát triển du lịch.", "Chính phủ", "Thủ tướng Chính phủ")]
    [InlineData("Thực hiện Nghị quyết số 76/NQ-CP ngày 10/01/2025 của Thủ tướng Chính phủ về cải cách hành chính.", "Thủ tướng Chính phủ", "Chính phủ")]
    [InlineData("Thực hiện Quyết định số 1234/QĐ-UBND ngày 10/01/2025 của Sở Y tế về công tác y tế.", "Sở Y tế", "Ủy ban nhân dân")]
    [InlineData("Thực hiện Nghị quyết số 21/NQ-HĐND ngày 10/01/2025 của UBND tỉnh về kế hoạch đầu tư công.", "UBND tỉnh", "Hội đồng nhân dân")]
    [InlineData("Thực hiện Thông tư số 01/2025/TT-BNV ngày 10/01/2025 của Bộ Y tế về chế độ báo cáo.", "Bộ Y tế", "Bộ Nội vụ")]
    [InlineData("Thực hiện Công văn số 4625/BNV-CCHC ngày 10/7/2025 của Bộ Tư pháp về cải cách hành chính.", "Bộ Tư pháp", "Bộ Nội vụ")]
    [InlineData("Áp dụng Thông tư số 01/2025/TT-BNV ngày 10/01/2025 do Bộ Y tế ban hành.", "Bộ Y tế", "Bộ Nội vụ")]
    public void An_issuer_the_symbol_contradicts_is_reported_with_the_symbol_s_issuer(string line, string named, string expected)
    {
        var f = Assert.Single(Run(line).Of("VB-CIT-018"));

        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Equal(expected, f.Suggestion);
        Assert.Contains($"của {named}", f.Message);
        Assert.Contains($"do {expected} ban hành", f.Message);
    }

    [Theory]
    [InlineData("Căn cứ Nghị quyết số 12/2025/QH15 ngày 10/02/2025 của Quốc hội khóa XV về thí điểm chính sách;")]
    [InlineData("Thực hiện Quyết định số 1234/QĐ-UBND ngày 10/01/2025 của Chủ tịch UBND tỉnh về công tác y tế.")]
    [InlineData("Thực hiện Quyết định số 1234/QĐ-UBND ngày 10/01/2025 của Ủy ban nhân dân huyện Đức Trọng về công tác y tế.")]
    [InlineData("Thực hiện Nghị quyết số 21/NQ-HĐND ngày 10/01/2025 của HĐND tỉnh về kế hoạch đầu tư công.")]
    [InlineData("Thực hiện Thông tư số 78/2021/TT-BTC ngày 17/9/2021 của Bộ trưởng Bộ Tài chính về hóa đơn điện tử.")]
    [InlineData("Thực hiện Kế hoạch số 12/KH-BTC ngày 10/01/2025 của Ban Tổ chức Hội thi về tổ chức hội thi.")]
    [InlineData("Thực hiện Quyết định số 12/QĐ-TTg ngày 10/01/2025 của TTg Chính phủ về phát triển du lịch.")]
    [InlineData("Thực hiện Thông tư số 05/2024/TT-BKHĐT ngày 10/01/2024 của Bộ Tài chính về đấu thầu.")]
    [InlineData("Thực hiện Thông tư liên tịch số 01/2015/TTLT-BTC-BNV ngày 10/01/2015 của Bộ Tài chính và Bộ Nội vụ về kinh phí.")]
    [InlineData("Thực hiện Công văn số 45/SYT-NV ngày 10/01/2025 của UBND tỉnh về tiêm chủng.")]
    [InlineData("Áp dụng Thông tư số 01/2025/TT-BNV ngày 10/01/2025 do Bộ Nội vụ ban hành.")]
    [InlineData("Thực hiện Thông báo số 45/TB-VPCP ngày 10/01/2025 của Thủ tướng Chính phủ về phát triển du lịch.")]
    [InlineData("Các biểu mẫu theo Quyết định số 1234/QĐ-UBND ngày 10/01/2025 do Sở Y tế tham mưu ban hành.")]
    public void An_issuer_the_symbol_agrees_with_or_does_not_tell_is_quiet(string line) =>
        Assert.Empty(Run(line).Of("VB-CIT-018"));

    [Theory]
    [InlineData("Thực hiện Quyết định số 1234/QĐ-UBND ngày 10/01/2025 của tỉnh về công tác y tế.")]
    [InlineData("Thực hiện Quyết định số 1234/QĐ-UBND ngày 10/01/2025 của đơn vị về công tác y tế.")]
    [InlineData("Thực hiện Quyết định số 1234/QĐ-UBND ngày 10/01/2025 về công tác y tế.")]
    public void A_citation_that_names_no_body_is_not_judged(string line) =>
        Assert.Empty(Run(line).Of("VB-CIT-018"));

    [Fact]
    public void A_joint_document_named_for_another_ministry_is_reported_with_its_ministries()
    {
        var f = Assert.Single(Run("Thực hiện Thông tư liên tịch số 01/2015/TTLT-BTC-BNV ngày 10/01/2015 của Bộ Y tế về kinh phí.").Of("VB-CIT-018"));

        Assert.Equal("Bộ Tài chính và Bộ Nội vụ", f.Suggestion);
    }

    [Fact]
    public void A_document_the_registry_knows_is_left_to_the_registry_rule()
    {
        var findings = CitationCheck.Run("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Thủ tướng Chính phủ về công tác văn thư;");

        Assert.Single(findings.Of("VB-CIT-010"));
        Assert.Empty(findings.Of("VB-CIT-018"));
    }

    [Fact]
    public void One_document_named_for_the_wrong_issuer_twice_is_reported_once()
    {
        var findings = Run(
            "Thực hiện Quyết định số 12/QĐ-TTg ngày 10/01/2025 của Chính phủ về phát triển du lịch.",
            "Theo Quyết định số 12/QĐ-TTg ngày 10/01/2025 của Chính phủ, các tỉnh xây dựng kế hoạch.");

        Assert.Single(findings.Of("VB-CIT-018"));
    }
}
