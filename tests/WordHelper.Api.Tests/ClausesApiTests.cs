using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace WordHelper.Api.Tests;

/// <summary>Standard sections, the clause library with its versions, and rendering for insertion into Word.</summary>
public sealed class ClausesApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    readonly HttpClient _client = factory.CreateClient();

    static readonly Dictionary<string, string> BudgetValues = new()
    {
        ["kinh phí"] = "15000000", ["nguồn kinh phí"] = "ngân sách tỉnh", ["năm"] = "2026",
    };

    async Task<List<JsonElement>> Get(string url) => (await _client.GetFromJsonAsync<JsonElement>(url)).EnumerateArray().ToList();

    async Task<(HttpResponseMessage Response, JsonElement Body)> Create(string title, string body)
    {
        var response = await _client.PostAsJsonAsync("/api/clauses", new { title, docType = "KH", body, tags = new[] { "thử" } });
        return (response, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    static HttpRequestMessage Put(string id, string? etag, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/clauses/{id}") { Content = JsonContent.Create(new { title = "Điều khoản thử", docType = "KH", body }) };
        if (etag is not null) request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));
        return request;
    }

    [Fact]
    public async Task A_plan_has_its_four_standard_sections_in_order()
    {
        var titles = (await Get("/api/sections?docType=KH")).Select(s => s.GetProperty("title").GetString()).ToList();
        Assert.Equal(["Mục đích, yêu cầu", "Nội dung", "Kinh phí thực hiện", "Tổ chức thực hiện"], titles);
        Assert.Equal(4, (await Get("/api/sections?docType=b%C3%A1o%20c%C3%A1o")).Count);
        Assert.Equal(2, (await Get("/api/sections?docType=CV")).Count);
    }

    [Fact]
    public async Task An_unknown_document_type_is_a_bad_request()
    {
        var response = await _client.GetAsync("/api/sections?docType=XYZ");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("KH", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("to chuc thuc hien")]
    [InlineData("TCTH")]
    [InlineData("Tổ chức thực hiện")]
    public async Task Search_folds_diacritics_and_knows_initials(string query)
    {
        var found = await Get("/api/clauses?q=" + Uri.EscapeDataString(query));
        Assert.Equal("Tổ chức thực hiện", found[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task Saving_makes_versions_and_a_stale_ETag_is_refused()
    {
        var (created, clause) = await Create("Điều khoản thử", "Nội dung đầu tiên {{năm}}.");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = clause.GetProperty("id").GetString()!;
        var first = created.Headers.ETag!.ToString();
        Assert.Equal(["năm"], clause.GetProperty("variables").EnumerateArray().Select(v => v.GetString()));

        var saved = await _client.SendAsync(Put(id, first, "Nội dung sửa lần một."));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(2, (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());

        var stale = await _client.SendAsync(Put(id, first, "Bản sửa dựa trên phiên bản cũ."));
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Contains("phiên bản 2", await stale.Content.ReadAsStringAsync());

        Assert.Equal(428, (int)(await _client.SendAsync(Put(id, null, "Không có If-Match."))).StatusCode);

        var history = await Get($"/api/clauses/{id}/history");
        Assert.Equal([2, 1], history.Select(v => v.GetProperty("version").GetInt32()));
        Assert.Equal("Nội dung đầu tiên {{năm}}.", history[1].GetProperty("body").GetString());
    }

    [Fact]
    public async Task Of_two_concurrent_edits_one_wins_and_the_other_gets_412()
    {
        var (created, clause) = await Create("Điều khoản tranh chấp", "Bản gốc.");
        var id = clause.GetProperty("id").GetString()!;
        var etag = created.Headers.ETag!.ToString();
        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => _client.SendAsync(Put(id, etag, $"Bản sửa {i}."))));
        Assert.Equal(1, results.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(5, results.Count(r => r.StatusCode == HttpStatusCode.PreconditionFailed));
        Assert.Equal(2, (await Get($"/api/clauses/{id}/history")).Count);
    }

    [Fact]
    public async Task A_budget_renders_in_figures_and_words_numbered_to_fit_and_valid_for_Word()
    {
        var response = await _client.PostAsJsonAsync("/api/clauses/kh-3/render", new { variables = BudgetValues, number = "4" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rendered = await response.Content.ReadFromJsonAsync<JsonElement>();
        var text = rendered.GetProperty("text").GetString()!;
        Assert.StartsWith("IV. KINH PHÍ THỰC HIỆN\n", text);
        Assert.Contains("15.000.000 đồng (Bằng chữ: Mười lăm triệu đồng)", text);
        Assert.DoesNotContain("{{", text);
        Assert.Contains("<strong>IV. KINH PHÍ THỰC HIỆN</strong>", rendered.GetProperty("html").GetString());

        using var doc = WordprocessingDocument.FromFlatOpcString(rendered.GetProperty("ooxml").GetString()!);
        Assert.Empty(new OpenXmlValidator().Validate(doc));
        var runs = doc.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.RunProperties>().ToList();
        Assert.All(runs, r => Assert.Equal("28", r.FontSize!.Val!.Value));
    }

    [Fact]
    public async Task Missing_variables_are_reported_and_left_as_highlighted_blanks()
    {
        var response = await _client.PostAsJsonAsync("/api/clauses/kh-3/render", new { variables = new { năm = "2026", đơnVịKhông = "x" }, number = "III" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rendered = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["kinh phí", "nguồn kinh phí"], rendered.GetProperty("missing").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(["đơnVịKhông"], rendered.GetProperty("unknown").EnumerateArray().Select(m => m.GetString()));
        var text = rendered.GetProperty("text").GetString()!;
        Assert.DoesNotContain("{{", text);
        Assert.Contains("[kinh phí]", text);
        Assert.Contains("<mark>[kinh phí]</mark>", rendered.GetProperty("html").GetString());

        using var doc = WordprocessingDocument.FromFlatOpcString(rendered.GetProperty("ooxml").GetString()!);
        Assert.Empty(new OpenXmlValidator().Validate(doc));
        var blank = doc.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Run>().Single(r => r.InnerText == "[kinh phí]");
        Assert.NotNull(blank.RunProperties!.Highlight);
    }

    [Fact]
    public async Task Unknown_clauses_and_invalid_bodies_answer_in_Vietnamese()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/clauses/khong-co")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.PostAsJsonAsync("/api/clauses/khong-co/render", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.PostAsync("/api/clauses/kh-3/render", new StringContent("[1,2]", System.Text.Encoding.UTF8, "application/json"))).StatusCode);
        var invalid = await _client.PostAsJsonAsync("/api/clauses", new { title = "", docType = "KH", body = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("Thiếu tiêu đề", await invalid.Content.ReadAsStringAsync());
        var notJson = await _client.PostAsync("/api/clauses", new StringContent("{", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
    }

    [Fact]
    public async Task Render_never_answers_500_whatever_the_values()
    {
        // Control characters, a lone surrogate, a null value and digits of another script: cleaned, left blank, kept as text.
        var variables = new Dictionary<string, string?> { ["năm"] = "20\u000126\ud800", ["kinh phí"] = "١٥٠٠٠", ["nguồn kinh phí"] = null };
        var response = await _client.PostAsJsonAsync("/api/clauses/kh-3/render", new { variables, number = "3999" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rendered = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("MMMCMXCIX. ", rendered.GetProperty("text").GetString());
        Assert.Contains("2026", rendered.GetProperty("text").GetString());
        Assert.Contains("nguồn kinh phí", rendered.GetProperty("missing").EnumerateArray().Select(m => m.GetString()));
        using (var doc = WordprocessingDocument.FromFlatOpcString(rendered.GetProperty("ooxml").GetString()!))
            Assert.Empty(new OpenXmlValidator().Validate(doc));

        // Numbers no section has, and names and values beyond their limits, are refused by name.
        foreach (var number in new[] { "4000", "-1", "IV<script>", "99999999999999999999" })
        {
            var refused = await _client.PostAsJsonAsync("/api/clauses/kh-3/render", new { number });
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("La Mã", await refused.Content.ReadAsStringAsync());
        }
        var longValue = await _client.PostAsJsonAsync("/api/clauses/kh-3/render", new { variables = new Dictionary<string, string> { ["năm"] = new string('9', 10_001) } });
        Assert.Equal(HttpStatusCode.BadRequest, longValue.StatusCode);

        // A value repeated through a long clause would make more text than any document: 422, not a full memory.
        var (created, clause) = await Create("Lặp lại", string.Concat(Enumerable.Repeat("{{giá trị}} ", 200)));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var repeated = await _client.PostAsJsonAsync($"/api/clauses/{clause.GetProperty("id").GetString()}/render",
            new { variables = new Dictionary<string, string> { ["giá trị"] = new string('x', 10_000) } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, repeated.StatusCode);
        Assert.Contains("1.000.000 ký tự", await repeated.Content.ReadAsStringAsync());

        // So would a value of many lines repeated on many lines: each line becomes a paragraph of markup.
        var (_, lines) = await Create("Nhiều dòng", string.Join("\n", Enumerable.Repeat("{{a}}", 99)));
        var manyLines = await _client.PostAsJsonAsync($"/api/clauses/{lines.GetProperty("id").GetString()}/render",
            new { variables = new Dictionary<string, string> { ["a"] = string.Join("\n", Enumerable.Repeat("x", 5_000)) }, number = "IV" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, manyLines.StatusCode);
        Assert.Contains("2.000 đoạn", await manyLines.Content.ReadAsStringAsync());
    }
}
