using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace WordHelper.Api.Tests.Identity;

/// <summary>
/// With Microsoft Entra settings, only a valid access token for this API, of an allowed tenant, with the pane's scope,
/// gets in; editing needs the editor role or group. Refusals are Vietnamese problem details.
/// </summary>
public sealed class SignInTests : IClassFixture<FakeEntra>, IAsyncLifetime
{
    readonly FakeEntra _entra;
    readonly EntraService _service;

    public SignInTests(FakeEntra entra)
    {
        _entra = entra;
        _service = new EntraService(entra, editorGroups: ["d2b7f0c4-9a8e-4f3b-8c1d-7e6a5b4c3d2e"]);
    }

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _service.DisposeAsync();

    HttpClient With(FakeEntra.Token token) => _service.Client(_entra.Mint(token));

    static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode status, string title)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Contains(status == HttpStatusCode.Forbidden ? "WordHelper.Editor" : "Microsoft 365", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_valid_token_of_the_tenant_with_the_scope_reads_and_checks()
    {
        var client = With(new FakeEntra.Token());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/clauses?q=tcth")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/citations?q=1791")).StatusCode);
        var check = await client.PostAsync("/api/checks", new StringContent(WordHelper.Testing.RawDocx.FlatOpc(WordHelper.Testing.RawDocx.Paragraph("Kế hoạch")), System.Text.Encoding.UTF8, "application/xml"));
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
    }

    [Fact]
    public async Task The_audience_may_be_the_client_id_or_its_api_URI()
    {
        Assert.Equal(HttpStatusCode.OK, (await With(new FakeEntra.Token { Audience = "api://" + FakeEntra.ClientId }).GetAsync("/api/sections?docType=KH")).StatusCode);
    }

    public static IEnumerable<object[]> BadTokens =>
    [
        ["another audience", new FakeEntra.Token { Audience = "api://khac" }],
        ["another issuer", new FakeEntra.Token { Issuer = "https://sts.windows.net/" + FakeEntra.TenantA + "/" }],
        ["another tenant", new FakeEntra.Token { Tenant = FakeEntra.TenantB }],
        ["expired", new FakeEntra.Token { NotBefore = DateTime.UtcNow.AddHours(-3), Expires = DateTime.UtcNow.AddHours(-1) }],
        ["not yet valid", new FakeEntra.Token { NotBefore = DateTime.UtcNow.AddHours(1), Expires = DateTime.UtcNow.AddHours(2) }],
        ["signed with another key", new FakeEntra.Token { ForgedKey = true }],
        ["neither scope nor role", new FakeEntra.Token { Scope = null }],
    ];

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task A_bad_token_is_401(string flaw, FakeEntra.Token token)
    {
        var response = await With(token).GetAsync("/api/clauses?q=tcth");
        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{flaw}: {response.StatusCode}");
        await AssertProblem(response, HttpStatusCode.Unauthorized, "Chưa đăng nhập");
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
    }

    [Fact]
    public async Task An_unsigned_token_is_401() =>
        await AssertProblem(await _service.Client(_entra.MintUnsigned(new FakeEntra.Token())).GetAsync("/api/clauses"), HttpStatusCode.Unauthorized, "Chưa đăng nhập");

    [Fact]
    public async Task A_token_without_the_panes_scope_is_403() =>
        await AssertProblem(await With(new FakeEntra.Token { Scope = "User.Read", Roles = ["WordHelper.Editor"] }).GetAsync("/api/clauses"), HttpStatusCode.Forbidden, "Không có quyền");

    [Fact]
    public async Task Editing_needs_the_editor_role_or_group()
    {
        var clause = new { title = "Điều khoản của biên tập viên", docType = "KH", body = "Nội dung." };
        var reader = With(new FakeEntra.Token());
        await AssertProblem(await reader.PostAsJsonAsync("/api/clauses", clause), HttpStatusCode.Forbidden, "Không có quyền");
        var import = new StringContent("type,number,date,issuer,summary,status\nQuyết định,8/QĐ-UBND,2024-01-05,UBND tỉnh,về việc,in-force\n", System.Text.Encoding.UTF8, "text/csv");
        await AssertProblem(await reader.PostAsync("/api/citations/import", import), HttpStatusCode.Forbidden, "Không có quyền");
        Assert.Equal(HttpStatusCode.OK, (await reader.PostAsJsonAsync("/api/clauses/kh-3/render", new { number = "IV" })).StatusCode);

        Assert.Equal(HttpStatusCode.Created, (await With(new FakeEntra.Token { Roles = ["WordHelper.Editor"] }).PostAsJsonAsync("/api/clauses", clause)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await With(new FakeEntra.Token { Groups = ["d2b7f0c4-9a8e-4f3b-8c1d-7e6a5b4c3d2e"] }).PostAsJsonAsync("/api/clauses", clause)).StatusCode);
        await AssertProblem(await With(new FakeEntra.Token { Groups = ["00000000-9a8e-4f3b-8c1d-7e6a5b4c3d2e"] }).PostAsJsonAsync("/api/clauses", clause), HttpStatusCode.Forbidden, "Không có quyền");
    }

    [Fact]
    public async Task Every_route_of_the_OpenAPI_document_needs_a_token()
    {
        var anonymous = _service.Client();
        var document = JsonDocument.Parse(await anonymous.GetStringAsync("/openapi/v1.json")).RootElement;
        var tried = 0;
        foreach (var path in document.GetProperty("paths").EnumerateObject())
            foreach (var operation in path.Value.EnumerateObject())
            {
                using var request = new HttpRequestMessage(new HttpMethod(operation.Name.ToUpperInvariant()), path.Name.Replace("{id}", "kh-1"));
                if (request.Method != HttpMethod.Get) request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
                var response = await anonymous.SendAsync(request);
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{operation.Name} {path.Name}: {response.StatusCode}");
                tried++;
            }
        Assert.True(tried >= 10, $"only {tried} routes in the OpenAPI document");
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/health/live")]
    [InlineData("/manifest.xml")]
    [InlineData("/addin/taskpane.html")]
    [InlineData("/addin/signin.json")]
    [InlineData("/openapi/v1.json")]
    public async Task What_the_pane_and_supervisors_need_is_open(string url) =>
        Assert.Equal(HttpStatusCode.OK, (await _service.Client().GetAsync(url)).StatusCode);

    [Fact]
    public async Task The_pane_learns_where_and_for_what_to_sign_in()
    {
        var settings = JsonDocument.Parse(await _service.Client().GetStringAsync("/addin/signin.json")).RootElement;
        Assert.Equal("entra", settings.GetProperty("mode").GetString());
        Assert.Equal(FakeEntra.ClientId, settings.GetProperty("clientId").GetString());
        Assert.Equal(_entra.Instance + FakeEntra.TenantA, settings.GetProperty("authority").GetString());
        Assert.Equal($"api://{FakeEntra.ClientId}/access_as_user", Assert.Single(settings.GetProperty("scopes").EnumerateArray()).GetString());
    }
}
