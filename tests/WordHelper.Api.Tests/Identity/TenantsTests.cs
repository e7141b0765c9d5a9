using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace WordHelper.Api.Tests.Identity;

/// <summary>With AzureAd:TenantId "organizations", the tenants of AzureAd:AllowedTenants get in, and no other.</summary>
public sealed class TenantsTests(FakeEntra entra) : IClassFixture<FakeEntra>
{
    [Fact]
    public async Task Only_the_allowed_tenants_of_a_multi_tenant_service_get_in()
    {
        await using var service = new EntraService(entra, "organizations", allowedTenants: [FakeEntra.TenantA, FakeEntra.TenantB]);
        foreach (var (tenant, status) in new[] { (FakeEntra.TenantA, HttpStatusCode.OK), (FakeEntra.TenantB, HttpStatusCode.OK), (FakeEntra.TenantC, HttpStatusCode.Unauthorized) })
        {
            var response = await service.Client(entra.Mint(new FakeEntra.Token { Tenant = tenant })).GetAsync("/api/sections?docType=KH");
            Assert.True(response.StatusCode == status, $"{tenant}: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task A_token_whose_issuer_names_another_tenant_than_its_tid_is_refused()
    {
        await using var service = new EntraService(entra, "organizations", allowedTenants: [FakeEntra.TenantA, FakeEntra.TenantB]);
        var token = entra.Mint(new FakeEntra.Token { Tenant = FakeEntra.TenantA, Issuer = FakeEntra.IssuerOf(entra.Instance, FakeEntra.TenantC) });
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Client(token).GetAsync("/api/sections?docType=KH")).StatusCode);
    }

    [Fact]
    public async Task The_pane_of_a_multi_tenant_service_signs_in_with_any_organisation()
    {
        await using var service = new EntraService(entra, "organizations", allowedTenants: [FakeEntra.TenantA]);
        var settings = System.Text.Json.JsonDocument.Parse(await service.Client().GetStringAsync("/addin/signin.json")).RootElement;
        Assert.Equal(entra.Instance + "organizations", settings.GetProperty("authority").GetString());
    }

    [Fact]
    public async Task Without_an_instance_the_service_signs_in_with_Microsofts_own()
    {
        await using var database = TestDatabase.Sqlite();
        await using var service = database.Service(b =>
        {
            b.UseSetting("AzureAd:TenantId", FakeEntra.TenantA);
            b.UseSetting("AzureAd:ClientId", FakeEntra.ClientId);
            b.UseSetting("AzureAd:ClientSecret", "secret");
        });
        var client = service.CreateClient();
        var settings = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/addin/signin.json")).RootElement;
        Assert.Equal("https://login.microsoftonline.com/" + FakeEntra.TenantA, settings.GetProperty("authority").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/directory")).StatusCode);
    }
}
