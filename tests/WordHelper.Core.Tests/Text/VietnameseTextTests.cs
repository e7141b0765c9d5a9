using WordHelper.Core.Text;

namespace WordHelper.Core.Tests.Text;

public class VietnameseTextTests
{
    [Fact]
    public void Decomposed_text_becomes_precomposed()
    {
        var decomposed = "To\u0302\u0309 chu\u031B\u0301c"; // "Tổ chức" typed with combining marks
        Assert.Equal("Tổ chức", VietnameseText.Normalize(decomposed));
    }

    [Fact]
    public void Odd_spaces_become_plain_and_invisible_characters_go()
    {
        Assert.Equal("Số 12/KH-UBND", VietnameseText.Normalize("Số\u00A012/KH\u200B-UBND"));
        Assert.Equal("Điều 3", VietnameseText.Normalize("Điều\u202F3\uFEFF"));
    }

    [Theory]
    [InlineData("Tổ chức thực hiện", "to chuc thuc hien")]
    [InlineData("ĐÀO TẠO", "dao tao")]
    [InlineData("Sở GD&ĐT", "so gd&dt")]
    [InlineData("Hội nghị 😀 𝐀", "hoi nghi 😀 𝐀")] // characters beyond the basic plane pass unchanged
    public void Fold_drops_case_and_diacritics_and_reads_d_for_the_crossed_d(string text, string folded) =>
        Assert.Equal(folded, VietnameseText.Fold(text));

    [Theory]
    [InlineData("Sở GD&ĐT", "so gd dt")]
    [InlineData("  Ủy ban nhân dân, tỉnh.  ", "uy ban nhan dan tinh")]
    [InlineData("Kinh phí: 15.000.000 đồng", "kinh phi 15 000 000 dong")]
    public void Key_collapses_punctuation_and_white_space_to_single_spaces(string text, string key) =>
        Assert.Equal(key, VietnameseText.Key(text));

    [Fact]
    public void Upper_case_keeps_the_crossed_d() => Assert.Equal("ĐỒNG ĐẲNG", VietnameseText.Upper("đồng đẳng"));
}
