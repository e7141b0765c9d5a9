using WordHelper.Core.RulePack;
using WordHelper.Core.Rules.Spelling;
using WordHelper.Core.Text;

namespace WordHelper.Core.Tests.Spelling;

/// <summary>The syllable facts of the rule pack hold together, and a syllable is read into its parts.</summary>
public class SyllableFactsTests
{
    static readonly SyllableFacts Facts = RulePackData.Default.Syllables;

    [Fact]
    public void Every_group_names_known_codas_and_tone_places_inside_it()
    {
        foreach (var g in Facts.Groups)
        {
            Assert.All(g.Codas, c => Assert.True(c == "" || Facts.Codas.Contains(c), $"{g.Vowels}: coda {c}"));
            Assert.All(g.Tone.Concat(g.OpenTone ?? []), t => Assert.InRange(t, 0, g.Vowels.Length - 1));
        }
        Assert.All(Facts.OnsetRepairs, r => Assert.All(r, o => Assert.Contains(o, Facts.Onsets)));
        Assert.All(Facts.MedialGroups.Concat(Facts.InitialOnly), v => Assert.Contains(Facts.Groups, g => g.Vowels == v));
    }

    [Theory]
    [InlineData("người", "ng", "ươi", "", Tone.Grave)]
    [InlineData("quyết", "qu", "yê", "t", Tone.Acute)]
    [InlineData("nghiệp", "ngh", "iê", "p", Tone.Dot)]
    [InlineData("Hoà", "h", "oa", "", Tone.Grave)]
    public void A_syllable_is_read_into_onset_vowels_coda_and_tone(string word, string onset, string vowels, string coda, Tone tone)
    {
        var rules = SyllableRules.For(Facts);
        var (s, fault) = rules.Best(Syllable.Read(word.Select(VietnameseLetters.Split).ToList()))!.Value;
        Assert.Equal((onset, vowels, coda, tone, SyllableFault.None), (s.Onset, s.Vowels, s.Coda, s.Tone, fault));
    }

    [Fact]
    public void Letters_are_taken_apart_and_put_together_without_losing_đ()
    {
        Assert.Equal(new ToneLetter('đ', Tone.Level, true), VietnameseLetters.Split('Đ'));
        Assert.Equal(new ToneLetter('ư', Tone.Grave, false), VietnameseLetters.Split('ừ'));
        Assert.Equal('Ự', VietnameseLetters.Compose('ư', Tone.Dot, true));
        Assert.False(VietnameseLetters.Split('ü').IsLetter);
        Assert.False(VietnameseLetters.Split('f').IsLetter);
    }
}
