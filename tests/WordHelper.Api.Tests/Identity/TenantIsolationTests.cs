using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using WordHelper.Testing;

namespace WordHelper.Api.Tests.Identity;

/// <summary>
/// Two organisations on one service: each has its own clause library and its own registry additions, and reads the
/// shared registry; neither sees nor changes the other's. On SQLite and PostgreSQL.
/// </summary>
public sealed class TenantIsolationTests(FakeEntra entra) : IClassFixture<FakeEntra>
{
    [Fact]
    public Task Sqlite_tenants_are_apart() => Apart(TestDatabase.Sqlite());

    [PostgresFact]
    public Task Postgres_tenants_are_apart() => Apart(TestDatabase.Postgres());

    HttpClient Editor(EntraService service, string tenant) =>
        service.Client(entra.Mint(new FakeEntra.Token { Tenant = tenant, Roles = ["WordHelper.Editor"] }));

    static async Task<List<string>> Titles(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<List<JsonElement>>("/api/clauses?q=" + Uri.EscapeDataString(query)))!.Select(c => c.GetProperty("title").GetString()!).ToList();

    static async Task<List<JsonElement>> Citations(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<List<JsonElement>>("/api/citations?q=" + Uri.EscapeDataString(query)))!;

    static async Task<List<string>> CheckRules(HttpClient client, string citation)
    {
        var draft = DocxBuilder.FromLines("UBND TỈNH LÂM ĐỒNG", "Số: 12/KH-UBND", "Lâm Đồng, ngày 05 tháng 3 năm 2024", "KẾ HOẠCH", "Tổ chức hội nghị", $"Căn cứ {citation};");
        var report = await (await client.PostAsync("/api/checks", new MultipartFormDataContent { { new ByteArrayContent(draft), "file", "kh.docx" } })).Content.ReadFromJsonAsync<JsonElement>();
        return report.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()!).ToList();
    }

    static StringContent Csv(string row) => new($"type,number,date,issuer,summary,status\n{row}\n", Encoding.UTF8, "text/csv");

    async Task Apart(TestDatabase database)
    {
        await using var service = new EntraService(entra, "organizations", allowedTenants: [FakeEntra.TenantA, FakeEntra.TenantB], database: database);
        var a = Editor(service, FakeEntra.TenantA);
        var b = Editor(service, FakeEntra.TenantB);

        // A clause of A's is A's alone: B neither finds, reads, renders, edits nor sees its history.
        var created = await a.PostAsJsonAsync("/api/clauses", new { title = "Phòng cháy chữa cháy rừng", docType = "KH", body = "Nội dung của tổ chức A." });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        Assert.Contains("Phòng cháy chữa cháy rừng", await Titles(a, "phong chay chua chay"));
        Assert.DoesNotContain("Phòng cháy chữa cháy rừng", await Titles(b, "phong chay chua chay"));
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/api/clauses/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/api/clauses/{id}/history")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.PostAsJsonAsync($"/api/clauses/{id}/render", new { })).StatusCode);
        using (var put = new HttpRequestMessage(HttpMethod.Put, $"/api/clauses/{id}") { Content = JsonContent.Create(new { title = "Của B", docType = "KH", body = "B sửa." }), Headers = { { "If-Match", "*" } } })
            Assert.Equal(HttpStatusCode.NotFound, (await b.SendAsync(put)).StatusCode);

        // Both start with the standard sections; an edit of A's leaves B's as they were.
        using (var put = new HttpRequestMessage(HttpMethod.Put, "/api/clauses/kh-1") { Content = JsonContent.Create(new { title = "Mục đích của A", docType = "KH", body = "A sửa." }), Headers = { { "If-Match", "\"1\"" } } })
            Assert.Equal(HttpStatusCode.OK, (await a.SendAsync(put)).StatusCode);
        var sectionOfB = await b.GetFromJsonAsync<JsonElement>("/api/clauses/kh-1");
        Assert.Equal(1, sectionOfB.GetProperty("version").GetInt32());
        Assert.Equal("Mục đích, yêu cầu", sectionOfB.GetProperty("title").GetString());
        Assert.Equal("Mục đích, yêu cầu", (await b.GetFromJsonAsync<List<JsonElement>>("/api/sections?docType=KH"))![0].GetProperty("title").GetString());

        // A's register: A finds it and checks against it; B does neither. Both read the shared registry.
        Assert.Equal(HttpStatusCode.OK, (await a.PostAsync("/api/citations/import", Csv("Quyết định,2517/QĐ-UBND,2021-12-03,Ủy ban nhân dân tỉnh Lâm Đồng,về việc ban hành Kế hoạch,expired"))).StatusCode);
        Assert.Single(await Citations(a, "2517"));
        Assert.Empty(await Citations(b, "2517"));
        Assert.Contains("VB-CIT-007", await CheckRules(a, "Quyết định số 2517/QĐ-UBND ngày 03/12/2021 của Ủy ban nhân dân tỉnh Lâm Đồng"));
        Assert.Contains("VB-CIT-008", await CheckRules(b, "Quyết định số 2517/QĐ-UBND ngày 03/12/2021 của Ủy ban nhân dân tỉnh Lâm Đồng"));
        Assert.Equal("1791/QĐ-TTg", (await Citations(b, "1791"))[0].GetProperty("number").GetString());

        // B's own entry for a number of A's, and for a shared one, changes neither A's nor the shared document.
        Assert.Equal(HttpStatusCode.OK, (await b.PostAsync("/api/citations/import", Csv("Quyết định,2517/QĐ-UBND,2021-12-03,UBND tỉnh B,của B,in-force"))).StatusCode);
        var shared = (await Citations(a, "1791"))[0];
        Assert.Equal(HttpStatusCode.OK, (await b.PostAsync("/api/citations/import", Csv("Quyết định,1791/QĐ-TTg,2016-09-15,Thủ tướng Chính phủ,bản của B,expired"))).StatusCode);
        Assert.Equal("Ủy ban nhân dân tỉnh Lâm Đồng", (await Citations(a, "2517"))[0].GetProperty("issuer").GetString());
        Assert.Equal(shared.GetRawText(), (await Citations(a, "1791"))[0].GetRawText());
        var ofB = (await Citations(b, "1791"))[0];
        Assert.Equal("bản của B", ofB.GetProperty("summary").GetString());
        Assert.Equal("bản của B", (await b.GetFromJsonAsync<JsonElement>($"/api/citations/{ofB.GetProperty("id").GetString()}")).GetProperty("summary").GetString());
        Assert.Equal(shared.GetProperty("summary").GetString(), (await a.GetFromJsonAsync<JsonElement>($"/api/citations/{ofB.GetProperty("id").GetString()}")).GetProperty("summary").GetString());

        // A's directory entry and archive scope are A's alone; both start from the seeded units.
        var entry = await a.PostAsJsonAsync("/api/directory", new { name = "Sở Du lịch", mail = "sdl@a.example.gov.vn", kind = "unit" });
        Assert.Equal(HttpStatusCode.Created, entry.StatusCode);
        var entryId = (await entry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        Assert.Contains("sdl@a.example.gov.vn", await a.GetStringAsync("/api/directory/lookup?name=Sở Du lịch"));
        Assert.Equal("[]", await b.GetStringAsync("/api/directory/lookup?name=Sở Du lịch"));
        Assert.DoesNotContain(entryId, await b.GetStringAsync("/api/directory"));
        Assert.Contains("Sở Tài chính", await b.GetStringAsync("/api/directory"));
        Assert.Equal(HttpStatusCode.NotFound, (await b.PutAsJsonAsync($"/api/directory/{entryId}", new { name = "Của B", kind = "unit" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.DeleteAsync($"/api/directory/{entryId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await a.PutAsJsonAsync("/api/archive/settings", new { scope = "https://a.sharepoint.com/sites/VanThu" })).StatusCode);
        Assert.Equal("", (await b.GetFromJsonAsync<JsonElement>("/api/archive/settings")).GetProperty("scope").GetString());
        Assert.Equal("https://a.sharepoint.com/sites/VanThu", (await a.GetFromJsonAsync<JsonElement>("/api/archive/settings")).GetProperty("scope").GetString());
    }
}
