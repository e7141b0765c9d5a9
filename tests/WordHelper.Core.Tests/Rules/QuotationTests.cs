using WordHelper.Core.Documents;

namespace WordHelper.Core.Tests.Rules;

/// <summary>
/// Text quoted from another document — a phrase in “…” or "…", or an article reproduced over several paragraphs after
/// "được sửa đổi như sau:" — is left as written by the rules about wording; the same words outside quotes are reported.
/// </summary>
public class QuotationTests
{
    static readonly string[] Header =
    [
        "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số: 12/QĐ-UBND", "Lâm Đồng, ngày 05 tháng 3 năm 2026", "QUYẾT ĐỊNH", "Sửa đổi Quy chế phối hợp",
    ];

    static DraftDocument Draft(params string[] body) => DraftDocument.FromLines([.. Header, .. body]);

    const string Amending = "Điều 1. Điều 5 Quy chế ban hành kèm theo Quyết định số 10/2020/QĐ-UBND được sửa đổi như sau:";

    [Fact]
    public void A_retired_agency_name_is_reported_outside_quotes_only()
    {
        Assert.Single(RuleRun.Findings("VB-AGN-001", Draft("Giao Sở Tài nguyên và Môi trường chủ trì thực hiện.")));
        Assert.Empty(RuleRun.Findings("VB-AGN-001", Draft("Bãi bỏ cụm từ “Sở Tài nguyên và Môi trường” tại khoản 2 Điều 3.")));
        Assert.Empty(RuleRun.Findings("VB-AGN-001", Draft(Amending, "“Điều 5. Trách nhiệm phối hợp",
            "1. Sở Tài nguyên và Môi trường chủ trì, phối hợp với các sở, ngành.", "2. Các cơ quan khác phối hợp thực hiện.”",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.")));
        // After the quotation closes the draft speaks again.
        Assert.Single(RuleRun.Findings("VB-AGN-001", Draft(Amending, "“Điều 5. Trách nhiệm phối hợp", "1. Các sở phối hợp.”",
            "Điều 2. Sở Tài nguyên và Môi trường tổ chức thực hiện.")));
    }

    [Fact]
    public void A_doubled_word_is_reported_outside_quotes_only()
    {
        Assert.Single(RuleRun.Findings("VB-FMT-010", Draft("Giao các các sở, ngành thực hiện.")));
        Assert.Empty(RuleRun.Findings("VB-FMT-010", Draft("Văn bản gốc ghi “giao các các sở, ngành thực hiện”.")));
        Assert.Empty(RuleRun.Findings("VB-FMT-010", Draft(Amending, "“Điều 5. Trách nhiệm phối hợp",
            "1. Giao các các sở, ngành thực hiện.", "2. Các cơ quan khác phối hợp.”")));
    }

    [Fact]
    public void A_quotation_that_never_closes_quotes_only_its_own_paragraph()
    {
        // A stray opening mark is not an article reproduced to the end of the draft.
        Assert.Single(RuleRun.Findings("VB-FMT-010", Draft("Theo “Điều 5 đã nêu", "Giao các các sở, ngành thực hiện.")));
    }

    [Fact]
    public void A_leftover_year_is_reported_outside_quotes_only()
    {
        string[] plan = ["KẾ HOẠCH", "Tổ chức Ngày Công tác xã hội năm 2024"];
        Assert.Single(RuleRun.Findings("VB-CON-001", [.. plan, "Kế hoạch cũ ghi Thời gian thực hiện: từ ngày 15/3/2023, nay điều chỉnh."]));
        Assert.Empty(RuleRun.Findings("VB-CON-001", [.. plan, "Kế hoạch cũ ghi “Thời gian thực hiện: từ ngày 15/3/2023”, nay điều chỉnh."]));
    }

    [Fact]
    public void A_citation_inside_a_reproduced_article_is_not_judged()
    {
        const string cited = "Nghị định số 110/2004/NĐ-CP ngày 08 tháng 4 năm 2004 của Chính phủ về công tác văn thư";
        var checker = new WordHelper.Core.Rules.Checker(clock: new FixedClock(RuleRun.Today));
        Assert.Contains(checker.Check(Draft("Thực hiện " + cited + ".")).Findings, f => f.Rule == "VB-CIT-007");
        var quoted = checker.Check(Draft(Amending, "“Điều 5. Trách nhiệm phối hợp", "1. Thực hiện theo " + cited + ".”"));
        // (The amending line's own citation of Quyết định số 10/2020/QĐ-UBND, outside the quotation, is judged as usual.)
        Assert.DoesNotContain(quoted.Findings, f => f.Rule.StartsWith("VB-CIT-", StringComparison.Ordinal) && f.Paragraph > Header.Length);
        // The table of cited documents still lists it.
        Assert.Contains(quoted.Citations, r => r.Citation.NumberClean == "110/2004/NĐ-CP");
    }
}
