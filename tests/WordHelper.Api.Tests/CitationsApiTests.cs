using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace WordHelper.Api.Tests;

/// <summary>The citation registry: seeded from the rule pack, searched with or without diacritics, imported, and read by the checker.</summary>
public sealed class CitationsApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    readonly HttpClient _client = factory.CreateClient();

    async Task<List<JsonElement>> Search(string q) =>
        (await _client.GetFromJsonAsync<JsonElement>("/api/citations?q=" + Uri.EscapeDataString(q))).EnumerateArray().ToList();

    [Fact]
    public async Task A_number_finds_its_document_first()
    {
        var found = await Search("1791/QĐ-TTg");
        Assert.Equal("1791/QĐ-TTg", found[0].GetProperty("number").GetString());
        Assert.Equal("in-force", found[0].GetProperty("status").GetString());
        Assert.Equal("2016-09-15", found[0].GetProperty("date").GetString());
    }

    [Fact]
    public async Task Words_without_diacritics_find_documents()
    {
        var numbers = (await Search("cong tac van thu")).Select(e => e.GetProperty("number").GetString()).ToList();
        Assert.Contains("30/2020/NĐ-CP", numbers);
        Assert.Contains("110/2004/NĐ-CP", numbers);
        Assert.DoesNotContain("1791/QĐ-TTg", numbers);
    }

    [Fact]
    public async Task The_citation_text_is_the_first_mention_form()
    {
        var id = (await Search("1791"))[0].GetProperty("id").GetString();
        var text = await _client.GetFromJsonAsync<JsonElement>($"/api/citations/{id}/text");
        Assert.Equal("Quyết định số 1791/QĐ-TTg ngày 15/9/2016 của Thủ tướng Chính phủ về Ngày Công tác xã hội Việt Nam", text.GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_replaced_document_says_by_what()
    {
        var entry = (await Search("110/2004"))[0];
        Assert.Equal("replaced", entry.GetProperty("status").GetString());
        Assert.Equal("30/2020/NĐ-CP", entry.GetProperty("replacedBy").GetString());
    }

    [Fact]
    public async Task An_unknown_id_is_404_in_Vietnamese()
    {
        var response = await _client.GetAsync("/api/citations/khong-co/text");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("sổ đăng ký", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Imported_documents_are_searchable_and_the_checker_reads_them()
    {
        const string header = "type,number,date,issuer,summary,status,replacedBy\n";
        const string good = "Quyết định,2439/QĐ-UBND,2020-12-01,Ủy ban nhân dân tỉnh Lạng Sơn,\"về việc ban hành Kế hoạch, chương trình\",expired,\n";
        var refused = await _client.PostAsync("/api/citations/import", new StringContent(header + good + "Quyết định,khong-hop-le,,UBND,,in-force,\n", Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var error = Assert.Single((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray());
        Assert.StartsWith("Dòng 3: số, ký hiệu \"khong-hop-le\" không hợp lệ", error.GetProperty("message").GetString());
        Assert.Empty(await Search("2439"));

        var response = await _client.PostAsync("/api/citations/import", new StringContent(header + good, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("added").GetInt32());

        Assert.Equal("2439/QĐ-UBND", (await Search("2439"))[0].GetProperty("number").GetString());

        var draft = WordHelper.Testing.DocxBuilder.FromLines(
            "UBND TỈNH LẠNG SƠN", "Số: 12/KH-UBND", "Lạng Sơn, ngày 05 tháng 3 năm 2023", "KẾ HOẠCH", "Tổ chức hội nghị",
            "Căn cứ Quyết định số 2439/QĐ-UBND ngày 01/12/2020 của Ủy ban nhân dân tỉnh Lạng Sơn;");
        var check = await _client.PostAsync("/api/checks", new MultipartFormDataContent { { new ByteArrayContent(draft), "file", "kh.docx" } });
        var findings = (await check.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("findings").EnumerateArray();
        Assert.Contains(findings, f => f.GetProperty("rule").GetString() == "VB-CIT-007");
    }

    [Fact]
    public async Task A_check_after_an_import_reads_the_imported_status_at_once()
    {
        var draft = WordHelper.Testing.DocxBuilder.FromLines(
            "UBND TỈNH LẠNG SƠN", "Số: 15/KH-UBND", "Lạng Sơn, ngày 05 tháng 3 năm 2023", "KẾ HOẠCH", "Tổ chức hội nghị",
            "Căn cứ Quyết định số 2517/QĐ-UBND ngày 03/12/2021 của Ủy ban nhân dân tỉnh Lạng Sơn;");
        async Task<List<string>> Rules()
        {
            var check = await _client.PostAsync("/api/checks", new MultipartFormDataContent { { new ByteArrayContent(draft), "file", "kh.docx" } });
            var findings = (await check.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("findings").EnumerateArray();
            return findings.Select(f => f.GetProperty("rule").GetString()!).ToList();
        }

        var before = await Rules();
        Assert.Contains("VB-CIT-008", before); // not in the registry yet
        Assert.DoesNotContain("VB-CIT-007", before);

        const string csv = "type,number,date,issuer,summary,status,replacedBy\n" +
            "Quyết định,2517/QĐ-UBND,2021-12-03,Ủy ban nhân dân tỉnh Lạng Sơn,về việc ban hành Kế hoạch,expired,\n";
        Assert.Equal(HttpStatusCode.OK, (await _client.PostAsync("/api/citations/import", new StringContent(csv, Encoding.UTF8, "text/csv"))).StatusCode);

        var after = await Rules();
        Assert.Contains("VB-CIT-007", after);
        Assert.DoesNotContain("VB-CIT-008", after);
    }

    [Fact]
    public async Task An_organisations_register_is_imported_once_a_number_and_year_and_a_reimport_updates()
    {
        static StringContent Register(string summary) => new(
            "\uFEFFSỔ ĐĂNG KÝ VĂN BẢN ĐI;;;\nSố, ký hiệu;Ngày ban hành;Trích yếu nội dung;Người ký\n" +
            "31/KH-UBND;14/01/2024;Kế hoạch tuyên truyền năm 2024;Nguyễn Văn A\n" +
            $"31/KH-UBND;10/01/2025;{summary};Nguyễn Văn A\n", Encoding.UTF8, "text/csv");
        var url = "/api/citations/import?organisation=" + Uri.EscapeDataString("UBND tỉnh Lâm Đồng");

        var first = await (await _client.PostAsync(url, Register("Kế hoạch tuyên truyền năm 2025"))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((2, 0), (first.GetProperty("added").GetInt32(), first.GetProperty("updated").GetInt32()));
        var again = await (await _client.PostAsync(url, Register("Kế hoạch tuyên truyền, phổ biến pháp luật năm 2025"))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((0, 2), (again.GetProperty("added").GetInt32(), again.GetProperty("updated").GetInt32()));

        var found = await Search("31/KH-UBND");
        Assert.Equal(2, found.Count(e => e.GetProperty("number").GetString() == "31/KH-UBND"));
        Assert.Contains(found, e => e.GetProperty("summary").GetString() == "Kế hoạch tuyên truyền, phổ biến pháp luật năm 2025");

        // The draft cites the 2025 plan with the date of 2024's: the register tells which document it is and what is wrong.
        var draft = WordHelper.Testing.DocxBuilder.FromLines(
            "UBND TỈNH LÂM ĐỒNG", "Số: 40/BC-UBND", "Lâm Đồng, ngày 05 tháng 3 năm 2025", "BÁO CÁO", "Kết quả tuyên truyền",
            "Thực hiện Kế hoạch số 31/KH-UBND ngày 12/01/2025 của UBND tỉnh Lâm Đồng về tuyên truyền, phổ biến pháp luật năm 2025;");
        var report = await (await _client.PostAsync("/api/checks", new MultipartFormDataContent { { new ByteArrayContent(draft), "file", "bc.docx" } })).Content.ReadFromJsonAsync<JsonElement>();
        var dateFinding = Assert.Single(report.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "VB-CIT-009");
        Assert.Contains("Sổ văn bản của UBND tỉnh Lâm Đồng ghi ngày ban hành 10/01/2025", dateFinding.GetProperty("message").GetString());
        var cited = Assert.Single(report.GetProperty("citations").EnumerateArray());
        Assert.Equal(("in-force", "2025-01-10"), (cited.GetProperty("status").GetString(), cited.GetProperty("registry").GetProperty("date").GetString()));
    }

    [Fact]
    public async Task A_large_register_lands_whole_and_a_half_bad_one_leaves_nothing()
    {
        await using var own = new ApiFactory();
        var client = own.CreateClient();
        async Task<List<JsonElement>> Search(string q) =>
            (await client.GetFromJsonAsync<JsonElement>("/api/citations?q=" + Uri.EscapeDataString(q))).EnumerateArray().ToList();
        var rows = Enumerable.Range(1, 100_000).Select(i => $"{i}/QĐ-SNV;{1 + i % 28}/{1 + i % 12}/2023;Quyết định số {i} của Sở");
        var big = await client.PostAsync("/api/citations/import?organisation=" + Uri.EscapeDataString("Sở Nội vụ tỉnh B"),
            new StringContent("Số, ký hiệu;Ngày ban hành;Trích yếu\n" + string.Join('\n', rows), Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, big.StatusCode);
        Assert.Equal(100_000, (await big.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("added").GetInt32());
        Assert.Equal("Quyết định số 99999 của Sở", (await Search("99999/QĐ-SNV"))[0].GetProperty("summary").GetString());

        var halfBad = await client.PostAsync("/api/citations/import?organisation=" + Uri.EscapeDataString("Sở Nội vụ tỉnh B"),
            new StringContent("Số, ký hiệu;Ngày ban hành;Trích yếu\n7/KH-SNVB;01/02/2024;Tốt\n8/KH-SNVB;30/02/2024;Ngày không có thật\n", Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.BadRequest, halfBad.StatusCode);
        Assert.Contains("Dòng 3", await halfBad.Content.ReadAsStringAsync());
        Assert.Empty(await Search("7/KH-SNVB"));
    }

    [Fact]
    public async Task Malformed_import_is_a_bad_request()
    {
        var response = await _client.PostAsync("/api/citations/import", new StringContent("{không phải json", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Không đọc được", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_central_documents_shipped_with_the_service_are_found_with_what_their_source_says()
    {
        var found = await factory.CreateClient().GetFromJsonAsync<List<JsonElement>>("/api/citations?q=" + Uri.EscapeDataString("209/2013/NĐ-CP"));
        var vat = found!.First();
        Assert.Equal("2013-12-18", vat.GetProperty("date").GetString());
        Assert.StartsWith("Không còn trong Bộ pháp điển", vat.GetProperty("statusNote").GetString());
    }
}
