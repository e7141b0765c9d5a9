using Microsoft.AspNetCore.Hosting;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using WordHelper.Api.AddIn;

namespace WordHelper.Api.Tests;

/// <summary>The add-in manifest is valid against Microsoft's published schemas (manifest/schemas), in both variants.</summary>
public sealed class ManifestTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    static readonly string Repository = FindRepository();

    static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "WordHelper.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("WordHelper.sln not found above the test folder");
    }

    /// <summary>Errors and warnings of a schema validation: a wrong namespace shows only as a warning, so both count.</summary>
    static List<string> Validate(string xml)
    {
        var schemas = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        schemas.Add(null, Path.Combine(Repository, "manifest", "schemas", "OfficeAppManifestV1_1.xsd"));
        schemas.Compile();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas, DtdProcessing = DtdProcessing.Prohibit };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        var problems = new List<string>();
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity} line {e.Exception?.LineNumber}: {e.Message}");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read()) { }
        return problems;
    }

    [Fact]
    public void The_development_manifest_in_the_repository_is_valid_and_current()
    {
        var committed = File.ReadAllText(Path.Combine(Repository, "manifest", "manifest.dev.xml"));
        Assert.Empty(Validate(committed));
        Assert.Equal(AddInManifest.Render(AddInManifest.DevelopmentOrigin, AddInManifest.DevelopmentClientId), committed);
    }

    [Fact]
    public void A_production_manifest_from_the_same_template_is_valid()
    {
        var xml = AddInManifest.Render("https://wordhelper.langson.gov.vn", "3f2504e0-4f89-41d3-9a0c-0305e82c3301");
        Assert.Empty(Validate(xml));
        var doc = XDocument.Parse(xml);
        Assert.Contains(doc.Descendants(), e => e.Name.LocalName == "SourceLocation" && (string?)e.Attribute("DefaultValue") == "https://wordhelper.langson.gov.vn/addin/taskpane.html");
        Assert.Contains(doc.Descendants(), e => e.Name.LocalName == "Resource" && e.Value == "api://wordhelper.langson.gov.vn/3f2504e0-4f89-41d3-9a0c-0305e82c3301");
        Assert.DoesNotContain("{{", xml);
    }

    [Fact]
    public void A_manifest_that_breaks_the_schema_is_caught()
    {
        var broken = AddInManifest.Render(AddInManifest.DevelopmentOrigin, AddInManifest.DevelopmentClientId).Replace("<Version>1.0.0.0</Version>", "<Version>một</Version>");
        Assert.NotEmpty(Validate(broken));
        var wrongNamespace = AddInManifest.Render(AddInManifest.DevelopmentOrigin, AddInManifest.DevelopmentClientId).Replace("appforoffice/1.1", "appforoffice/9.9");
        Assert.NotEmpty(Validate(wrongNamespace));
    }

    [Fact]
    public void Only_HTTPS_origins_and_GUID_client_ids_are_accepted()
    {
        Assert.Throws<ArgumentException>(() => AddInManifest.Render("http://localhost:5000", AddInManifest.DevelopmentClientId));
        Assert.Throws<ArgumentException>(() => AddInManifest.Render(AddInManifest.DevelopmentOrigin, "không-phải-guid"));
    }

    [Fact]
    public async Task The_service_serves_the_manifest_for_its_configured_origin_whatever_the_Host_header_says()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/manifest.xml") { Headers = { Host = "evil.example" } };
        var response = await factory.CreateClient().SendAsync(request);
        var xml = await response.Content.ReadAsStringAsync();
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(Validate(xml));
        Assert.Contains("https://localhost:5001/addin/taskpane.html", xml);
        Assert.DoesNotContain("evil.example", xml);

        await using var configured = factory.WithWebHostBuilder(b => b.UseSetting("AddIn:Origin", "https://wordhelper.langson.gov.vn"));
        using var forged = new HttpRequestMessage(HttpMethod.Get, "/manifest.xml") { Headers = { Host = "evil.example" } };
        var own = await (await configured.CreateClient().SendAsync(forged)).Content.ReadAsStringAsync();
        Assert.Contains("https://wordhelper.langson.gov.vn/addin/taskpane.html", own);
        Assert.DoesNotContain("evil.example", own);
    }

    [Fact]
    public async Task In_local_mode_the_pane_is_told_not_to_sign_in() =>
        Assert.Equal("""{"mode":"local"}""", await factory.CreateClient().GetStringAsync("/addin/signin.json"));
}
