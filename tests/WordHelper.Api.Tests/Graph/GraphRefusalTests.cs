using System.Net;
using System.Text;
using System.Text.Json;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WordHelper.Api.Tests.Identity;

namespace WordHelper.Api.Tests.Graph;

/// <summary>
/// What Microsoft 365 refuses reaches the drafter in Vietnamese: throttling is waited out, missing permissions and
/// missing items are named, and when Entra needs the user (consent, MFA) the pane is told to sign in again, with the claims.
/// </summary>
public sealed class GraphRefusalTests : Microsoft365Test
{
    protected override void DeclareRoutes()
    {
        foreach (var path in new[] { "/v1.0/users", "/v1.0/contacts" })
            M365.Routes.Given(Request.Create().WithPath(path).UsingGet()).AtPriority(5).RespondWith(FakeMicrosoft365.Json(new { value = Array.Empty<object>() }));
        M365.Routes.Given(Request.Create().WithPath("/v1.0/groups").UsingGet()).AtPriority(5)
            .RespondWith(FakeMicrosoft365.Json(new { value = new[] { new { displayName = "Sở Y tế", mail = "syt@lamdong.example.gov.vn" } } }));
    }

    static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    static IResponseBuilder GraphError(int status, string code) =>
        FakeMicrosoft365.Json(new { error = new { code, message = "refused by the fake" } }, status);

    [Fact]
    public async Task A_throttled_call_is_retried_after_the_time_Graph_asks()
    {
        M365.Routes.Given(Request.Create().WithPath("/v1.0/groups").UsingGet()).InScenario("throttled").WillSetStateTo("served").AtPriority(1)
            .RespondWith(GraphError(429, "TooManyRequests").WithHeader("Retry-After", "1"));
        var response = await Client().GetAsync("/api/directory/lookup?name=Sở Y tế");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("syt@lamdong.example.gov.vn", await response.Content.ReadAsStringAsync());
        var calls = M365.GraphCalls("/groups");
        Assert.Equal(2, calls.Count);
        Assert.True(calls[1].RequestMessage.DateTime - calls[0].RequestMessage.DateTime >= TimeSpan.FromSeconds(0.9), "the retry did not wait for Retry-After");
    }

    [Fact]
    public async Task Graph_refusing_the_account_is_a_Vietnamese_403()
    {
        M365.Routes.Given(Request.Create().WithPath("/v1.0/users").UsingGet()).AtPriority(1).RespondWith(GraphError(403, "Authorization_RequestDenied"));
        var problem = await Problem(await Client().GetAsync("/api/directory/lookup?name=Sở Y tế"), HttpStatusCode.Forbidden);
        Assert.Contains("quản trị viên cần cấp quyền", problem.GetProperty("detail").GetString());
        Assert.DoesNotContain("refused by the fake", problem.ToString());
    }

    [Fact]
    public async Task An_item_Graph_does_not_have_is_a_Vietnamese_404()
    {
        M365.Routes.Given(Request.Create().WithPath("/v1.0/drives/d1/items/i1/content").UsingGet()).RespondWith(GraphError(404, "itemNotFound"));
        var id = Convert.ToBase64String(Encoding.UTF8.GetBytes("d1\ni1")).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var problem = await Problem(await Client().GetAsync($"/api/archive/{id}/content"), HttpStatusCode.NotFound);
        Assert.Contains("Không tìm thấy", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Missing_consent_asks_the_pane_to_sign_in_again()
    {
        M365.RefuseExchange("65001", "The user or administrator has not consented to use the application.");
        var response = await Client().GetAsync("/api/directory/lookup?name=Sở Y tế");
        var problem = await Problem(response, HttpStatusCode.Forbidden);
        Assert.Equal("urn:wordhelper:problem:interaction-required", problem.GetProperty("type").GetString());
        Assert.Contains("đồng ý", problem.GetProperty("detail").GetString());
        Assert.Equal($"api://{FakeEntra.ClientId}/access_as_user", problem.GetProperty("scopes")[0].GetString());
        Assert.StartsWith("Bearer error=\"insufficient_claims\"", response.Headers.WwwAuthenticate.ToString());
        Assert.Empty(M365.GraphCalls("/users"));
    }

    [Fact]
    public async Task A_second_factor_required_by_Entra_comes_back_with_its_claims()
    {
        const string claims = """{"access_token":{"capolids":{"essential":true,"values":["c1d2e3f4-0000-4000-8000-000000000001"]}}}""";
        M365.RefuseExchange("50076", "Due to a configuration change made by your administrator, you must use multi-factor authentication.", claims);
        var response = await Client().GetAsync("/api/directory/lookup?name=Sở Y tế");
        var problem = await Problem(response, HttpStatusCode.Forbidden);
        Assert.Equal(claims, problem.GetProperty("claims").GetString());
        Assert.Contains("xác thực thêm", problem.GetProperty("detail").GetString());
        Assert.Contains($"claims=\"{Convert.ToBase64String(Encoding.UTF8.GetBytes(claims))}\"", response.Headers.WwwAuthenticate.ToString());
    }
}
