using WordHelper.Core.Rules;

namespace WordHelper.Core.Tests.Citations;

/// <summary>VB-CIT-003 (a date that does not exist) and VB-CIT-004 (a cited document dated after the draft).</summary>
public class CitationDateRuleTests
{
    [Theory]
    [InlineData("ngày 31/02/2023", "31/02/2023")]
    [InlineData("ngày 29/02/2023", "29/02/2023")]
    [InlineData("ngày 15/13/2023", "15/13/2023")]
    [InlineData("ngày 00/3/2023", "00/3/2023")]
    [InlineData("ngày 31 tháng 4 năm 2023", "31 tháng 4 năm 2023")]
    [InlineData("ngày 05/3/1023", "05/3/1023")]
    public void A_date_that_does_not_exist_is_an_error(string date, string dateText)
    {
        var f = Assert.Single(CitationCheck.Run($"Thực hiện Công văn số 593/LĐTBXH-BTXH {date} của Bộ.").Of("VB-CIT-003"));

        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal($"Công văn số 593/LĐTBXH-BTXH {date}", f.Excerpt);
        Assert.Contains(dateText, f.Message);
    }

    [Theory]
    [InlineData("ngày 29/02/2024")]
    [InlineData("ngày 31/12/2023")]
    [InlineData("ngày 01 tháng 01 năm 2020")]
    public void Real_dates_pass(string date)
    {
        Assert.Empty(CitationCheck.Run($"Thực hiện Công văn số 593/LĐTBXH-BTXH {date} của Bộ.").Of("VB-CIT-003"));
    }

    // The opening lines of the corpus draft p-v02 (tests/assets/corpus), reduced to its date line and its căn cứ.
    const string DraftDateLine = "Lạng Sơn, ngày 10 tháng 3 năm 2023";
    const string PvCitations = "Thực hiện Công văn số 593/LĐTBXH-BTXH ngày 24/12/2023 của Bộ Lao động - Thương binh và Xã hội, về việc tổ chức hoạt động kỷ niệm “Ngày Công tác xã hội Việt Nam” lần thứ 7 năm 2023; Công văn số 814/VP-KGVX ngày 01/3/2023 của Văn phòng UBND tỉnh về việc tổ chức hoạt động kỷ niệm “Ngày Công tác xã hội Việt Nam” lần thứ 7 năm 2023.";

    [Fact]
    public void A_document_dated_after_the_draft_is_an_error()
    {
        var f = Assert.Single(CitationCheck.Run(DraftDateLine, PvCitations).Of("VB-CIT-004"));

        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal("Công văn số 593/LĐTBXH-BTXH ngày 24/12/2023", f.Excerpt);
        Assert.Contains("(10/3/2023)", f.Message);
    }

    [Fact]
    public void A_draft_with_a_blank_day_is_after_every_earlier_month_only()
    {
        const string draft = "Lạng Sơn, ngày    tháng 3 năm 2023";
        Assert.Empty(CitationCheck.Run(draft, "Thực hiện Công văn số 593/LĐTBXH-BTXH ngày 24/3/2023.").Of("VB-CIT-004"));
        var f = Assert.Single(CitationCheck.Run(draft, "Thực hiện Công văn số 593/LĐTBXH-BTXH ngày 02/4/2023.").Of("VB-CIT-004"));
        Assert.Contains("(tháng 3 năm 2023)", f.Message);
    }

    [Fact]
    public void Without_a_date_of_its_own_the_draft_is_judged_as_of_today()
    {
        const string line = "Thực hiện Công văn số 593/LĐTBXH-BTXH ngày 24/12/2023.";
        Assert.Single(CitationCheck.Run(new DateOnly(2023, 5, 2), null, line).Of("VB-CIT-004"));
        Assert.Empty(CitationCheck.Run(new DateOnly(2024, 1, 2), null, line).Of("VB-CIT-004"));
    }

    [Fact]
    public void The_drafts_own_number_line_is_not_judged()
    {
        var findings = CitationCheck.Run("UBND TỈNH LẠNG SƠN", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Số: 45/KH-SLĐTBXH", DraftDateLine, "KẾ HOẠCH");

        Assert.DoesNotContain(findings, f => f.Paragraph == 2);
    }
}
