using WordHelper.Core.Text;

namespace WordHelper.Core.Tests.Text;

public class FoldedTextTests
{
    [Fact]
    public void The_key_is_the_folded_text_padded_with_a_space_at_each_end()
    {
        var folded = new FoldedText("Đề nghị Sở Y tế, chủ trì!");
        Assert.Equal(" de nghi so y te chu tri ", folded.Key);
        Assert.Equal(" " + VietnameseText.Key(folded.Original) + " ", folded.Key);
    }

    [Fact]
    public void A_match_in_the_key_is_shown_as_written()
    {
        var folded = new FoldedText("Giao Sở Giáo dục và Đào tạo chủ trì.");
        var at = Assert.Single(folded.FindAll("so giao duc va dao tao"));
        Assert.Equal("Sở Giáo dục và Đào tạo", folded.OriginalText(at, "so giao duc va dao tao".Length));
    }

    [Fact]
    public void Combining_marks_stay_with_their_letters_in_the_original_span()
    {
        var folded = new FoldedText("Ba\u0300n giao ta\u0300i liê\u0323u"); // "Bàn giao tài liệu", decomposed
        var at = Assert.Single(folded.FindAll("lieu"));
        Assert.Equal("liê\u0323u", folded.OriginalText(at, 4));
        Assert.Equal("Ba\u0300n", folded.OriginalText(1, 3));

        var city = new FoldedText("Ha\u0300 No\u0323\u0302i"); // "Hà Nội": the mark after the last letter is kept
        Assert.Equal("Ha\u0300", city.OriginalText(Assert.Single(city.FindAll("ha")), 2));
    }

    [Fact]
    public void Only_whole_words_are_found()
    {
        var folded = new FoldedText("Thành phố Đà Lạt, phường Lâm Viên");
        Assert.Empty(folded.FindAll("pho d"));
        Assert.Single(folded.FindAll("da lat"));
        Assert.Empty(folded.FindAll("lam vie"));
    }

    [Fact]
    public void Letters_that_fold_into_several_are_mapped_back_too()
    {
        // A Hangul syllable folds into its letters: the folded text is longer than the original.
        var folded = new FoldedText("한국한국한국 và Sở Y tế");
        Assert.True(folded.Key.Length > folded.Original.Length);
        var at = Assert.Single(folded.FindAll("so y te"));
        Assert.Equal("Sở Y tế", folded.OriginalText(at, "so y te".Length));
    }
}
