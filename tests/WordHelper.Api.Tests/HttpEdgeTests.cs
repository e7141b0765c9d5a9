using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace WordHelper.Api.Tests;

/// <summary>
/// The edges of HTTP answer as Vietnamese problem documents: bodies the binder cannot read name only what the client
/// sent, long query strings are 414, and If-Match follows RFC 9110.
/// </summary>
public sealed class HttpEdgeTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    readonly HttpClient _client = factory.CreateClient();

    static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Theory]
    [InlineData("/api/clauses/kh-3/render", "{\"variables\": 5}", "$.variables")]
    [InlineData("/api/clauses/kh-3/render", "{\"variables\": {\"năm\": [1]}}", "$.variables.năm")]
    [InlineData("/api/clauses", "{\"title\": 5, \"docType\": \"KH\", \"body\": \"x\"}", "$.title")]
    [InlineData("/api/clauses", "{\"title\": \"A\", \"docType\": \"KH\", \"body\": \"x\", \"tags\": \"một\"}", "$.tags")]
    [InlineData("/api/clauses", "{\"title\": ", "$.title")]
    [InlineData("/api/clauses", "", "$")]
    public async Task Bodies_the_binder_cannot_read_name_the_field_and_no_type(string url, string body, string field)
    {
        var problem = await Problem(await _client.PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);
        var raw = problem.GetRawText();
        Assert.Equal("Dữ liệu gửi lên không hợp lệ", problem.GetProperty("title").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), raw);
        Assert.All(messages.EnumerateArray(), m => Assert.Matches("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", m.GetString()!));
        foreach (var internalName in new[] { "System.", "`", "Dictionary", "ClauseInput", "RenderRequest", "input", "request", "The " })
            Assert.DoesNotContain(internalName, raw);
    }

    [Fact]
    public async Task A_query_value_of_the_wrong_type_is_named_in_Vietnamese()
    {
        var problem = await Problem(await _client.GetAsync("/api/citations?limit=nhiều"), HttpStatusCode.BadRequest);
        Assert.Equal("Giá trị \"nhiều\" không hợp lệ.", problem.GetProperty("errors").GetProperty("limit")[0].GetString());
    }

    [Fact]
    public async Task A_query_string_over_the_limit_is_414()
    {
        var problem = await Problem(await _client.GetAsync("/api/citations?q=" + new string('a', 5000)), HttpStatusCode.RequestUriTooLong);
        Assert.Contains("Chuỗi truy vấn dài quá 2.048 ký tự", problem.GetProperty("detail").GetString());
    }

    async Task<(string Id, string ETag)> NewClause()
    {
        var created = await _client.PostAsJsonAsync("/api/clauses", new { title = "Điều khoản If-Match", docType = "KH", body = "Bản một." });
        return ((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!, created.Headers.ETag!.ToString());
    }

    Task<HttpResponseMessage> Put(string id, params string[] ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/clauses/{id}") { Content = JsonContent.Create(new { title = "Điều khoản If-Match", docType = "KH", body = "Bản sửa." }) };
        foreach (var value in ifMatch) request.Headers.TryAddWithoutValidation("If-Match", value);
        return _client.SendAsync(request);
    }

    [Fact]
    public async Task If_match_star_matches_the_current_version()
    {
        var (id, _) = await NewClause();
        var saved = await Put(id, "*");
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("\"2\"", saved.Headers.ETag!.ToString());
    }

    [Fact]
    public async Task A_list_matches_when_any_member_does_in_one_field_or_several()
    {
        var (id, etag) = await NewClause();
        Assert.Equal(HttpStatusCode.OK, (await Put(id, $"\"7\", {etag}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Put(id, "\"9\"", "\"2\"")).StatusCode);
        var stale = await Problem(await Put(id, "\"1\", \"2\""), HttpStatusCode.PreconditionFailed);
        Assert.Contains("phiên bản 3", stale.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_weak_tag_never_authorises_an_edit()
    {
        var (id, etag) = await NewClause();
        var weak = await Problem(await Put(id, "W/" + etag), HttpStatusCode.PreconditionFailed);
        Assert.Contains("ETag yếu", weak.GetProperty("detail").GetString());
        Assert.Equal(1, (await _client.GetFromJsonAsync<JsonElement>($"/api/clauses/{id}")).GetProperty("version").GetInt32());
    }

    [Theory]
    [InlineData("1")]
    [InlineData("\"1")]
    [InlineData("\"1\" \"2\"")]
    public async Task A_malformed_If_Match_is_400(string value)
    {
        var (id, _) = await NewClause();
        var problem = await Problem(await Put(id, value), HttpStatusCode.BadRequest);
        Assert.Contains("If-Match không đúng cú pháp", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_check_without_a_content_type_or_with_another_is_415()
    {
        using var bare = new HttpRequestMessage(HttpMethod.Post, "/api/checks");
        var problem = await Problem(await _client.SendAsync(bare), HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("multipart/form-data", problem.GetProperty("detail").GetString());
        await Problem(await _client.PostAsync("/api/checks", new StringContent("{}", Encoding.UTF8, "application/json")), HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("text/csv;;")]
    [InlineData("text/csv; charset=\"utf-8")]
    [InlineData("text/csv; =x")]
    [InlineData("text/csv, text/plain")]
    [InlineData("")]
    public async Task An_import_with_a_content_type_that_cannot_be_read_is_415(string contentType)
    {
        var content = new ByteArrayContent("type,number,issuer\nQuyết định,9/QĐ-UBND,UBND\n"u8.ToArray());
        if (contentType.Length > 0) content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        var response = await _client.PostAsync("/api/citations/import", content);
        Assert.True(response.StatusCode is HttpStatusCode.UnsupportedMediaType, $"{contentType}: {response.StatusCode}");
    }

    [Fact]
    public async Task A_search_of_a_thousand_words_uses_the_first_ones()
    {
        var words = string.Join('+', Enumerable.Repeat("a", 1_010));
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/api/citations?q=" + words)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/api/clauses?q=" + words)).StatusCode);
    }
}
