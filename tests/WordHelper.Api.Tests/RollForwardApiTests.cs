using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WordHelper.Core.Documents;
using WordHelper.Testing;

namespace WordHelper.Api.Tests;

/// <summary>POST /api/rollforward: the rolled document in base64 with its summary; bad input answered as /api/checks answers it.</summary>
public sealed class RollForwardApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    static MultipartFormDataContent Form(byte[] docx, string? to, string? date = null)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(docx), "file", "ke-hoach-2025.docx" } };
        if (to is not null) form.Add(new StringContent(to), "to");
        if (date is not null) form.Add(new StringContent(date), "date");
        return form;
    }

    static readonly byte[] Plan = DocxBuilder.FromLines("Số: 12/KH-UBND", "Lâm Đồng, ngày 15 tháng 01 năm 2025", "KẾ HOẠCH", "Tuyên truyền pháp luật năm 2025", "Hoàn thành trước ngày 15/12/2025.");

    [Fact]
    public async Task A_plan_is_rolled_to_the_year_asked_with_its_summary()
    {
        var response = await factory.CreateClient().PostAsync("/api/rollforward", Form(Plan, "2026", "2026-01-20"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rolled = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("năm 2025", rolled.GetProperty("from").GetString());
        Assert.Equal(1, rolled.GetProperty("summary").GetProperty("schedule").GetInt32());
        Assert.Contains(rolled.GetProperty("changes").EnumerateArray(), c => c.GetProperty("kind").GetString() == "period" && c.GetProperty("paragraph").GetInt32() == 3);
        var text = DocxReader.Read(new MemoryStream(Convert.FromBase64String(rolled.GetProperty("docx").GetString()!))).Paragraphs.Select(p => p.Text).ToList();
        Assert.Equal("Lâm Đồng, ngày 20 tháng 01 năm 2026", text[1]);
        Assert.Equal("Hoàn thành trước ngày 15/12/2026.", text[4]);
    }

    [Theory]
    [InlineData(null, null, 400, "không hợp lệ")]
    [InlineData("2026-13", null, 400, "không hợp lệ")]
    [InlineData("2026", "20/01/2026", 400, "2026-01-15")]
    [InlineData("2025-10", null, 422, "tháng")]
    public async Task Bad_input_is_a_Vietnamese_problem(string? to, string? date, int status, string said)
    {
        var response = await factory.CreateClient().PostAsync("/api/rollforward", Form(Plan, to, date));
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Contains(said, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_file_that_is_not_a_docx_is_400()
    {
        var response = await factory.CreateClient().PostAsync("/api/rollforward", Form("không phải tệp Word"u8.ToArray(), "2026"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Office Open XML", await response.Content.ReadAsStringAsync());
    }
}
