using WordHelper.Core.Documents;
using WordHelper.Core.RulePack;
using WordHelper.Core.Text;
using WordHelper.Testing;
using static WordHelper.Core.Tests.Rules.RuleRun;

namespace WordHelper.Core.Tests.Rules.Agency;

/// <summary>Misspelt names of bodies and abbreviations, and a centrally-run city called a province.</summary>
public class AgencyNameRuleTests
{
    static DraftDocument Plan(params string[] body) => DocxBuilder.Create().Lines(
        ["UBND TỈNH LẠNG SƠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 12/KH-UBND",
         "Lạng Sơn, ngày 05 tháng 3 năm 2026", "KẾ HOẠCH", "Tổ chức hội nghị", .. body, "Tổ chức thực hiện./.",
         "Nơi nhận:", "- Sở Nội vụ;", "- Lưu: VT, NC.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn A"]).Read().Document;

    [Theory]
    [InlineData("Giao UNBD các xã triển khai.", "UNBD", "UBND")]
    [InlineData("Giao UBDN các xã triển khai.", "UBDN", "UBND")]
    [InlineData("Đề nghị HNĐD tỉnh giám sát.", "HNĐD", "HĐND")]
    [InlineData("Đề nghị HĐDN tỉnh giám sát.", "HĐDN", "HĐND")]
    [InlineData("Phối hợp với Ủy ban MTQT tỉnh.", "MTQT", "MTTQ")]
    [InlineData("Giao UBN tỉnh chỉ đạo.", "UBN", "UBND")]
    [InlineData("Báo cáo DUBND tỉnh kết quả.", "DUBND", "UBND")]
    public void A_mistyped_abbreviation_is_found_and_fixed(string line, string typo, string abbr)
    {
        var doc = Plan(line);
        var f = Assert.Single(Findings("VB-AGN-004", doc));
        Assert.Equal(typo, f.Excerpt);
        Assert.Equal(abbr, f.Suggestion);
        Assert.Equal(line.Replace(typo, abbr), Fixed(doc, f));
    }

    [Fact]
    public void The_same_typo_twice_is_one_finding() =>
        Assert.Single(Findings("VB-AGN-004", Plan("Giao UNBD các xã triển khai.", "Báo cáo UNBD tỉnh kết quả.")));

    [Theory]
    [InlineData("Giao UBND các xã phối hợp với HND xã, UBMTTQ tỉnh, HĐND tỉnh và MTTQ các cấp.")]
    [InlineData("Giao UBN triển khai.")] // a letter short, but no unit follows: unknown, not a typo
    [InlineData("Mã số \"UNBD\" của hệ thống được giữ nguyên.")]
    [InlineData("Hợp tác với tổ chức NBDU và các đối tác.")]
    public void Right_and_unrelated_abbreviations_are_left_alone(string line) =>
        Assert.Empty(Findings("VB-AGN-004", Plan(line)));

    [Theory]
    [InlineData("Giao Ủy ban dân tỉnh chỉ đạo.", "Ủy ban dân", "Ủy ban nhân dân")]
    [InlineData("Giao Ủy nhân dân các xã chỉ đạo.", "Ủy nhân dân", "Ủy ban nhân dân")]
    [InlineData("Báo cáo Hội đồng dân tỉnh.", "Hội đồng dân", "Hội đồng nhân dân")]
    [InlineData("Báo cáo Uỷ ban nhân dan tỉnh.", "Uỷ ban nhân dan", "Uỷ ban nhân dân")]
    [InlineData("Báo cáo Ủy bản nhân dân tỉnh.", "Ủy bản nhân dân", "Ủy ban nhân dân")]
    [InlineData("Báo cáo Thường trực Hội đồng nhân dâ tỉnh.", "Hội đồng nhân dâ", "Hội đồng nhân dân")]
    [InlineData("Báo cáo Uy ban nhan dan xã.", "Uy ban nhan dan", "Ủy ban nhân dân")]
    [InlineData("Kính gửi: ỦY BAN DÂN TỈNH", "ỦY BAN DÂN", "ỦY BAN NHÂN DÂN")]
    [InlineData("Hồ sơ được ghi nhận trên Cổng Dịch vụ quốc gia.", "Cổng Dịch vụ quốc gia", "Cổng Dịch vụ công quốc gia")] // a word left out of a longer name
    [InlineData("Phối hợp với Ủy ban Mặt trận Tổ Việt Nam xã.", "Ủy ban Mặt trận Tổ Việt Nam", "Ủy ban Mặt trận Tổ quốc Việt Nam")]
    [InlineData("Báo cáo Ban Thường trực Ủy MTTQVN xã.", "Ủy MTTQVN", "Ủy ban MTTQVN")] // the head's second word dropped before an abbreviation
    public void A_misspelt_name_is_found_and_fixed(string line, string misspelt, string corrected)
    {
        var doc = Plan(line);
        var f = Assert.Single(Findings("VB-AGN-005", doc));
        Assert.Equal(misspelt, f.Excerpt);
        Assert.Equal(corrected, f.Suggestion);
        Assert.Equal(line.Replace(misspelt, corrected), Fixed(doc, f));
    }

    [Theory]
    [InlineData("Báo cáo Ủy ban nhân dân tỉnh, Uỷ ban nhân dân các xã, ỦY BAN NHÂN DÂN TỈNH và Hội đồng nhân dân tỉnh.")]
    [InlineData("Phối hợp với Ủy ban Dân tộc và Hội đồng Dân tộc của Quốc hội.")]
    [InlineData("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và Ban nhân dân các thôn.")]
    [InlineData("Báo cáo Hội đồng nhân dâ.")] // a letter short but no unit after it: not enough to be sure
    [InlineData("Khẩu hiệu \"Ủy ban dân tỉnh\" được giữ nguyên.")]
    [InlineData("Hội đồng nhân viên và Hội đồng nhân dân các cấp.")]
    [InlineData("Giao Ban Quản lý khu công nghiệp tỉnh chủ trì.")] // "các" left out: a name of its own
    [InlineData("Ủy viên BCH Đoàn xã; Ủy UBND là cách viết lạ; CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM.")] // no abbreviation of what it heads, or capitals
    [InlineData("Hồ sơ được ghi nhận trên Cổng Dịch vụ công quốc gia.")]
    [InlineData("Ủy ban Hội LHTN quận phối hợp với Hội LHPN và Hội CCB.")] // "Hội" heads names of its own: it stands alone
    public void Right_names_and_lookalikes_are_left_alone(string line) =>
        Assert.Empty(Findings("VB-AGN-005", Plan(line)));

    [Theory]
    [InlineData("Phối hợp với Ủy ban nhân dân tỉnh Hà Nội.", "tỉnh Hà Nội", "thành phố Hà Nội")]
    [InlineData("Phối hợp với UBND tỉnh Thành phố Hải Phòng.", "tỉnh Thành phố Hải Phòng", "thành phố Hải Phòng")]
    [InlineData("Phối hợp với UBND tỉnh TP. Hồ Chí Minh.", "tỉnh TP. Hồ Chí Minh", "thành phố Hồ Chí Minh")]
    [InlineData("Phối hợp với Sở Y tế tỉnh Huế.", "tỉnh Huế", "thành phố Huế")]
    [InlineData("Kính gửi: ỦY BAN NHÂN DÂN TỈNH ĐÀ NẴNG", "TỈNH ĐÀ NẴNG", "THÀNH PHỐ ĐÀ NẴNG")]
    public void A_city_called_a_province_is_found_and_fixed(string line, string written, string corrected)
    {
        var doc = Plan(line);
        var f = Assert.Single(Findings("VB-AGN-006", doc));
        Assert.Equal(written, f.Excerpt);
        Assert.Equal(corrected, f.Suggestion);
        Assert.Equal(line.Replace(written, corrected), Fixed(doc, f));
    }

    [Theory]
    [InlineData("Phối hợp với UBND thành phố Hải Phòng, UBND tỉnh Hà Nam và UBND tỉnh Quảng Nam.")]
    [InlineData("Sở Y tế tỉnh Thừa Thiên Huế (cũ) bàn giao hồ sơ.")]
    [InlineData("Các tỉnh, thành phố Hà Nội, Đà Nẵng tham gia.")]
    [InlineData("Đoàn công tác của tỉnh đi Hà Nội; tỉnh, Hà Nội và Cần Thơ phối hợp.")]
    public void Provinces_and_lists_are_left_alone(string line) =>
        Assert.Empty(Findings("VB-AGN-006", Plan(line)));

    [Fact]
    public void A_city_is_one_only_from_the_day_it_became_one()
    {
        // Cần Thơ was a province until 2004: a draft of 2003 writes "tỉnh Cần Thơ" rightly.
        var lines = DraftDocument.FromLines("UBND TỈNH CẦN THƠ", "Số: 12/KH-UBND", "Cần Thơ, ngày 05 tháng 3 năm 2003", "KẾ HOẠCH",
            "Tổ chức hội nghị", "Ủy ban nhân dân tỉnh Cần Thơ tổ chức hội nghị./.");
        Assert.Empty(Findings("VB-AGN-006", lines));
        var later = DraftDocument.FromLines("UBND TỈNH LẠNG SƠN", "Số: 12/KH-UBND", "Lạng Sơn, ngày 05 tháng 3 năm 2026", "KẾ HOẠCH",
            "Tổ chức hội nghị", "Phối hợp với Ủy ban nhân dân tỉnh Cần Thơ./.");
        Assert.Single(Findings("VB-AGN-006", later));
        var cited = DraftDocument.FromLines("UBND TỈNH LẠNG SƠN", "Số: 12/KH-UBND", "Lạng Sơn, ngày 05 tháng 3 năm 2026", "KẾ HOẠCH",
            "Tổ chức hội nghị", "Căn cứ Quyết định số 15/2002/QĐ-UB ngày 10/5/2002 của UBND tỉnh Cần Thơ về việc thành lập Hội./.");
        Assert.Empty(Findings("VB-AGN-006", cited));
        var citedLater = DraftDocument.FromLines("UBND TỈNH LẠNG SƠN", "Số: 12/KH-UBND", "Lạng Sơn, ngày 05 tháng 3 năm 2026", "KẾ HOẠCH",
            "Tổ chức hội nghị", "Căn cứ Quyết định số 15/2010/QĐ-UBND ngày 10/5/2010 của UBND tỉnh Cần Thơ về việc thành lập Hội./.");
        Assert.Single(Findings("VB-AGN-006", citedLater));
    }

    [Fact]
    public void The_names_checked_are_those_the_rule_pack_knows()
    {
        var pack = RulePackData.Default;
        var abbreviations = pack.Abbreviations.Select(a => a.Abbr).ToHashSet();
        foreach (var name in pack.FixedNames.Names)
        {
            Assert.Contains(name.Abbr, abbreviations);
            Assert.Contains(name.Spellings, s => s == name.Name.ToLower(VietnameseText.Vi));
            Assert.All(name.Spellings, s => Assert.Equal(name.Name.Split(' ').Length, s.Split(' ').Length));
        }
        Assert.All(pack.FixedNames.Abbreviations, a => Assert.Contains(a, abbreviations));
        // Both spellings of "Ủy" are accepted, as the aliases say.
        var uy = pack.Aliases.First(g => g.Names.Contains("UBND")).Names;
        Assert.All(pack.FixedNames.Names.First(n => n.Abbr == "UBND").Spellings, s => Assert.Contains(uy, n => n.ToLower(VietnameseText.Vi) == s));
        Assert.Equal(6, pack.FixedNames.CentralCities.Count);
    }

    [Fact]
    public void The_cities_and_provinces_are_the_34_units_the_reorganisation_leads_to()
    {
        var names = RulePackData.Default.FixedNames;
        var cities = names.CentralCities.Select(c => VietnameseText.Key(c.Name)).ToHashSet();
        var provinces = names.Provinces.Select(VietnameseText.Key).ToHashSet();
        Assert.Equal(28, provinces.Count);
        Assert.Equal(34, cities.Concat(provinces).Distinct().Count());
        foreach (var e in RulePackData.Default.Reorganisation.Where(e => e.Level == "province"))
        {
            var successor = VietnameseText.Key(e.Replacement).Replace("thanh pho ", "");
            Assert.True(cities.Contains(successor) || provinces.Contains(successor), $"{e.Old} → {e.Replacement} is not among the 34 units");
        }
    }
}
