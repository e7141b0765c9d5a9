using WordHelper.Core.Documents;
using WordHelper.Core.RulePack;
using WordHelper.Core.Rules;
using WordHelper.Core.Rules.Spelling;
using WordHelper.Core.Tests.Rules;
using WordHelper.Testing;

namespace WordHelper.Core.Tests.Spelling;

/// <summary>The syllable-structure spelling rule on small drafts: the slips of real drafts are found and repaired, correct Vietnamese is left alone.</summary>
public class SyllableSlipRuleTests
{
    static readonly Checker Checker = new(clock: new FixedClock(new DateOnly(2026, 11, 22)));
    static readonly SlipFinder Finder = new(SyllableRules.For(RulePackData.Default.Syllables));

    static IReadOnlyList<Finding> Findings(params string[] body) =>
        Checker.Check(DraftDocument.FromLines(["KẾ HOẠCH", "Tổ chức hội nghị", .. body])).Findings
            .Where(f => f.Rule is "VB-CON-010" or "VB-CON-011" or "VB-CON-012" or "VB-CON-013").ToList();

    [Theory]
    [InlineData("duyêt", "VB-CON-010")]
    [InlineData("luât", "VB-CON-010")]
    [InlineData("tăngcường", "VB-CON-011")]
    [InlineData("củatổ", "VB-CON-011")]
    [InlineData("ĐứcMạnh", "VB-CON-011")]
    [InlineData("dụngVLNCN", "VB-CON-011")]
    [InlineData("THIỆUNGƯỜI", "VB-CON-011")]
    [InlineData("NÊUĐỐI", "VB-CON-011")]
    [InlineData("koáng", "VB-CON-012")]
    [InlineData("Thưòng", "VB-CON-012")]
    [InlineData("nguời", "VB-CON-012")]
    [InlineData("đuợc", "VB-CON-012")]
    [InlineData("Qũy", "VB-CON-012")]
    [InlineData("HÌnh", "VB-CON-012")]
    [InlineData("THông", "VB-CON-012")]
    [InlineData("4năm", "VB-CON-013")]
    [InlineData("2031của", "VB-CON-013")]
    public void A_slip_is_told_by_its_kind(string word, string rule)
    {
        var slip = Finder.Find(word);
        Assert.NotNull(slip);
        var kind = rule switch { "VB-CON-010" => SlipKind.StopTone, "VB-CON-011" => SlipKind.RunTogether, "VB-CON-013" => SlipKind.NumberWord, _ => SlipKind.Malformed };
        Assert.Equal(kind, slip.Kind);
    }

    [Theory]
    [InlineData("tăngcường", "tăng cường")]
    [InlineData("củatổ", "của tổ")]
    [InlineData("ĐứcMạnh", "Đức Mạnh")]
    [InlineData("dụngVLNCN", "dụng VLNCN")]
    [InlineData("THIỆUNGƯỜI", "THIỆU NGƯỜI")]
    [InlineData("NÊUĐỐI", "NÊU ĐỐI")]
    [InlineData("phápluật", "pháp luật")]
    [InlineData("ratình", "ra tình")]
    [InlineData("koáng", "khoáng")]
    [InlineData("Thưòng", "Thường")]
    [InlineData("nguời", "người")]
    [InlineData("đuợc", "được")]
    [InlineData("Qũy", "Quỹ")]
    [InlineData("gìa", "già")]
    [InlineData("HÌnh", "Hình")]
    [InlineData("THông", "Thông")]
    [InlineData("4năm", "4 năm")]
    [InlineData("2031của", "2031 của")]
    public void The_repair_is_given_when_it_is_the_only_one(string word, string repaired) =>
        Assert.Equal([repaired], Finder.Find(word)!.Suggestions);

    [Theory]
    [InlineData("hoà")]
    [InlineData("hòa")]
    [InlineData("thuỷ")]
    [InlineData("thủy")]
    [InlineData("Uỷ")]
    [InlineData("Ủy")]
    [InlineData("khoẻ")]
    [InlineData("quyết")]
    [InlineData("giếng")]
    [InlineData("gìn")]
    [InlineData("nghiêng")]
    [InlineData("kỷ")]
    [InlineData("kĩ")]
    [InlineData("khuỷu")]
    [InlineData("người")]
    [InlineData("rượu")]
    [InlineData("ngoài")]
    [InlineData("Quỳnh")]
    [InlineData("huých")]
    [InlineData("Mường")]
    [InlineData("Khương")]
    [InlineData("Sín")]
    [InlineData("Chéng")]
    [InlineData("Pồ")]
    [InlineData("Nậm")]
    [InlineData("Tý")]
    [InlineData("Đắk")]
    [InlineData("Krông")]
    [InlineData("Păh")]
    [InlineData("ĐHQG")]
    [InlineData("HĐND")]
    [InlineData("QĐ")]
    [InlineData("2026")]
    [InlineData("UBND")]
    [InlineData("café")]
    [InlineData("Müller")]
    [InlineData("ôtô")]
    [InlineData("CHỦ")]
    [InlineData("TTg")]
    [InlineData("ĐHKTĐà")]
    [InlineData("Kơ")]
    [InlineData("Kà")]
    [InlineData("quặng")]
    [InlineData("xoong")]
    [InlineData("moóc")]
    [InlineData("khuếch")]
    [InlineData("hoặc")]
    [InlineData("thuở")]
    [InlineData("Lừu")]
    [InlineData("quí")]
    [InlineData("kẻng")]
    public void Correct_words_minority_names_and_foreign_words_are_left_alone(string word) => Assert.Null(Finder.Find(word));

    [Fact]
    public void A_stop_coda_tone_is_repaired_by_the_form_the_draft_writes_elsewhere()
    {
        var f = Assert.Single(Findings("Căn cứ quy định của pháp luât.", "Các văn bản pháp luật có liên quan."));
        Assert.Equal("VB-CON-010", f.Rule);
        Assert.Equal("luật", f.Suggestion);
        Assert.Equal(new TextFix(2, 25, 4, "luật"), f.Fix);
        Assert.Contains("sắc hoặc dấu nặng", f.Message);
    }

    [Fact]
    public void Without_the_form_elsewhere_both_tones_are_offered_and_nothing_is_fixed()
    {
        var f = Assert.Single(Findings("Căn cứ quy định của pháp luât."));
        Assert.Null(f.Fix);
        Assert.Contains("“luất” hoặc “luật”", f.Message);
    }

    [Fact]
    public void Each_misspelt_word_is_reported_once_with_the_paragraphs_of_its_repeats()
    {
        var f = Assert.Single(Findings("Các cơ quan tăngcường kiểm tra.", "Các đơn vị tăngcường phối hợp."));
        Assert.Equal("VB-CON-011", f.Rule);
        Assert.Equal("tăng cường", f.Suggestion);
        Assert.Contains("3, 4", f.Message);
    }

    [Fact]
    public void A_borrowed_word_is_no_run_together_slip_but_two_words_of_the_language_are()
    {
        Assert.Empty(Findings("Bảo quản khí nitơ, axít, vécni và ôxi trong kho riêng."));
        Assert.Equal("nêu đối", Assert.Single(Findings("II. NÊUĐỐI TƯỢNG", "Các đơn vị nêu rõ đối tượng được hỗ trợ.")).Suggestion?.ToLowerInvariant());
        // Words of everyday drafting count as words even where the draft writes them nowhere else.
        Assert.Equal("NÊU ĐỐI", Assert.Single(Findings("III. NHỮNG VẤN ĐỀ CẦN NÊUĐỐI VỚI CỬ TRI")).Suggestion);
    }

    [Fact]
    public void Quoted_words_addresses_and_mail_are_not_judged()
    {
        Assert.Empty(Findings("Đề án “Phát triển tăngcường” và \"củatổ\" đã được phê duyệt.",
            "Xem tại https://sotuphap.laocai.gov.vn/tăngcường hoặc gửi thư đến vănthư@laocai.gov.vn."));
    }

    [Fact]
    public void Correct_administrative_text_is_clean()
    {
        Assert.Empty(Findings(
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
            "Ủy ban nhân dân tỉnh Lào Cai ban hành Kế hoạch thực hiện Chỉ thị số 11/CT-TTg về tăng cường quản lý khoáng sản.",
            "Phối hợp với Ủy ban MTTQ Việt Nam xã Y Tý, xã Mường Khương, xã Si Ma Cai, xã Bản Xèo, xã Nậm Chày, xã Pa Cheo.",
            "Hoà giải ở cơ sở; thuỷ lợi; khoẻ mạnh; quỹ phòng, chống thiên tai; huyện Krông Pắc, tỉnh Đắk Lắk.",
            "Kinh phí: 100.000.000 đồng (Một trăm triệu đồng); thời gian: 5 năm (2026-2031); ô tô, kiốt, ôxy."));
    }

    [Fact]
    public void A_line_break_in_place_of_a_space_inside_a_sentence_is_a_missing_space()
    {
        var f = Assert.Single(Findings("Chịu trách nhiệm trước pháp\nluật về việc này.", "Ủy ban nhân dân tỉnh\nLào Cai"));
        Assert.Equal("VB-CON-011", f.Rule);
        Assert.Equal(new TextFix(2, 23, 9, "pháp luật"), f.Fix);
        Assert.Contains("ngắt dòng", f.Message);
        Assert.Equal("2031 của", Assert.Single(Findings("Nhiệm kỳ 2026-2031\ncủa Hội đồng nhân dân.")).Suggestion);
        Assert.Equal("dụng VLNCN", Assert.Single(Findings("Kế hoạch sử dụng\nVLNCN năm 2026.")).Suggestion);
        // A break before a capital may start a new line on purpose.
        Assert.Empty(Findings("Tổng số tiền phải nộp: 1.080.105 đồng\nTổng số tiền đã nộp: 845.685 đồng"));
    }

    [Fact]
    public void Where_syllables_could_be_cut_two_ways_the_consonant_opens_the_next()
    {
        Assert.Equal(["ra tình"], Finder.Find("ratình")!.Suggestions);
        Assert.Equal(["Bản sao"], Finder.Find("Bảnsao")!.Suggestions);
    }

    [Fact]
    public void A_built_docx_is_checked_through_the_reader()
    {
        var bytes = DocxBuilder.FromLines("KẾ HOẠCH", "Tổ chức hội nghị", "Các sở chịu trách nhiệm trước phápluật về việc này.");
        var doc = DocxReader.Read(new MemoryStream(bytes));
        var f = Assert.Single(Checker.Check(doc).Findings, x => x.Rule == "VB-CON-011");
        Assert.Equal("pháp luật", f.Suggestion);
    }

    [Fact]
    public void A_plain_word_ending_in_a_bare_g_is_the_word_with_its_n_that_the_draft_writes()
    {
        var f = Assert.Single(Findings("Ghi trong hợp đồng lao động.", "Nêu trong tờ khai.", "Có trong danh sách.", "Thời gian bắt đầu (có ghi trog HĐLĐ)."));
        Assert.Equal(("VB-CON-012", "trog", "trong"), (f.Rule, f.Excerpt, f.Suggestion));
        // Without the draft writing "trong", or with a term written again and again ("log" of a system), nothing.
        Assert.Empty(Findings("Thời gian bắt đầu (có ghi trog HĐLĐ).", "Ghi trong hợp đồng."));
        Assert.Empty(Findings("Xem log của hệ thống.", "Lưu log hằng ngày.", "Gửi log cho kỹ thuật.", "Thời gian chờ lâu, quá long.", "Cáp long.", "Đường long."));
    }
}
