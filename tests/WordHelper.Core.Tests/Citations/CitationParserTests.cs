using WordHelper.Core.Citations;
using WordHelper.Core.Documents;
using WordHelper.Core.RulePack;

namespace WordHelper.Core.Tests.Citations;

/// <summary>The citation grammar on the forms drafts really use, malformed ones included, and on text that only looks like a number.</summary>
public class CitationParserTests
{
    static Citation Single(string text) => Assert.Single(CitationParser.ParseText(text));

    [Fact]
    public void A_full_first_mention_gives_every_part()
    {
        var c = Single("Quyết định số 1791/QĐ-TTg ngày 15/9/2016 của Thủ tướng Chính phủ về Ngày Công tác xã hội Việt Nam");

        Assert.Equal("Quyết định", c.TypeName);
        Assert.Equal("1791/QĐ-TTg", c.Number);
        Assert.Equal(1791, c.Serial);
        Assert.Equal(["QĐ", "TTg"], c.SymbolParts);
        Assert.Equal(new DraftDate(2016, 9, 15), c.Date);
        Assert.Equal("15/9/2016", c.DateText);
        Assert.Equal("Thủ tướng Chính phủ", c.Issuer);
        Assert.Equal("Ngày Công tác xã hội Việt Nam", c.Summary);
        Assert.False(c.IsNormative);
    }

    [Fact]
    public void Start_and_length_locate_the_citation_in_its_paragraph()
    {
        const string text = "Thực hiện Công văn số 814/VP-KGVX ngày 01/3/2023 của Văn phòng UBND tỉnh.";
        var c = Assert.Single(CitationParser.ParseText(text, paragraph: 7));

        Assert.Equal(7, c.Paragraph);
        Assert.Equal(c.Text, text.Substring(c.Start, c.Length));
        Assert.StartsWith("Công văn số 814/VP-KGVX", c.Text);
        Assert.Equal("Văn phòng UBND tỉnh", c.Issuer);
    }

    [Fact]
    public void A_stray_space_inside_the_symbol_is_kept_as_written_and_removed_in_the_clean_number()
    {
        var c = Single("Theo công văn số 817/SLĐT BXH-BTXH&GN ngày 14/3/2024 của Sở.");

        Assert.Equal("Công văn", c.TypeName);
        Assert.Equal("817/SLĐT BXH-BTXH&GN", c.Number);
        Assert.Equal("817/SLĐTBXH-BTXH&GN", c.NumberClean);
        Assert.Equal(["SLĐTBXH", "BTXH&GN"], c.SymbolParts);
        Assert.Equal(new DraftDate(2024, 3, 14), c.Date);
    }

    [Theory]
    [InlineData("Văn bản số 4756/BTP-KTVB&QLXLVPHC ngày 05/8/2025 của Bộ Tư pháp", "Văn bản", "4756/BTP-KTVB&QLXLVPHC")]
    [InlineData("Kế hoạch số 31/KH-UBND ngày 16/2/2017", "Kế hoạch", "31/KH-UBND")]
    [InlineData("Công văn số 498/UBND ngày 20/3/2024", "Công văn", "498/UBND")]
    [InlineData("Thông báo kết luận số 12/TB-VPCP ngày 10/01/2024", "Thông báo kết luận", "12/TB-VPCP")]
    [InlineData("Kết luận số 45/KL-UBND ngày 10/01/2024", "Kết luận", "45/KL-UBND")]
    [InlineData("Kế hoạch 1410/KH-UBND ngày 08/8/2025", "Kế hoạch", "1410/KH-UBND")]
    public void Administrative_citations_are_read_with_their_type_and_number(string text, string type, string number)
    {
        var c = Single(text);

        Assert.Equal(type, c.TypeName);
        Assert.Equal(number, c.Number);
        Assert.False(c.IsNormative);
        Assert.False(c.IsParty);
    }

    [Theory]
    [InlineData("Nghị định số 30/2020/NĐ-CP", "Nghị định", 30, 2020, "NĐ,CP")]
    [InlineData("Thông tư số 01/2011/TT-BNV", "Thông tư", 1, 2011, "TT,BNV")]
    [InlineData("Luật số 64/2025/QH15", "Luật", 64, 2025, "QH15")]
    [InlineData("Nghị quyết số 202/2025/QH15", "Nghị quyết", 202, 2025, "QH15")]
    [InlineData("Quyết định số 32/2010/QĐ-TTg", "Quyết định", 32, 2010, "QĐ,TTg")]
    public void Normative_numbers_carry_their_year(string text, string type, int serial, int year, string parts)
    {
        var c = Single(text);

        Assert.Equal(type, c.TypeName);
        Assert.Equal(serial, c.Serial);
        Assert.Equal(year, c.NumberYear);
        Assert.Equal(parts.Split(','), c.SymbolParts);
        Assert.True(c.IsNormative);
    }

    [Fact]
    public void A_serial_of_a_numbered_series_keeps_its_part_after_the_dot()
    {
        var c = Single("Nghị quyết số 66.7/2025/NQ-CP ngày 15/11/2025 của Chính phủ");

        Assert.Equal("66.7/2025/NQ-CP", c.Number);
        Assert.Equal(66, c.Serial);
        Assert.Equal(7, c.SerialPart);
        Assert.Equal(2025, c.NumberYear);
        Assert.Equal("Chính phủ", c.Issuer);
    }

    [Theory]
    [InlineData("Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị", "Chỉ thị", "05-CT/TW")]
    [InlineData("Kế hoạch số 22-KH/TU ngày 14/01/2026", "Kế hoạch", "22-KH/TU")]
    [InlineData("Kết luận số 126-KL/TW", "Kết luận", "126-KL/TW")]
    public void Party_numbers_are_recognised_as_such(string text, string type, string number)
    {
        var c = Single(text);

        Assert.Equal(type, c.TypeName);
        Assert.Equal(number, c.Number);
        Assert.True(c.IsParty);
    }

    [Fact]
    public void A_long_date_is_read_and_the_issuer_runs_to_the_end()
    {
        var c = Single("Quyết định số 3027/QĐ-UBND ngày 01 tháng 11 năm 2024 của Ủy ban nhân dân tỉnh Nghệ An");

        Assert.Equal(new DraftDate(2024, 11, 1), c.Date);
        Assert.Equal("01 tháng 11 năm 2024", c.DateText);
        Assert.Equal("Ủy ban nhân dân tỉnh Nghệ An", c.Issuer);
    }

    [Theory]
    [InlineData("Công văn số 12/UBND-VX ngày 05/3/2023", "05/3/2023", 2023, 3, 5)]
    [InlineData("Công văn số 12/UBND-VX ngày 05-03-2023", "05-03-2023", 2023, 3, 5)]
    [InlineData("Công văn số 12/UBND-VX ngày 05.03.2023", "05.03.2023", 2023, 3, 5)]
    [InlineData("Công văn số 12/UBND-VX ngày 5/3/2023", "5/3/2023", 2023, 3, 5)]
    [InlineData("Công văn số 12/UBND-VX ngày 15 tháng 9 năm 2016", "15 tháng 9 năm 2016", 2016, 9, 15)]
    public void Dates_are_read_in_every_usual_form(string text, string dateText, int y, int m, int d)
    {
        var c = Single(text);

        Assert.Equal(dateText, c.DateText);
        Assert.Equal(new DraftDate(y, m, d), c.Date);
    }

    [Theory]
    [InlineData("Công văn số 12/UBND-VX ngày 31/02/2023", 2023, 2, 31)]
    [InlineData("Công văn số 12/UBND-VX ngày 15/13/2023", 2023, 13, 15)]
    [InlineData("Công văn số 12/UBND-VX ngày 29/02/2023", 2023, 2, 29)]
    public void An_impossible_date_is_kept_with_its_written_parts(string text, int y, int m, int d)
    {
        var c = Single(text);

        Assert.Equal(new DraftDate(y, m, d), c.Date);
        Assert.False(c.Date!.Value.IsValid);
    }

    [Theory]
    [InlineData("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", "Luật Tổ chức chính quyền địa phương", null, 2015)]
    [InlineData("Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15;", "Luật Ban hành văn bản quy phạm pháp luật", "64/2025/QH15", 2025)]
    [InlineData("Căn cứ Bộ luật Lao động năm 2019;", "Bộ luật Lao động", null, 2019)]
    public void Laws_are_cited_by_name(string text, string name, string? number, int year)
    {
        var c = Single(text);

        Assert.Equal(name, c.Name);
        Assert.Equal(number, c.Number);
        Assert.True(c.IsNormative);
        Assert.Equal(year, number is null ? c.Date!.Value.Year : c.NumberYear);
    }

    [Fact]
    public void Several_citations_in_one_paragraph_are_all_found_and_summaries_stop_before_the_next()
    {
        var cs = CitationParser.ParseText(
            "Thực hiện Kế hoạch số 1410/KH-UBND, ngày 08/8/2025 về triển khai Phong trào và Kế hoạch số 854/KH-UBND, ngày 30/7/2025 về Tổ Công nghệ số; Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;");

        Assert.Equal(["1410/KH-UBND", "854/KH-UBND", "30/2020/NĐ-CP"], cs.Select(c => c.Number));
        Assert.Equal("triển khai Phong trào", cs[0].Summary);
        Assert.Equal("Tổ Công nghệ số", cs[1].Summary);
        Assert.Equal("Chính phủ", cs[2].Issuer);
        Assert.Equal("công tác văn thư", cs[2].Summary);
    }

    [Fact]
    public void A_citation_right_after_the_word_ve_is_its_own_and_the_one_before_has_no_summary()
    {
        var cs = CitationParser.ParseText("Thực hiện Quyết định số 15/QĐ-UBND ngày 05/01/2024 của UBND tỉnh về Kế hoạch số 7/KH-UBND ngày 02/01/2024 về phát triển du lịch;");

        Assert.Equal(["15/QĐ-UBND", "7/KH-UBND"], cs.Select(c => c.Number));
        Assert.Equal("UBND tỉnh", cs[0].Issuer);
        Assert.Null(cs[0].Summary);
        Assert.Equal("phát triển du lịch", cs[1].Summary);
    }

    [Fact]
    public void A_summary_ends_before_cung_and_a_bracket_that_lead_to_the_next_citation()
    {
        var cs = CitationParser.ParseText("Thực hiện Công văn số 12/UBND-VX ngày 05/3/2023 về tuyên truyền cùng Kế hoạch số 7/KH-UBND ngày 02/01/2024 về phát triển du lịch (Quyết định số 9/QĐ-UBND ngày 03/01/2024).");

        Assert.Equal(["12/UBND-VX", "7/KH-UBND", "9/QĐ-UBND"], cs.Select(c => c.Number));
        Assert.Equal("tuyên truyền", cs[0].Summary);
        Assert.Equal("phát triển du lịch", cs[1].Summary);
        Assert.Equal("Quyết định số 9/QĐ-UBND ngày 03/01/2024", cs[2].Text);
    }

    [Fact]
    public void An_issuer_ends_before_the_next_citation()
    {
        var cs = CitationParser.ParseText("Ban hành tại Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ và Chỉ thị số 23/CT-TTg ngày 02/9/2021 của Thủ tướng Chính phủ về đẩy mạnh CCHC.");

        Assert.Equal(["76/NQ-CP", "23/CT-TTg"], cs.Select(c => c.Number));
        Assert.Equal("Chính phủ", cs[0].Issuer);
        Assert.Equal("đẩy mạnh CCHC", cs[1].Summary);
    }

    [Fact]
    public void A_summary_ends_before_a_type_named_with_a_qualifier()
    {
        var cs = CitationParser.ParseText("Thực hiện Nghị quyết số 02/NQ-CP ngày 08/01/2026 của Chính phủ về cải thiện môi trường kinh doanh năm 2026, Ủy ban nhân dân tỉnh đã ban hành Kế hoạch hành động số 2200/KH-UBND ngày 12/02/2026.");

        Assert.Equal(["02/NQ-CP", "2200/KH-UBND"], cs.Select(c => c.Number));
        Assert.Equal("Kế hoạch", cs[1].ImpliedType);
        Assert.Equal(new DraftDate(2026, 2, 12), cs[1].Date);
    }

    [Fact]
    public void A_summary_stops_at_a_full_stop_and_at_a_comma_before_a_clause()
    {
        var cs = CitationParser.ParseText("Thực hiện Kế hoạch số 438/KH-UBND ngày 22/7/2025 của Ủy ban nhân dân tỉnh về tuyên truyền CCHC năm 2025, các cơ quan đã xây dựng kế hoạch. Quyết định số 12/QĐ-UBND ngày 02/01/2025 về kiểm tra.");

        Assert.Equal("tuyên truyền CCHC năm 2025", cs[0].Summary);
        Assert.Equal("kiểm tra", cs[1].Summary);
    }

    [Fact]
    public void The_issuer_stops_where_the_sentence_goes_on()
    {
        var cs = CitationParser.ParseText("Quyết định số 1187/QĐ-BNV ngày 15/10/2025 của Bộ trưởng Bộ Nội vụ và kết quả thực hiện trên địa bàn tỉnh đến nay; Quyết định số 824/QĐ-UBND ngày 27/8/2025 của UBND tỉnh ủy quyền cho Giám đốc Sở Nội vụ.");

        Assert.Equal("Bộ trưởng Bộ Nội vụ", cs[0].Issuer);
        Assert.Equal("UBND tỉnh", cs[1].Issuer);
    }

    [Fact]
    public void A_list_of_numbers_after_one_type_gives_one_citation_each()
    {
        var cs = CitationParser.ParseText("Bãi bỏ các Quyết định số 12/QĐ-UBND, 13/QĐ-UBND và 14/QĐ-UBND ngày 05/01/2024 của UBND tỉnh.");

        Assert.Equal(["12/QĐ-UBND", "13/QĐ-UBND", "14/QĐ-UBND"], cs.Select(c => c.Number));
        Assert.All(cs, c => Assert.Equal("Quyết định", c.TypeName));
        Assert.Equal(new DraftDate(2024, 1, 5), cs[2].Date);
        Assert.Null(cs[0].Date);
    }

    [Fact]
    public void A_list_of_agency_numbers_after_Cong_van_is_read_too()
    {
        var cs = CitationParser.ParseText("Thực hiện các Công văn số 12/UBND-VX, 15/UBND-VX của UBND tỉnh.");

        Assert.Equal(["12/UBND-VX", "15/UBND-VX"], cs.Select(c => c.Number));
        Assert.All(cs, c => Assert.Equal("Công văn", c.TypeName));
    }

    [Theory]
    [InlineData("Kèm theo Quyết định số /QĐ-UBND", "/QĐ-UBND", null, "QĐ,UBND")]
    [InlineData("Kèm theo Quyết định số     /QĐ-UBND ngày   tháng", "/QĐ-UBND", null, "QĐ,UBND")]
    [InlineData("Thực hiện Quyết định số 12/ của UBND tỉnh", "12/", 12, "")]
    [InlineData("Thực hiện Công văn số 593/LĐTBXH - BTXH ngày 24/02/2023", "593/LĐTBXH - BTXH", 593, "LĐTBXH,BTXH")]
    [InlineData("Thực hiện Công văn số 593 / LĐTBXH-BTXH ngày 24/02/2023", "593 / LĐTBXH-BTXH", 593, "LĐTBXH,BTXH")]
    [InlineData("Căn cứ Quyết định số 18/20202QĐ-UBND ngày 20/7/2020 của UBND tỉnh", "18/20202QĐ-UBND", 18, "QĐ,UBND")]
    public void Malformed_numbers_are_still_captured(string text, string number, int? serial, string parts)
    {
        var c = Single(text);

        Assert.Equal(number, c.Number);
        Assert.Equal(serial, c.Serial);
        Assert.Equal(parts.Split(',', StringSplitOptions.RemoveEmptyEntries), c.SymbolParts);
    }

    [Theory]
    [InlineData("Tổng kinh phí 15.000.000 đồng, chiếm 1/2 số xã trên địa bàn.")]
    [InlineData("Theo quy định tại Điều 5, khoản 2 của Quy chế.")]
    [InlineData("Thời gian: 8h30 ngày 15/3/2023, tỷ lệ đạt 95/100 điểm.")]
    [InlineData("Kết quả năm 2023 đạt 98%; điện thoại 0263.3822.456 hoặc 0912/345.678.")]
    [InlineData("Thông báo cho các xã về kết quả 3/4 chỉ tiêu.")]
    [InlineData("Trong quá trình triển khai kế hoạch số lượng 12/15 xã đã hoàn thành.")]
    [InlineData("Văn bản quy phạm pháp luật số 12/15 đã được rà soát.")]
    public void Numbers_that_are_not_citations_give_none(string text)
    {
        Assert.Empty(CitationParser.ParseText(text));
    }

    [Fact]
    public void A_bare_symbol_that_names_a_type_is_a_citation_with_its_implied_type()
    {
        var c = Single("Số: 45/KH-SLĐTBXH");

        Assert.Null(c.TypeName);
        Assert.Equal("Kế hoạch", c.ImpliedType);
        Assert.Equal("45/KH-SLĐTBXH", c.Number);
    }

    [Fact]
    public void Parse_reads_every_paragraph_of_a_document()
    {
        var doc = DraftDocument.FromLines("Số: 45/KH-SLĐTBXH", "Không có gì.", "Thực hiện Quyết định số 1791/QĐ-TTg ngày 15/9/2016.");

        var cs = CitationParser.Parse(doc, RulePackData.Default);

        Assert.Equal([0, 2], cs.Select(c => c.Paragraph));
    }

    [Fact]
    public void A_units_initials_that_begin_with_QH_do_not_make_a_letter_a_law()
    {
        Assert.False(Single("Văn bản số 858/BQL-QHXD ngày 18/6/2026 của Ban Quản lý Khu kinh tế tỉnh").IsNormative);
        Assert.True(Single("Nghị quyết số 76/NQ-QH15 về thực hiện").IsNormative);
    }

    [Fact]
    public void A_law_named_before_a_deadline_does_not_take_the_deadline_for_its_date()
    {
        var cited = CitationParser.ParseText("Thực hiện theo quy định tại Điều 58 của Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân chậm nhất là ngày 22 tháng 02 năm 2026.");
        Assert.DoesNotContain(cited, c => c.Date is { Year: 2026 });
        Assert.Equal(new DraftDate(2015, 6, 25), Single("Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân ngày 25/6/2015").Date);
    }
}
