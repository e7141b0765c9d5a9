using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;

namespace WordHelper.Api.Tests;

/// <summary>POST /api/checks answers with the CLI's report element; bad input answers with Vietnamese problem details.</summary>
public sealed class ChecksApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "assets", "corpus");
    readonly HttpClient _client = factory.CreateClient();

    static MultipartFormDataContent Upload(byte[] bytes, string name)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        return new MultipartFormDataContent { { content, "file", name } };
    }

    static async Task<JsonElement> Json(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task Health_answers_200() => Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/health")).StatusCode);

    [Fact]
    public async Task A_docx_upload_gets_the_same_report_as_the_CLI()
    {
        var response = await _client.PostAsync("/api/checks", Upload(File.ReadAllBytes(Path.Combine(Corpus, "p-v02.docx")), "p-v02.docx"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await Json(response);
        Assert.Equal("p-v02.docx", report.GetProperty("file").GetString());
        Assert.Equal("2023-03-10", report.GetProperty("document").GetProperty("date").GetString());
        var finding = report.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule").GetString() == "VB-CIT-004");
        Assert.Equal("citation", finding.GetProperty("category").GetString());
        Assert.Equal(8, finding.GetProperty("paragraph").GetInt32());
    }

    [Fact]
    public async Task A_flat_OPC_body_from_getOoxml_is_checked_alike()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Corpus, "p-v01.docx"));
        string flat;
        using (var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false)) flat = doc.ToFlatOpcString();
        var response = await _client.PostAsync("/api/checks?name=p-v01.xml", new StringContent(flat, Encoding.UTF8, "application/xml"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var findings = (await Json(response)).GetProperty("findings").EnumerateArray().ToList();
        Assert.Contains(findings, f => f.GetProperty("rule").GetString() == "VB-NUM-001" && f.GetProperty("excerpt").GetString() == "3. Yêu cầu");
    }

    [Fact]
    public async Task An_unreadable_file_is_a_bad_request_with_the_reason_in_Vietnamese()
    {
        var response = await _client.PostAsync("/api/checks", Upload(Encoding.UTF8.GetBytes("không phải docx"), "hong.docx"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await Json(response);
        Assert.Equal("Yêu cầu không hợp lệ", problem.GetProperty("title").GetString());
        Assert.Contains("không phải văn bản Word", problem.GetProperty("detail").GetString());
        Assert.Equal("hong.docx", problem.GetProperty("file").GetString());
    }

    [Fact]
    public async Task A_missing_file_field_is_a_bad_request()
    {
        var response = await _client.PostAsync("/api/checks", new MultipartFormDataContent { { new StringContent("x"), "other" } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("file", (await Json(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_wrong_content_type_is_415_in_Vietnamese()
    {
        var response = await _client.PostAsync("/api/checks", new StringContent("x", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("Kiểu nội dung không được hỗ trợ", (await Json(response)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Unknown_routes_are_404_problem_details()
    {
        var response = await _client.GetAsync("/api/khong-co");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Không tìm thấy", (await Json(response)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_the_routes()
    {
        var doc = await _client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = doc.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/checks", out _));
        Assert.True(paths.TryGetProperty("/api/citations/{id}/text", out _));
    }
}
