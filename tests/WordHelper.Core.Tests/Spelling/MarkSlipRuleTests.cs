using WordHelper.Core.Documents;
using WordHelper.Core.Rules;
using WordHelper.Core.Tests.Rules;

namespace WordHelper.Core.Tests.Spelling;

/// <summary>VB-CON-017: two syllables never written together, one mark away from a common compound, offered as information with the fix.</summary>
public class MarkSlipRuleTests
{
    static DraftDocument Draft(string line) => DraftDocument.FromLines(["KẾ HOẠCH", "Tổ chức hội nghị", line]);

    [Theory]
    [InlineData("Đẩy mạnh công tác tuyên truyên về cải cách hành chính.", "tuyên truyên", "Đẩy mạnh công tác tuyên truyền về cải cách hành chính.")]
    [InlineData("Người bị tam giam tại trại.", "tam giam", "Người bị tạm giam tại trại.")]
    [InlineData("Tăng cường phố biến pháp luật.", "phố biến", "Tăng cường phổ biến pháp luật.")]
    [InlineData("Thực hiện theo quy đinh của pháp luật.", "quy đinh", "Thực hiện theo quy định của pháp luật.")] // a slip the summaries make now and then
    [InlineData("Đáp ứng như cầu sử dụng dữ liệu.", "như cầu", "Đáp ứng nhu cầu sử dụng dữ liệu.")] // a common word of the pack
    [InlineData("Tỷ lệ tải sử dụng dữ liệu đạt 60%.", "tải sử", "Tỷ lệ tái sử dụng dữ liệu đạt 60%.")] // a word of three syllables
    [InlineData("Phân công Thường tực phụ trách.", "Thường tực", "Phân công Thường trực phụ trách.")] // a letter left out
    [InlineData("Năng lực chuyên muôn còn yếu.", "chuyên muôn", "Năng lực chuyên môn còn yếu.")] // a letter put in
    [InlineData("Kiểm soát sản lượng khoán sản đã khai thác.", "khoán sản", "Kiểm soát sản lượng khoáng sản đã khai thác.")] // a letter left out of a frequent compound
    [InlineData("Các văn bản sử đổi, bổ sung quy định.", "sử đổi", "Các văn bản sửa đổi, bổ sung quy định.")] // even when what is written is a word
    [InlineData("Các cơ quan chuyên muôn thuộc UBND tỉnh.", "chuyên muôn", "Các cơ quan chuyên môn thuộc UBND tỉnh.")] // "quan chuyên" is written, "chuyên môn" far more
    [InlineData("Thực hiện nghiêm mốt số nội dung sau.", "mốt số", "Thực hiện nghiêm một số nội dung sau.")]
    [InlineData("Bảo quản vật liệu nổ công ghiệp tại kho.", "công ghiệp", "Bảo quản vật liệu nổ công nghiệp tại kho.")] // "nổ công" is written, "ghiệp" never
    [InlineData("Giới thiệu úng cử đại biểu Quốc hội.", "úng cử", "Giới thiệu ứng cử đại biểu Quốc hội.")]
    [InlineData("Theo chỉ đạo của Thủ tướng Chinh phủ về việc này.", "Chinh phủ", "Theo chỉ đạo của Thủ tướng Chính phủ về việc này.")] // a body's name, capital and all
    public void A_slip_is_offered_with_its_fix(string line, string written, string repaired)
    {
        var document = Draft(line);
        var finding = Assert.Single(RuleRun.Findings("VB-CON-017", document));
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal(written, finding.Excerpt);
        Assert.Equal(repaired, RuleRun.Fixed(document, finding));
    }

    [Theory]
    [InlineData("Đẩy mạnh tuyên truyền; bị tạm giam; phổ biến pháp luật.")]
    [InlineData("Ở một số nơi, văn bản đó chưa được gửi.")] // each syllable goes with its other neighbour
    [InlineData("Họp tại huyện Văn Bàn.")] // a name
    [InlineData("Lập dự trù kinh phí cho Đại hội bất thường.")] // words the rule pack knows
    [InlineData("Theo Kết luận: “công tác tuyên truyên còn hạn chế”.")] // another document's words
    [InlineData("Việc bố trễ hạn cần được nhắc nhở.")] // a word in its own right is not a letter slip
    [InlineData("Hạng mục thi công vẫn còn chậm.")] // "thi công" then "vẫn"
    [InlineData("Ông Nguyễn Nhân được phân công.")] // a name
    [InlineData("Quyết định thành lập, kiện toàn hội đồng.")] // "kiện toàn" is one letter from nothing common
    [InlineData("Thực hiện việc san lấp mặt bằng.")] // a letter changed for another makes other words: not taken
    [InlineData("Từng bước khắc phục dần sự chồng chéo.")] // "dần" is a word of the pack's phrases, so it may go with "phục"
    [InlineData("Đại biểu biểu quyết tán thành nội dung.")] // "biểu quyết" is the pack's phrase, however rare "quyết tán"
    public void Right_words_names_and_quotations_are_left_alone(string line) =>
        Assert.Empty(RuleRun.Findings("VB-CON-017", Draft(line)));

    [Fact]
    public void A_campaign_quoted_by_name_is_the_drafters_typing_and_is_read()
    {
        var named = Draft("Gắn với cuộc vận động “Toàn dân đoàn kết xây dụng nông thôn mới, đô thị văn minh”.");
        Assert.Equal("xây dụng", Assert.Single(RuleRun.Findings("VB-CON-017", named)).Excerpt);
        // The same words quoted after a colon, or at length, are another text's.
        Assert.Empty(RuleRun.Findings("VB-CON-017", Draft("Kết luận nêu: “Toàn dân đoàn kết xây dụng nông thôn mới”.")));
        Assert.Empty(RuleRun.Findings("VB-CON-017", Draft("Gắn với cuộc vận động “Toàn dân đoàn kết xây dụng nông thôn mới, đô thị văn minh, "
            + "gắn với phát triển kinh tế - xã hội của địa phương trong giai đoạn mới”.")));
    }

    [Fact]
    public void A_slip_of_a_pair_the_draft_writes_often_is_left_to_the_draft_usage_check()
    {
        var document = DraftDocument.FromLines(["KẾ HOẠCH", "Tổ chức hội nghị",
            "Thực hiện tiền chất.", "Quản lý tiền chất.", "Kiểm soát tiền chất.", "Mua bán tiên chất trái phép."]);
        Assert.Empty(RuleRun.Findings("VB-CON-017", document));
        Assert.Single(RuleRun.Findings("VB-CON-014", document));
    }
}
