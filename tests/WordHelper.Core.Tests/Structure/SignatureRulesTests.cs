using WordHelper.Core.Documents;
using WordHelper.Core.Rules;
using WordHelper.Core.Tests.Rules;
using WordHelper.Testing;

namespace WordHelper.Core.Tests.Structure;

/// <summary>
/// The signature block against the authority that issues (VB-STR-011), the title lines after an authority (VB-STR-012)
/// a deputy signing without "KT." (VB-STR-013) and the spelling of the abbreviations (VB-STR-010), on decisions signed in a two-column table as drafters lay them out.
/// </summary>
public class SignatureRulesTests
{
    static readonly Checker Checker = new(clock: new FixedClock(new DateOnly(2026, 11, 22)));

    [Fact]
    public void A_head_issuing_in_his_own_name_does_not_sign_for_the_collective()
    {
        var f = Assert.Single(Findings(Decision("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")));
        Assert.Equal(("VB-STR-011", Severity.Error, "TM. ỦY BAN NHÂN DÂN"), (f.Rule, f.Severity, f.Excerpt));
        Assert.Contains("\"TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH\"", f.Message);
        Assert.Contains("\"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\"", f.Message);
        Assert.Contains("\"KT. CHỦ TỊCH\" / \"PHÓ CHỦ TỊCH\"", f.Suggestion);
        Assert.Empty(Findings(Decision("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")));
        Assert.Empty(Findings(Decision("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "CHỦ TỊCH")));
        Assert.Equal("VB-STR-011", Assert.Single(Findings(Decision("GIÁM ĐỐC SỞ NỘI VỤ", "TM. SỞ NỘI VỤ", "GIÁM ĐỐC"))).Rule);
    }

    [Fact]
    public void A_collective_decision_signed_without_TM_is_a_warning()
    {
        var f = Assert.Single(Findings(Decision("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")));
        Assert.Equal(("VB-STR-011", Severity.Warning), (f.Rule, f.Severity));
        Assert.Contains("\"TM. ỦY BAN NHÂN DÂN\"", f.Suggestion);
        Assert.Empty(Findings(Decision("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")));
        Assert.Empty(Findings(Decision("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")));
        // A line pushed onto the next by spaces instead of a line break is read as the next line.
        Assert.Empty(Findings(Decision("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "TM. ỦY BAN NHÂN DÂN                    KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")));
    }

    [Fact]
    public void A_joint_signature_laid_side_by_side_is_not_read_across_its_columns() =>
        Assert.Empty(RuleRun.Findings("VB-STR-012", Letter("TM. BAN THƯỜNG TRỰC UBMTTQ TỈNH\tTM. ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH\tKT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")));

    [Fact]
    public void A_summary_in_capitals_that_runs_on_is_not_taken_for_the_authority_line()
    {
        var draft = Signed(DocxBuilder.Create()
            .Table(["ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], ["Số: 12/QĐ-UBND", "Lâm Đồng, ngày 05 tháng 12 năm 2025"])
            .Paragraph("QUYẾT ĐỊNH").Paragraph("BAN HÀNH QUY CHẾ LÀM VIỆC CỦA").Paragraph("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG")
            .Paragraph("Ban hành kèm theo Quyết định này Quy chế làm việc.").Paragraph("QUYẾT ĐỊNH:")
            .Paragraph("Điều 1. Ban hành Quy chế.").Paragraph("Điều 2. Hiệu lực thi hành./."), ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]);
        Assert.Empty(Findings(draft));
    }

    [Fact]
    public void A_letter_without_an_authority_line_is_not_judged_for_TM()
    {
        Assert.Empty(Findings(Letter("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")));
        Assert.Empty(Findings(Letter("CHỦ TỊCH")));
    }

    [Theory]
    [InlineData("KT. CHỦ TỊCH")]
    [InlineData("TL. CHỦ TỊCH")]
    [InlineData("TUQ. CHỦ TỊCH")]
    [InlineData("TM. ỦY BAN NHÂN DÂN")]
    public void An_authority_with_no_title_under_it_before_the_name_is_an_error(string authority)
    {
        var f = Assert.Single(Findings(Letter(authority)));
        Assert.Equal(("VB-STR-012", Severity.Error, authority), (f.Rule, f.Severity, f.Excerpt));
        Assert.StartsWith($"Sau dòng \"{authority}\" thiếu chức vụ", f.Message);
    }

    [Theory]
    [InlineData("PHÓ TRƯỞNG PHÒNG", "KT. TRƯỞNG PHÒNG")]
    [InlineData("PHÓ GIÁM ĐỐC", "KT. GIÁM ĐỐC")]
    public void A_deputy_signing_in_his_own_name_lacks_the_KT_line(string deputy, string above)
    {
        var f = Assert.Single(Findings(Letter(deputy)));
        Assert.Equal(("VB-STR-013", Severity.Warning, deputy), (f.Rule, f.Severity, f.Excerpt));
        Assert.Contains($"\"{above}\"", f.Message);
        Assert.Empty(Findings(Letter(above, deputy)));
        Assert.Empty(Findings(Letter("GIÁM ĐỐC")));
    }

    [Fact]
    public void Nested_authorities_each_have_their_title()
    {
        Assert.Empty(Findings(Letter("TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG")));
        Assert.Empty(Findings(Letter("Q. GIÁM ĐỐC")));
        var f = Assert.Single(Findings(Letter("TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG")));
        Assert.Equal(("VB-STR-012", "KT. CHÁNH VĂN PHÒNG"), (f.Rule, f.Excerpt));
    }

    [Fact]
    public void A_deputy_signing_for_a_collective_writes_KT_before_the_heads_title()
    {
        var f = Assert.Single(Findings(Letter("TM. BAN CHỈ ĐẠO", "PHÓ TRƯỞNG BAN")));
        Assert.Equal(("VB-STR-012", Severity.Warning, "PHÓ TRƯỞNG BAN"), (f.Rule, f.Severity, f.Excerpt));
        Assert.Contains("\"KT. TRƯỞNG BAN\"", f.Message);
        Assert.Empty(Findings(Letter("TM. BAN CHỈ ĐẠO", "KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN")));
    }

    [Theory]
    [InlineData("K.T CHỦ TỊCH", "K.T", "KT.")]
    [InlineData("T/M ỦY BAN NHÂN DÂN", "T/M", "TM.")]
    [InlineData("Kt. CHỦ TỊCH", "Kt.", "KT.")]
    [InlineData("TL: CHỦ TỊCH", "TL:", "TL.")]
    public void A_misspelt_abbreviation_is_found_in_a_signature_table_and_fixed(string line, string written, string right)
    {
        var rest = line.StartsWith("T/M", StringComparison.Ordinal) ? new[] { "CHỦ TỊCH" } : line.StartsWith("TL", StringComparison.Ordinal) ? ["CHÁNH VĂN PHÒNG"] : ["PHÓ CHỦ TỊCH"];
        var draft = Letter([line, .. rest]);
        var f = Assert.Single(Findings(draft));
        Assert.Equal(("VB-STR-010", line), (f.Rule, f.Excerpt));
        Assert.Contains($"\"{written}\" (", f.Message);
        Assert.EndsWith($") phải viết đúng là \"{right}\".", f.Message);
        var p = draft.Paragraphs[f.Paragraph!.Value];
        Assert.Equal(right + line[written.Length..], p.Text.Remove(f.Fix!.Start, f.Fix.Length).Insert(f.Fix.Start, f.Fix.Replacement));
    }

    [Fact]
    public void A_missing_dot_keeps_its_own_message()
    {
        var f = Assert.Single(Findings(Letter("KT CHỦ TỊCH", "PHÓ CHỦ TỊCH")));
        Assert.Contains("\"KT\" phải có dấu chấm", f.Message);
        Assert.Equal("VB-STR-010", Assert.Single(Findings(Letter("TM UỶ BAN NHÂN DÂN", "CHỦ TỊCH"))).Rule);
    }

    /// <summary>A decision whose authority line is <paramref name="authority"/>, signed <paramref name="signature"/> in the right column.</summary>
    [Fact]
    public void The_signer_s_name_is_capitalised_in_every_word()
    {
        var f = Assert.Single(Findings(LetterSignedBy("Nguyễn văn An", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")));
        Assert.Equal(("VB-STR-010", "Nguyễn văn An", "Nguyễn Văn An"), (f.Rule, f.Excerpt, f.Suggestion));
        Assert.Empty(Findings(LetterSignedBy("Nguyễn Văn An", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")));
        Assert.Empty(Findings(LetterSignedBy("Phó Chủ tịch", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"))); // no name: a title
    }

    [Fact]
    public void A_collective_is_named_in_full_after_TM()
    {
        var f = Assert.Single(Findings(Decision("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "TM. UBND TỈNH", "CHỦ TỊCH")));
        Assert.Equal(("VB-STR-010", "TM. UBND TỈNH"), (f.Rule, f.Excerpt));
        Assert.Contains("\"UBND\"", f.Message);
    }

    static DraftDocument Decision(string authority, params string[] signature) =>
        Signed(DocxBuilder.Create()
            .Table(["ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], ["Số: 12/QĐ-UBND", "Lâm Đồng, ngày 05 tháng 12 năm 2025"])
            .Paragraph("QUYẾT ĐỊNH").Paragraph("Phê duyệt danh sách địa bàn trọng điểm").Paragraph(authority)
            .Paragraph("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;").Paragraph("QUYẾT ĐỊNH:")
            .Paragraph("Điều 1. Phê duyệt danh sách.").Paragraph("Điều 2. Chánh Văn phòng và các đơn vị thi hành Quyết định này./."), signature);

    /// <summary>A công văn with no authority line, signed <paramref name="signature"/>.</summary>
    static DraftDocument Letter(params string[] signature) => LetterSignedBy("Nguyễn Văn A", signature);

    static DraftDocument LetterSignedBy(string name, params string[] signature) =>
        Signed(DocxBuilder.Create()
            .Table(["ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], ["Số: 12/UBND-NC", "Lâm Đồng, ngày 05 tháng 12 năm 2025"])
            .Paragraph("V/v triển khai thực hiện").Paragraph("Kính gửi: Sở Nội vụ.").Paragraph("Đề nghị Sở Nội vụ triển khai thực hiện./."), signature, name);

    /// <summary>Nơi nhận in the left column, the signature lines then the name in the right one, row by row.</summary>
    static DraftDocument Signed(DocxBuilder b, string[] signature, string name = "Nguyễn Văn A")
    {
        string[] left = ["Nơi nhận:", "- Như trên;", "- Lưu: VT."];
        string[] right = [.. signature, name];
        var rows = Enumerable.Range(0, Math.Max(left.Length, right.Length))
            .Select(i => new[] { i < left.Length ? left[i] : "", i < right.Length ? right[i] : "" }).ToArray();
        return b.Table(rows).Read().Document;
    }

    static IReadOnlyList<Finding> Findings(DraftDocument document) =>
        Checker.Check(document).Findings.Where(f => f.Rule is "VB-STR-010" or "VB-STR-011" or "VB-STR-012" or "VB-STR-013").ToList();
}
