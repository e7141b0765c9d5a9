using System.IO.Packaging;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using WordHelper.Testing;

namespace WordHelper.Api.Tests.Offline;

/// <summary>The embedded archive: .docx files under Archive:Path, found by title, type and year, opened by id, nothing outside it.</summary>
public sealed class FolderArchiveTests : IAsyncLifetime
{
    readonly string _folder = Directory.CreateTempSubdirectory("wordhelper-archive-").FullName;
    readonly TestDatabase _database = TestDatabase.Sqlite();
    Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _service = null!;
    HttpClient _client = null!;

    /// <summary>A document of the archive: its header, its summary line, its own title (File › Info) and when it was last changed.</summary>
    void Put(string relative, string kind, string number, string summary, string? title = null, DateTime? modified = null)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, DocxBuilder.FromLines("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", $"Số: {number}", "Lâm Đồng, ngày 10 tháng 01 năm 2025", kind, summary, "Nội dung./."));
        if (title is not null)
            using (var package = Package.Open(path, FileMode.Open, FileAccess.ReadWrite)) package.PackageProperties.Title = title;
        File.SetLastWriteTimeUtc(path, modified ?? new DateTime(2025, 1, 10));
    }

    public Task InitializeAsync()
    {
        Put("2025/KH tuyen truyen PL.docx", "KẾ HOẠCH", "12/KH-UBND", "Tuyên truyền pháp luật", title: "Kế hoạch tuyên truyền pháp luật năm 2025");
        Put("2024/kh-45.docx", "KẾ HOẠCH", "45/KH-UBND", "Tuyên truyền pháp luật năm 2024");
        Put("2025/bc.docx", "BÁO CÁO", "88/BC-UBND", "Kết quả tuyên truyền pháp luật", modified: new DateTime(2025, 12, 1));
        Put("2025/~$ hoạch tuyên truyền.docx", "KẾ HOẠCH", "1/KH-UBND", "Tuyên truyền");
        File.WriteAllText(Path.Combine(_folder, "2025", "hỏng.docx"), "không phải tệp Word");
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(_folder)!, "secret.docx"), "outside");
        _service = _database.Service(b => b.UseSetting("Archive:Path", _folder));
        _client = _service.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _service.DisposeAsync();
        await _database.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    async Task<List<string>> Titles(string query) =>
        (await _client.GetFromJsonAsync<List<JsonElement>>("/api/archive?" + query))!.Select(d => d.GetProperty("title").GetString()!).ToList();

    static string Id(string relative) => Convert.ToBase64String(Encoding.UTF8.GetBytes(relative)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [Fact]
    public async Task Documents_are_found_by_title_words_type_and_year()
    {
        Assert.Equal(["Kế hoạch tuyên truyền pháp luật năm 2025"], await Titles("q=tuyen truyen&type=KH&year=2025"));
        Assert.Equal(["Kế hoạch tuyên truyền pháp luật năm 2024"], await Titles("q=tuyên truyền&type=Kế hoạch&year=2024"));
        // No year in its title: the year it was last changed.
        Assert.Equal(["Báo cáo kết quả tuyên truyền pháp luật"], await Titles("q=tuyên truyền&type=BC&year=2025"));
        Assert.Equal(3, (await Titles("q=pháp luật")).Count);
        Assert.Empty(await Titles("q=phòng cháy"));
    }

    [Fact]
    public async Task A_document_is_downloaded_by_its_id_and_nothing_outside_the_folder_is()
    {
        var found = (await _client.GetFromJsonAsync<List<JsonElement>>("/api/archive?q=tuyên truyền&year=2024"))!.Single();
        Assert.Equal("45/KH-UBND", found.GetProperty("number").GetString());
        Assert.Equal("2025-01-10", found.GetProperty("date").GetString());
        Assert.Equal("2024/kh-45.docx", found.GetProperty("path").GetString());
        var content = await _client.GetAsync($"/api/archive/{found.GetProperty("id").GetString()}/content");
        Assert.Equal(HttpStatusCode.OK, content.StatusCode);
        Assert.Equal(File.ReadAllBytes(Path.Combine(_folder, "2024", "kh-45.docx")), await content.Content.ReadAsByteArrayAsync());
        foreach (var id in new[] { Id("../secret.docx"), Id("/etc/passwd"), Id("2025/../../secret.docx"), "%%%", Id("2025/khong-co.docx") })
            Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/api/archive/{Uri.EscapeDataString(id)}/content")).StatusCode);
    }

    [Fact]
    public async Task The_tenants_scope_narrows_the_search_to_its_subfolder()
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.PutAsJsonAsync("/api/archive/settings", new { scope = "2024" })).StatusCode);
        Assert.Equal(["Kế hoạch tuyên truyền pháp luật năm 2024"], await Titles("q=tuyên truyền"));
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.PutAsJsonAsync("/api/archive/settings", new { scope = "../.." })).StatusCode);
    }

    [Fact]
    public async Task A_search_needs_something_to_look_for()
    {
        var response = await _client.GetAsync("/api/archive");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Cho biết điều cần tìm", await response.Content.ReadAsStringAsync());
    }
}
