using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using WireMock.RequestBuilders;
using WordHelper.Api.Tests.Identity;
using WordHelper.Testing;

namespace WordHelper.Api.Tests.Graph;

/// <summary>
/// Recipients resolved through the real GraphServiceClient against a fake Graph: people, mail-enabled groups and
/// contacts, every page of a result, the advanced-query header on each, the user's token exchanged once and cached.
/// </summary>
public sealed class GraphDirectoryTests : Microsoft365Test
{
    protected override void DeclareRoutes()
    {
        var routes = M365.Routes;
        routes.Given(Request.Create().WithPath("/v1.0/users").WithParam("$skiptoken", "page2").UsingGet()).AtPriority(1)
            .RespondWith(FakeMicrosoft365.Json(new { value = new[] { new { displayName = "Sở Giáo dục và Đào tạo", mail = "sgddt@lamdong.example.gov.vn" } } }));
        routes.Given(Request.Create().WithPath("/v1.0/users").UsingGet()).AtPriority(2)
            .RespondWith(FakeMicrosoft365.Json(new Dictionary<string, object>
            {
                ["value"] = new[] { new { displayName = "Phạm Thị Hoa", mail = "hoa@lamdong.example.gov.vn" } },
                ["@odata.nextLink"] = M365.GraphBaseUrl + "/users?$skiptoken=page2",
            }));
        routes.Given(Request.Create().WithPath("/v1.0/groups").UsingGet())
            .RespondWith(FakeMicrosoft365.Json(new { value = new[] { new { displayName = "Sở Y tế tỉnh Lâm Đồng", mail = "syt@lamdong.example.gov.vn" } } }));
        routes.Given(Request.Create().WithPath("/v1.0/contacts").UsingGet())
            .RespondWith(FakeMicrosoft365.Json(new { value = Array.Empty<object>() }));
    }

    static MultipartFormDataContent Draft(params string[] recipients)
    {
        var lines = new[] { "UBND TỈNH LÂM ĐỒNG", "Số: 12/KH-UBND", "KẾ HOẠCH", "Tổ chức hội nghị", "Nội dung./.", "Nơi nhận:" }
            .Concat(recipients).Append("- Lưu: VT, NC.").ToArray();
        var file = new ByteArrayContent(DocxBuilder.FromLines(lines));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        return new MultipartFormDataContent { { file, "file", "ke-hoach.docx" } };
    }

    [Fact]
    public async Task A_check_with_the_directory_resolves_each_entry_through_Graph_on_every_page()
    {
        var response = await Client().PostAsync("/api/checks?directory=true", Draft("- Các Sở: Y tế, GDĐT;", "- Sở Xây dựng;"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var recipients = report.GetProperty("recipients").EnumerateArray().ToList();
        Assert.Equal(["Sở Y tế", "Sở GDĐT", "Sở Xây dựng"], recipients.Select(r => r.GetProperty("entry").GetString()));
        Assert.Equal(["resolved", "resolved", "not-found"], recipients.Select(r => r.GetProperty("status").GetString()));
        Assert.Equal("syt@lamdong.example.gov.vn", recipients[0].GetProperty("matches")[0].GetProperty("mail").GetString());
        Assert.Equal("group", recipients[0].GetProperty("matches")[0].GetProperty("kind").GetString());
        // Found on the second page of the people search.
        Assert.Equal("sgddt@lamdong.example.gov.vn", recipients[1].GetProperty("matches")[0].GetProperty("mail").GetString());
        var missing = Assert.Single(report.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "VB-REC-010");
        Assert.Contains("Sở Xây dựng", missing.GetProperty("message").GetString());

        var users = M365.GraphCalls("/users");
        Assert.Equal(6, users.Count); // three entries, two pages each
        Assert.All(users.Concat(M365.GraphCalls("/groups")), call =>
        {
            Assert.Equal("eventual", call.RequestMessage.Headers!["ConsistencyLevel"].Single());
            Assert.Equal("Bearer " + FakeMicrosoft365.GraphToken, call.RequestMessage.Headers["Authorization"].Single());
        });
        Assert.Contains(users, u => Query(u, "$search") == "\"displayName:Sở Giáo dục và Đào tạo\"");
        Assert.Contains(M365.GraphCalls("/groups"), g => Query(g, "$filter") == "mailEnabled eq true");
        Assert.Contains(M365.GraphCalls("/contacts"), c => Query(c, "$filter") == "startswith(displayName,'Sở Xây dựng')");
    }

    static string? Query(WireMock.Logging.ILogEntry call, string name) =>
        call.RequestMessage.Query is { } q && q.TryGetValue(name, out var values) ? values.Single() : null;

    [Fact]
    public async Task The_users_token_is_exchanged_once_and_then_served_from_the_cache()
    {
        var client = Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/directory/lookup?name=Sở Y tế")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/directory/lookup?name=Sở GDĐT")).StatusCode);
        Assert.Equal(1, M365.TokenExchanges);
        var exchange = M365.Routes.LogEntries.Single(e => e.RequestMessage.Path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal)).RequestMessage;
        Assert.Contains("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer", exchange.Body);
        Assert.Contains("requested_token_use=on_behalf_of", exchange.Body);
    }

    [Fact]
    public async Task Without_a_token_Graph_is_never_asked()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await Service.Client().GetAsync("/api/directory/lookup?name=Sở Y tế")).StatusCode);
        Assert.Empty(M365.GraphCalls("/users"));
        Assert.Equal(0, M365.TokenExchanges);
    }
}
