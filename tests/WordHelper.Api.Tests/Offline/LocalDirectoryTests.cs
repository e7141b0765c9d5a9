using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WordHelper.Testing;

namespace WordHelper.Api.Tests.Offline;

/// <summary>
/// Without Microsoft 365 the directory is the tenant's local list: seeded with the rule pack's units, completed with
/// addresses through the API, used by a check with ?directory=true. A draft message needs Microsoft 365 and says so.
/// </summary>
public sealed class LocalDirectoryTests : IAsyncLifetime
{
    readonly TestDatabase _database = TestDatabase.Sqlite();
    Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _service = null!;
    HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _service = _database.Service();
        _client = _service.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _service.DisposeAsync();
        await _database.DisposeAsync();
    }

    async Task<JsonElement> Check(params string[] recipients)
    {
        var lines = new[] { "UBND TỈNH LÂM ĐỒNG", "Số: 12/KH-UBND", "KẾ HOẠCH", "Tổ chức hội nghị", "Nội dung./.", "Nơi nhận:" }
            .Concat(recipients).Append("- Lưu: VT, NC.").ToArray();
        var response = await _client.PostAsync("/api/checks?directory=true",
            new MultipartFormDataContent { { new ByteArrayContent(DocxBuilder.FromLines(lines)), "file", "kh.docx" } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task The_seeded_units_resolve_without_an_address_until_one_is_added()
    {
        var list = await _client.GetFromJsonAsync<List<JsonElement>>("/api/directory");
        var finance = Assert.Single(list!, e => e.GetProperty("name").GetString() == "Sở Tài chính");
        Assert.Equal(JsonValueKind.Null, finance.GetProperty("mail").ValueKind);

        var before = (await Check("- Sở Tài chính;", "- Sở Du lịch;")).GetProperty("recipients");
        Assert.Equal("resolved", before[0].GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, before[0].GetProperty("matches")[0].GetProperty("mail").ValueKind);
        Assert.Equal("not-found", before[1].GetProperty("status").GetString());

        var id = finance.GetProperty("id").GetString();
        var updated = await _client.PutAsJsonAsync($"/api/directory/{id}", new { name = "Sở Tài chính", mail = "stc@lamdong.example.gov.vn", kind = "unit", aliases = new[] { "STC" } });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var created = await _client.PostAsJsonAsync("/api/directory", new { name = "Sở Du lịch", mail = "sdl@lamdong.example.gov.vn" });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());

        var report = await Check("- Sở Tài chính;", "- Sở Du lịch;");
        Assert.Equal(["stc@lamdong.example.gov.vn", "sdl@lamdong.example.gov.vn"],
            report.GetProperty("recipients").EnumerateArray().Select(r => r.GetProperty("matches")[0].GetProperty("mail").GetString()));
        Assert.DoesNotContain(report.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "VB-REC-010");

        Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync($"/api/directory/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.DeleteAsync($"/api/directory/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_check_without_the_directory_reports_no_recipients()
    {
        var response = await _client.PostAsync("/api/checks",
            new MultipartFormDataContent { { new ByteArrayContent(DocxBuilder.FromLines("KẾ HOẠCH", "Nơi nhận:", "- Sở Du lịch;", "- Lưu: VT.")), "file", "kh.docx" } });
        Assert.False((await response.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("recipients", out _));
    }

    [Fact]
    public async Task A_bad_entry_is_refused_field_by_field_in_Vietnamese()
    {
        var response = await _client.PostAsJsonAsync("/api/directory", new { name = "", mail = "syt at lamdong", kind = "robot" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("Cần tên nơi nhận.", errors.GetProperty("name")[0].GetString());
        Assert.Contains("không phải một địa chỉ thư điện tử", errors.GetProperty("mail")[0].GetString());
        Assert.Contains("unit (đơn vị)", errors.GetProperty("kind")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.GetAsync("/api/directory/lookup")).StatusCode);
    }

    [Fact]
    public async Task A_draft_message_needs_Microsoft_365()
    {
        var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(DocxBuilder.FromLines("KẾ HOẠCH")), "file", "kh.docx" },
            { new StringContent("stc@lamdong.example.gov.vn"), "to" },
        };
        var response = await _client.PostAsync("/api/messages/draft", form);
        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Contains("Microsoft 365", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }
}
