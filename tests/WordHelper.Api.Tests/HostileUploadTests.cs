using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using WordHelper.Testing;

namespace WordHelper.Api.Tests;

/// <summary>
/// Drafts built to hurt the service — nested a hundred thousand levels deep, or far over the budget of a check — are
/// answered with a Vietnamese problem (422, 413) and the service goes on serving.
/// </summary>
public sealed class HostileUploadTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    readonly HttpClient _client = factory.CreateClient();

    static MultipartFormDataContent Upload(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        return new MultipartFormDataContent { { content, "file", "du-thao.docx" } };
    }

    async Task AssertProblem(HttpResponseMessage response, HttpStatusCode status, string detail)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains(detail, problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/health")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(DeepMarkup.Theory), MemberType = typeof(DeepMarkup))]
    public async Task A_docx_nested_a_hundred_thousand_levels_deep_is_422(Nesting kind) =>
        await AssertProblem(await _client.PostAsync("/api/checks", Upload(RawDocx.Docx(DeepMarkup.Body(kind, 100_000)))),
            HttpStatusCode.UnprocessableEntity, "lồng nhau quá sâu");

    [Theory]
    [MemberData(nameof(DeepMarkup.Theory), MemberType = typeof(DeepMarkup))]
    public async Task Flat_OPC_nested_a_hundred_thousand_levels_deep_is_422(Nesting kind) =>
        await AssertProblem(await _client.PostAsync("/api/checks", new StringContent(RawDocx.FlatOpc(DeepMarkup.Body(kind, 100_000)), Encoding.UTF8, "application/xml")),
            HttpStatusCode.UnprocessableEntity, "lồng nhau quá sâu");

    [Fact]
    public async Task A_draft_of_a_hundred_thousand_paragraphs_is_413_by_name()
    {
        var body = string.Concat(Enumerable.Range(0, 100_000).Select(i => RawDocx.Paragraph($"{i % 9 + 1}. Tổ chức thực hiện nhiệm vụ số {i}")));
        await AssertProblem(await _client.PostAsync("/api/checks", Upload(RawDocx.Docx(body))), HttpStatusCode.RequestEntityTooLarge, "hơn 20.000 đoạn văn");
        await AssertProblem(await _client.PostAsync("/api/checks", new StringContent(RawDocx.FlatOpc(body), Encoding.UTF8, "application/xml")),
            HttpStatusCode.RequestEntityTooLarge, "hơn 20.000 đoạn văn");
    }
}
