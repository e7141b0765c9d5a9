using System.Globalization;
using Humanizer;
using WordHelper.Core.Text;

namespace WordHelper.Core.Tests.Text;

/// <summary>Whole numbers read back from Vietnamese words, whatever spelling of a digit the drafter chose.</summary>
public class NumberWordsTests
{
    [Theory]
    [InlineData("Năm mươi lăm triệu đồng", 55_000_000)]
    [InlineData("Bằng chữ: Mười lăm triệu đồng chẵn", 15_000_000)]
    [InlineData("một trăm linh năm", 105)]
    [InlineData("hai mươi mốt nghìn", 21_000)]
    [InlineData("một nghìn không trăm năm mươi", 1_050)]
    [InlineData("một tỷ hai trăm triệu", 1_200_000_000)]
    [InlineData("hai nghìn tỷ", 2_000_000_000_000)]
    [InlineData("ba chục ngàn", 30_000)]
    [InlineData("bốn mươi tư triệu bảy trăm lẻ một nghìn", 44_701_000)]
    public void Written_amounts_are_read(string words, long value) => Assert.Equal(value, NumberWords.Parse(words));

    [Theory]
    [InlineData("dự kiến")]
    [InlineData("triệu đồng")]
    [InlineData("năm mươi học sinh")]
    public void Words_that_are_not_all_a_number_are_not_read(string words) => Assert.Null(NumberWords.Parse(words));

    [Fact]
    public void What_Humanizer_writes_is_read_back()
    {
        var vi = CultureInfo.GetCultureInfo("vi");
        var random = new Random(20260);
        for (var i = 0; i < 2000; i++)
        {
            long n = random.Next(0, 4) switch { 0 => random.Next(1, 1000), 1 => random.Next(1, 1_000_000), 2 => random.Next(1, int.MaxValue), _ => random.NextInt64(1, 999_999_999_999) };
            Assert.Equal(n, NumberWords.Parse(n.ToWords(vi)));
        }
    }
}
