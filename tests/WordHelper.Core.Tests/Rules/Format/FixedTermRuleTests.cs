using WordHelper.Core.Documents;

namespace WordHelper.Core.Tests.Rules.Format;

/// <summary>VB-FMT-016: terms of fixed punctuation or capitals, found whatever separates their words and repaired as written in the pack.</summary>
public class FixedTermRuleTests
{
    static DraftDocument Draft(params string[] body) => DraftDocument.FromLines(["KẾ HOẠCH", "Tổ chức hội nghị", .. body]);

    [Theory]
    [InlineData("4. VỀ PHÁT TRIỂN KINH TẾ XÃ HỘI", "4. VỀ PHÁT TRIỂN KINH TẾ - XÃ HỘI")]
    [InlineData("Phát triển kinh tế- xã hội của tỉnh.", "Phát triển kinh tế - xã hội của tỉnh.")]
    [InlineData("Các tổ chức chính trị xã hội tham gia.", "Các tổ chức chính trị - xã hội tham gia.")]
    [InlineData("Công tác phổ biến giáo dục, pháp luật.", "Công tác phổ biến, giáo dục pháp luật.")]
    [InlineData("Gửi các sở ban, ngành tổng hợp.", "Gửi các sở, ban, ngành tổng hợp.")]
    [InlineData("UBND các xã phường, đặc khu thực hiện.", "UBND các xã, phường, đặc khu thực hiện.")]
    [InlineData("Kích hoạt tài khoản Vneid.", "Kích hoạt tài khoản VNeID.")]
    [InlineData("Giao Sở Khoa học Công nghệ chủ trì.", "Giao Sở Khoa học và Công nghệ chủ trì.")]
    [InlineData("Giao Sở Văn hóa – Thể thao và Du lịch phối hợp.", "Giao Sở Văn hóa, Thể thao và Du lịch phối hợp.")]
    [InlineData("Đăng trên kênh You tube của tỉnh.", "Đăng trên kênh YouTube của tỉnh.")]
    [InlineData("Các Sở: Y tế; Lao động Thương binh và Xã hội thực hiện.", "Các Sở: Y tế; Lao động - Thương binh và Xã hội thực hiện.")]
    [InlineData("Đề nghị các Sở, Ban, Ngành phối hợp.", "Đề nghị các Sở, ban, ngành phối hợp.")] // common nouns: no capital past the first word
    [InlineData("Tập huấn cho cán bộ, Công chức, viên chức.", "Tập huấn cho cán bộ, công chức, viên chức.")]
    [InlineData("Đồng chí Phó chủ tịch UBND xã chủ trì.", "Đồng chí Phó Chủ tịch UBND xã chủ trì.")] // a deputy keeps the title's capital
    public void A_term_written_otherwise_is_found_and_repaired(string line, string repaired)
    {
        var document = Draft(line);
        var finding = Assert.Single(RuleRun.Findings("VB-FMT-016", document));
        Assert.Equal(repaired, RuleRun.Fixed(document, finding));
    }

    [Theory]
    [InlineData("Phát triển kinh tế - xã hội; tình hình kinh tế, xã hội ổn định; các sở, ban ngành.")] // an enumeration is not the compound; a usage also right
    [InlineData("KINH TẾ - XÃ HỘI; ứng dụng VNeID trên YouTube.")]
    [InlineData("Đề nghị các Sở, ban, ngành và CÁC SỞ, BAN, NGÀNH phối hợp.")] // the first word's capital is usage
    [InlineData("Bầu chủ tịch, phó chủ tịch; Phó Chủ tịch UBND xã; PHÓ CHỦ TỊCH.")] // the title in general, right, in capitals
    [InlineData("II. ỨNG DỤNG ZALO VÀ VNEID; phát triển kinh tế – xã hội.")] // a heading in capitals; Word's en dash
    [InlineData("Theo dõi tại https://www.facebook.com/ubndlamdong và zalo.me/ubnd.")] // addresses
    [InlineData("Theo Báo cáo: “phổ biến giáo dục, pháp luật còn hạn chế”.")] // another document's words
    public void Right_terms_enumerations_and_quotations_are_left_alone(string line) =>
        Assert.Empty(RuleRun.Findings("VB-FMT-016", Draft(line)));

    [Fact]
    public void One_finding_names_every_place_of_the_same_writing()
    {
        var finding = Assert.Single(RuleRun.Findings("VB-FMT-016", Draft("Phát triển kinh tế xã hội.", "Tình hình kinh tế xã hội năm 2025.")));
        Assert.Contains("gặp ở các đoạn", finding.Message);
    }
}
