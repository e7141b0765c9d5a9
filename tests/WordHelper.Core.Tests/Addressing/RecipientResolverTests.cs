using WordHelper.Core.Addressing;
using WordHelper.Core.Documents;
using WordHelper.Core.RulePack;
using WordHelper.Core.Rules;
using WordHelper.Core.Rules.Recipients;
using WordHelper.Testing;

namespace WordHelper.Core.Tests.Addressing;

/// <summary>Kính gửi and Nơi nhận entries looked up in a directory: split, spelled out, asked once, matched by name.</summary>
public class RecipientResolverTests
{
    /// <summary>A directory that records what it was asked.</summary>
    sealed class RecordingDirectory(params Addressee[] entries) : IDirectory
    {
        public List<AddresseeQuery> Asked { get; } = [];

        public Task<IReadOnlyList<Addressee>> FindAsync(AddresseeQuery query, CancellationToken cancellationToken = default)
        {
            Asked.Add(query);
            return Task.FromResult<IReadOnlyList<Addressee>>(entries);
        }
    }

    static readonly Addressee Education = new("Sở Giáo dục và Đào tạo", "sgddt@lamdong.example.gov.vn", "group", ["Sở GD&ĐT"]);
    static readonly Addressee Health = new("Sở Y tế tỉnh Lâm Đồng", "syt@lamdong.example.gov.vn", "group");
    static readonly Addressee Finance = new("Sở Tài chính", "stc@lamdong.example.gov.vn", "group");

    static DraftDocument Draft(params string[] lines) => DocxReader.Read(new MemoryStream(DocxBuilder.FromLines(lines)));

    static async Task<(IReadOnlyList<ResolvedRecipient> Resolved, RecordingDirectory Directory)> Resolve(Addressee[] entries, params string[] lines)
    {
        var directory = new RecordingDirectory(entries);
        var header = HeaderRecognizer.Recognize(Draft(lines), RulePackData.Default);
        return (await new RecipientResolver(directory, RulePackData.Default).ResolveAsync(header), directory);
    }

    [Fact]
    public async Task Each_entry_of_a_shared_head_is_its_own_recipient_and_abbreviations_are_spelled_out_for_the_search()
    {
        var (resolved, directory) = await Resolve([Education, Health, Finance],
            "UBND TỈNH LÂM ĐỒNG", "Số: 12/KH-UBND", "KẾ HOẠCH", "Tổ chức hội nghị", "Nội dung./.",
            "Nơi nhận:", "- Các Sở: GDĐT, Y tế, Tài chính;", "- Sở GDĐT (để t/h);", "- Lưu: VT, NC.");
        Assert.Equal(["Sở GDĐT", "Sở Y tế", "Sở Tài chính", "Sở GDĐT"], resolved.Select(r => r.Entry));
        Assert.All(resolved, r => Assert.Equal(RecipientStatus.Resolved, r.Status));
        Assert.Equal(["sgddt@lamdong.example.gov.vn", "syt@lamdong.example.gov.vn", "stc@lamdong.example.gov.vn", "sgddt@lamdong.example.gov.vn"],
            resolved.Select(r => Assert.Single(r.Matches).Mail));
        // "Sở GDĐT" twice, asked once; the filing line not at all.
        Assert.Equal(["Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Tài chính"], directory.Asked.Select(q => q.FullName));
    }

    [Fact]
    public async Task Kinh_gui_entries_are_resolved_and_collective_entries_are_not_looked_up()
    {
        var (resolved, directory) = await Resolve([Education, Health],
            "UBND TỈNH LÂM ĐỒNG", "Số: 15/UBND-VX", "V/v tổ chức hội nghị", "Kính gửi:", "- Sở Giáo dục và Đào tạo;", "- Các sở, ban, ngành tỉnh.",
            "Nội dung./.", "Nơi nhận:", "- Như trên;", "- Lưu: VT, VX.");
        Assert.Equal([RecipientStatus.Resolved, RecipientStatus.Collective, RecipientStatus.Collective], resolved.Select(r => r.Status));
        Assert.Single(directory.Asked);
    }

    [Fact]
    public void A_name_is_matched_exactly_before_it_is_matched_by_place()
    {
        var matcher = new AddresseeMatcher(AgencyNames.Default);
        Addressee[] candidates = [new("Sở Y tế", "a@x.vn", "group"), new("Sở Y tế tỉnh Lâm Đồng", "b@x.vn", "group"), new("Sở Y tế tỉnh Gia Lai", "c@x.vn", "group")];
        Assert.Equal("a@x.vn", Assert.Single(matcher.Choose(Query("Sở Y tế"), candidates)).Mail);
        Assert.Equal("b@x.vn", Assert.Single(matcher.Choose(Query("Sở Y tế tỉnh Lâm Đồng"), candidates)).Mail);
        Assert.Equal(2, matcher.Choose(Query("Sở Y tế"), candidates.Skip(1).ToList()).Count);
        Assert.Empty(matcher.Choose(Query("Sở Xây dựng"), candidates));
    }

    [Fact]
    public void A_unit_without_an_address_gives_way_to_one_with_it()
    {
        var matcher = new AddresseeMatcher(AgencyNames.Default);
        Addressee[] candidates = [new("Sở Y tế", null, "unit"), new("Sở Y tế", "syt@x.vn", "group"), new("Sở Tài chính", null, "unit")];
        Assert.Equal("syt@x.vn", Assert.Single(matcher.Choose(Query("Sở Y tế"), candidates)).Mail);
        Assert.Equal("syt@x.vn", Assert.Single(matcher.Choose(Query("Sở Y tế"), [candidates[0], new("Sở Y tế tỉnh Lâm Đồng", "syt@x.vn", "group")])).Mail);
        Assert.Null(Assert.Single(matcher.Choose(Query("Sở Tài chính"), candidates)).Mail);
    }

    [Theory]
    [InlineData("Lãnh đạo Sở")]
    [InlineData("CT, các PCT UBND tỉnh")]
    [InlineData("Các phòng, đơn vị thuộc Sở")]
    [InlineData("UBND các huyện, thành phố")]
    [InlineData("UBMTTQVN tỉnh và các đoàn thể tỉnh")]
    [InlineData("Như trên")]
    public async Task Entries_of_many_or_of_the_issuers_own_people_are_not_looked_up(string entry)
    {
        var (resolved, directory) = await Resolve([Health], "KẾ HOẠCH", "Nội dung./.", "Nơi nhận:", $"- {entry};", "- Lưu: VT, NC.");
        Assert.NotEmpty(resolved);
        Assert.All(resolved, r => Assert.Equal(RecipientStatus.Collective, r.Status));
        Assert.Empty(directory.Asked);
    }

    [Fact]
    public async Task A_line_listing_units_by_commas_is_split_and_a_name_with_a_comma_is_not()
    {
        var (resolved, _) = await Resolve([Health], "KẾ HOẠCH", "Nội dung./.", "Nơi nhận:",
            "- Báo Lâm Đồng, Đài PT-TH tỉnh, Cổng TTĐT tỉnh;", "- Sở Lao động, Thương binh và Xã hội;", "- Lưu: VT, NC.");
        Assert.Equal(["Báo Lâm Đồng", "Đài PT-TH tỉnh", "Cổng TTĐT tỉnh", "Sở Lao động, Thương binh và Xã hội"], resolved.Select(r => r.Entry));
    }

    [Fact]
    public async Task A_single_unit_with_many_in_its_name_is_looked_up()
    {
        var (resolved, _) = await Resolve([new("Ban Quản lý các khu công nghiệp tỉnh", "bqlkcn@x.vn", "group")],
            "KẾ HOẠCH", "Nội dung./.", "Nơi nhận:", "- Ban Quản lý các khu công nghiệp tỉnh;", "- Lưu: VT, NC.");
        Assert.Equal(RecipientStatus.Resolved, Assert.Single(resolved).Status);
    }

    static AddresseeQuery Query(string entry) => AddresseeQuery.For(entry, AgencyNames.Default);

    [Theory]
    [InlineData("Sở GDĐT", "Sở Giáo dục và Đào tạo")]
    [InlineData("UBND tỉnh Lâm Đồng", "Ủy ban nhân dân tỉnh Lâm Đồng")]
    [InlineData("Sở Tài chính", "Sở Tài chính")]
    public void Abbreviations_are_spelled_out_as_written_elsewhere(string written, string full) =>
        Assert.Equal(full, AgencyNames.Default.SpellOut(written));

    [Fact]
    public async Task A_check_with_a_directory_carries_the_resolved_list_and_flags_what_it_cannot_send_to()
    {
        var draft = Draft("UBND TỈNH LÂM ĐỒNG", "Số: 12/KH-UBND", "KẾ HOẠCH", "Tổ chức hội nghị", "Nội dung./.",
            "Nơi nhận:", "- Sở Y tế;", "- Sở Khoa học và Công nghệ;", "- Lưu: VT, NC.");
        var checker = new Checker();
        var without = checker.Check(draft);
        Assert.Null(without.Recipients);
        Assert.DoesNotContain(without.Findings, f => f.Rule is "VB-REC-010" or "VB-REC-011");

        var with = await checker.CheckAsync(draft, new ListDirectory([Health, new("Sở Y tế tỉnh Gia Lai", "syt@gialai.example.gov.vn", "group")]));
        Assert.Equal([RecipientStatus.Ambiguous, RecipientStatus.NotFound], with.Recipients!.Select(r => r.Status));
        var ambiguous = Assert.Single(with.Findings, f => f.Rule == "VB-REC-011");
        Assert.Contains("syt@gialai.example.gov.vn", ambiguous.Message);
        var missing = Assert.Single(with.Findings, f => f.Rule == "VB-REC-010");
        Assert.Equal(7, missing.Paragraph);
        Assert.Contains("Sở Khoa học và Công nghệ", missing.Message);
    }
}
