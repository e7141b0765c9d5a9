using WordHelper.Core.Text;

namespace WordHelper.Core.Tests.Text;

/// <summary>What people type or paste is made safe to store and to write into a document, and nothing else changes.</summary>
public class InputTextTests
{
    [Theory]
    [InlineData("Kế hoạch\u0000 số\u0007 12", "Kế hoạch số 12")]
    [InlineData("Điều\u007F khoản\u0080\u009F", "Điều khoản")]
    [InlineData("mở\uFFFE\uFFFF", "mở")]
    [InlineData("cặp 😀 giữ nguyên", "cặp 😀 giữ nguyên")]
    [InlineData("To\u0302\u0309 chu\u031B\u0301c", "Tổ chức")]
    [InlineData("Đắk Lắk, đ và Đ", "Đắk Lắk, đ và Đ")]
    public void Characters_a_document_cannot_hold_are_removed_and_the_rest_is_NFC(string input, string expected) =>
        Assert.Equal(expected, InputText.Clean(input));

    [Theory]
    [InlineData("Dòng một\r\nDòng hai", "Dòng một\nDòng hai")]
    [InlineData("Dòng một\rDòng hai", "Dòng một\nDòng hai")]
    [InlineData("Dòng một\vDòng hai\fDòng ba", "Dòng một\nDòng hai\nDòng ba")]
    [InlineData("Dòng một\u2028Dòng hai\u0085Dòng ba", "Dòng một\nDòng hai\nDòng ba")]
    [InlineData("Cột\tcột", "Cột\tcột")]
    public void Line_breaks_of_every_kind_become_line_feeds_in_text_of_many_lines(string input, string expected) =>
        Assert.Equal(expected, InputText.Clean(input, multiline: true));

    [Theory]
    [InlineData("Tổ chức\r\nthực hiện", "Tổ chức thực hiện")]
    [InlineData("Kinh phí\tthực hiện\v", "Kinh phí thực hiện ")]
    public void In_a_field_of_one_line_they_become_spaces(string input, string expected) =>
        Assert.Equal(expected, InputText.Clean(input));

    [Fact]
    public void Lone_surrogates_are_removed_and_pairs_kept()
    {
        var text = "lẻ" + (char)0xD800 + " loi " + (char)0xDC00 + "😀";
        Assert.Equal("lẻ loi 😀", InputText.Clean(text));
    }

    [Fact]
    public void Nothing_becomes_empty() => Assert.Equal("", InputText.Clean(null));
}
