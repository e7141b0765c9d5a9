using WordHelper.Api.Tests.Identity;

namespace WordHelper.Api.Tests.Graph;

/// <summary>A test against the service deployed for Microsoft 365, with a fake of its own; each test declares the Graph routes it needs.</summary>
public abstract class Microsoft365Test : IAsyncLifetime
{
    protected FakeMicrosoft365 M365 { get; } = new();
    protected EntraService Service { get; private set; } = null!;

    /// <summary>Graph routes every test of the class needs, declared before the service starts.</summary>
    protected virtual void DeclareRoutes() { }

    /// <summary>A signed-in user of the tenant, with the app roles given.</summary>
    protected HttpClient Client(params string[] roles) => Service.Client(M365.Mint(new FakeEntra.Token { Roles = roles }));

    public Task InitializeAsync()
    {
        DeclareRoutes();
        Service = Microsoft365Service.Start(M365);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Service.DisposeAsync();
        M365.Dispose();
    }
}
