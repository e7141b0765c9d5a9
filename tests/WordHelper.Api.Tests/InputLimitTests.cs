using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WordHelper.Api.Storage;

namespace WordHelper.Api.Tests;

/// <summary>
/// What a clause or an import may hold is checked before the database sees it, with the same answer on SQLite (which
/// enforces no length) and PostgreSQL (which does, and refuses NUL): a Vietnamese 400 naming the field, never a 500 or
/// a false 412. Control characters are removed on input; the columns have the lengths the checks assume.
/// </summary>
public sealed class InputLimitTests
{
    [Fact]
    public Task Sqlite_clause_limits_and_control_characters() => Clauses(TestDatabase.Sqlite());

    [PostgresFact]
    public Task Postgres_clause_limits_and_control_characters() => Clauses(TestDatabase.Postgres());

    [Fact]
    public Task Sqlite_every_kind_of_bad_import_leaves_the_registry_unchanged() => Imports(TestDatabase.Sqlite());

    [PostgresFact]
    public Task Postgres_every_kind_of_bad_import_leaves_the_registry_unchanged() => Imports(TestDatabase.Postgres());

    [PostgresFact]
    public async Task Postgres_columns_have_the_lengths_of_the_model()
    {
        await using var database = TestDatabase.Postgres();
        await using var service = database.Service();
        using var scope = service.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WordHelperDb>();
        var columns = await db.Database.SqlQueryRaw<Column>(
            "SELECT table_name AS \"Table\", column_name AS \"Name\", character_maximum_length AS \"Length\" FROM information_schema.columns WHERE table_schema = 'public'")
            .ToListAsync();
        foreach (var entity in db.Model.GetEntityTypes())
            foreach (var property in entity.GetProperties().Where(p => p.ClrType == typeof(string)))
                Assert.True(columns.Single(c => c.Table == entity.GetTableName() && c.Name == property.GetColumnName()).Length == property.GetMaxLength(),
                    $"{entity.GetTableName()}.{property.GetColumnName()}: the model says {property.GetMaxLength()}");
    }

    sealed record Column(string Table, string Name, int? Length);

    static async Task<int> Rows<T>(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> service, Func<WordHelperDb, IQueryable<T>> table)
    {
        using var scope = service.Services.CreateScope();
        return await table(scope.ServiceProvider.GetRequiredService<WordHelperDb>()).CountAsync();
    }

    static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    static async Task Clauses(TestDatabase database)
    {
        await using var owned = database;
        await using var service = database.Service();
        var client = service.CreateClient();
        Task<int> Count() => Rows(service, db => db.Clauses);
        var before = await Count();

        var tags = await Problem(await client.PostAsJsonAsync("/api/clauses", new { title = "Thẻ dài", docType = "KH", body = "Nội dung", tags = new[] { new string('a', 2000) } }), HttpStatusCode.BadRequest);
        Assert.Contains("100 ký tự", tags.GetProperty("errors").GetProperty("tags")[0].GetString());
        var scope5000 = await Problem(await client.PostAsJsonAsync("/api/clauses", new { title = "Phạm vi dài", docType = "KH", body = "Nội dung", scope = new string('x', 5000) }), HttpStatusCode.BadRequest);
        Assert.True(scope5000.GetProperty("errors").TryGetProperty("scope", out _));
        var title = await Problem(await client.PostAsJsonAsync("/api/clauses", new { title = new string('t', 301), docType = "KH", body = "Nội dung" }), HttpStatusCode.BadRequest);
        Assert.True(title.GetProperty("errors").TryGetProperty("title", out _));
        var blank = await Problem(await client.PostAsJsonAsync("/api/clauses", new { title = "\u0000\u0001 ", docType = "KH", body = "Nội dung" }), HttpStatusCode.BadRequest);
        Assert.Equal("Thiếu tiêu đề.", blank.GetProperty("errors").GetProperty("title")[0].GetString());
        Assert.Equal(before, await Count());

        // An edit over the limits is refused as such, not as a stale version.
        var etag = (await client.GetAsync("/api/clauses/kh-1")).Headers.ETag!.Tag;
        using var put = new HttpRequestMessage(HttpMethod.Put, "/api/clauses/kh-1")
        {
            Content = JsonContent.Create(new { title = "Mục đích", docType = "KH", body = "Nội dung", tags = Enumerable.Repeat("thẻ", 1).Concat(Enumerable.Range(0, 40).Select(i => $"t{i}")) }),
            Headers = { { "If-Match", etag.ToString() } },
        };
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(put)).StatusCode);

        // Ids that cannot be stored, and queries with NUL, are answered without the database refusing them.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/clauses/kh%01-1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/citations/30-2020%01/text")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/citations?q=30%00/2020")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/clauses?q=t%00ch&docType=K%00H")).StatusCode);

        // Control characters are removed; Word's line break (\v) becomes a line; NUL is gone before PostgreSQL sees it.
        var created = await client.PostAsJsonAsync("/api/clauses", new { title = "Kinh\u0000 phí\u0007", docType = "kh", body = "Dòng một\u000bDòng hai\r\nDòng ba\u0000", scope = "sở\u001fnội vụ" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var clause = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Kinh phí", clause.GetProperty("title").GetString());
        Assert.Equal("KH", clause.GetProperty("docType").GetString());
        Assert.Equal("Dòng một\nDòng hai\nDòng ba", clause.GetProperty("body").GetString());
        Assert.Equal("sởnội vụ", clause.GetProperty("scope").GetString());
    }

    /// <summary>A good row and a bad one: the import is refused with the bad row named, and the good row is not saved.</summary>
    static readonly (string Kind, string MediaType, byte[] Body, string Expected)[] BadImports =
    [
        ("number missing", "text/csv", Csv("Quyết định,,2024-01-05,UBND tỉnh,về việc,in-force"), "Dòng 3: thiếu số, ký hiệu"),
        ("type too long", "text/csv", Csv(new string('x', 101) + ",7/QĐ-UBND,2024-01-05,UBND tỉnh,về việc,in-force"), "Dòng 3: tên loại văn bản dài quá"),
        ("issuer missing", "text/csv", Csv("Quyết định,7/QĐ-UBND,2024-01-05,,về việc,in-force"), "Dòng 3: thiếu cơ quan ban hành"),
        ("status unknown", "text/csv", Csv("Quyết định,7/QĐ-UBND,2024-01-05,UBND tỉnh,về việc,hết hạn"), "Dòng 3: trạng thái"),
        ("date that does not exist", "text/csv", Csv("Quyết định,7/QĐ-UBND,2023-02-29,UBND tỉnh,về việc,in-force"), "Dòng 3: ngày \"2023-02-29\""),
        ("summary too long", "text/csv", Csv($"Quyết định,7/QĐ-UBND,2024-01-05,UBND tỉnh,{new string('x', 2001)},in-force"), "Dòng 3: trích yếu dài quá"),
        ("number too long", "text/csv", Csv($"Quyết định,7/{new string('Q', 120)},2024-01-05,UBND tỉnh,về việc,in-force"), "Dòng 3: số, ký hiệu"),
        ("a number twice", "text/csv", Csv("Quyết định,6/QĐ-UBND,2024-01-05,UBND tỉnh,về việc khác,in-force"), "Dòng 3: số, ký hiệu 6/QĐ-UBND trùng với dòng 2"),
        ("quotes that do not close", "text/csv", Csv("Quyết định,7/QĐ-UBND,2024-01-05,\"UBND tỉnh,về việc,in-force"), "Dòng 3"),
        ("broken encoding already in the text", "text/csv", Csv("Quyết định,7/QĐ-UBND,2024-01-05,UBND t\uFFFDnh,về việc,in-force"), "Dòng 3: có ký tự hỏng"),
        ("a null item", "application/json", Json("null"), "Mục 2: rỗng"),
        ("a field that is not text", "application/json", Json("{\"type\":\"Quyết định\",\"number\":\"7/QĐ-UBND\",\"issuer\":\"UBND\",\"date\":20240105}"), "Mục 2: trường date"),
        ("UTF-16", "text/csv", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("type,number,issuer\nQuyết định,7/QĐ-UBND,UBND\n")], "UTF-16"),
        ("Windows-1258", "text/csv", [.. "type,number,issuer\nQuy"u8, 0xEA, .. "t \u0111"u8], "không phải UTF-8"),
        ("a named legacy charset", "text/csv; charset=windows-1258", Csv("Quyết định,7/QĐ-UBND,2024-01-05,UBND tỉnh,về việc,in-force"), "\"windows-1258\" không được hỗ trợ"),
        ("JSON nested too deep", "application/json", Encoding.UTF8.GetBytes(new string('[', 100) + new string(']', 100)), "JSON"),
        ("a lone surrogate in JSON", "application/json", Json("{\"type\":\"\\ud800\",\"number\":\"87/\\udc00\",\"issuer\":\"UB\"}"), "Mục 2: trường type, number phải là chuỗi"),
        ("the same number spaced otherwise", "text/csv", Csv("Quyết định,6 / QĐ-UBND,2024-01-05,UBND tỉnh,về việc khác,in-force"), "trùng với dòng 2"),
        ("a line of ten megabytes", "text/csv", Encoding.UTF8.GetBytes($"type,number,date,issuer,summary,status\n{GoodRow}\nQuyết định,{new string('x', 10_000_000)}\n"), "dài quá 20.000 ký tự"),
        ("quotes that never close over a long file", "text/csv", Encoding.UTF8.GetBytes($"type,number,date,issuer,summary,status\n{GoodRow}\n\"{new string('x', 1_000_000)}\n"), "dài quá 20.000 ký tự"),
    ];

    const string GoodRow = "Quyết định,6/QĐ-UBND,2024-01-05,Ủy ban nhân dân tỉnh Lâm Đồng,về việc thành lập Ban Chỉ đạo,in-force";

    static byte[] Csv(string badRow) => Encoding.UTF8.GetBytes($"type,number,date,issuer,summary,status\n{GoodRow}\n{badRow}\n");

    static byte[] Json(string badItem) => Encoding.UTF8.GetBytes(
        $"[{{\"type\":\"Quyết định\",\"number\":\"6/QĐ-UBND\",\"date\":\"2024-01-05\",\"issuer\":\"Ủy ban nhân dân tỉnh Lâm Đồng\",\"summary\":\"về việc\",\"status\":\"in-force\"}},{badItem}]");

    static async Task Imports(TestDatabase database)
    {
        await using var owned = database;
        await using var service = database.Service();
        var client = service.CreateClient();
        Task<int> Count() => Rows(service, db => db.Documents);
        var before = await Count();

        foreach (var (kind, mediaType, body, expected) in BadImports)
        {
            var content = new ByteArrayContent(body);
            content.Headers.TryAddWithoutValidation("Content-Type", mediaType);
            var response = await client.PostAsync("/api/citations/import", content);
            var raw = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{kind}: {(int)response.StatusCode} {raw}");
            var problem = JsonDocument.Parse(raw).RootElement;
            var text = problem.GetProperty("detail").GetString() + "\n" + (problem.TryGetProperty("errors", out var errors)
                ? string.Join("\n", errors.EnumerateArray().Select(e => e.GetProperty("message").GetString())) : "");
            Assert.True(text.Contains(expected), $"{kind}: \"{expected}\" not in {text}");
            Assert.True(await Count() == before, $"{kind}: the registry changed");
        }

        // A million blank lines are passed over, in time that grows with them, not with their square.
        var blank = new StringContent($"type,number,date,issuer,summary,status\n{new string('\n', 1_000_000)}{GoodRow.Replace("6/", "16/")}\n", Encoding.UTF8, "text/csv");
        Assert.Equal(1, (await (await client.PostAsync("/api/citations/import", blank)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("added").GetInt32());
        before++;

        // The same good row with a byte-order mark is taken, and a second import updates it instead of adding it again.
        var withMark = new ByteArrayContent([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes($"type,number,date,issuer,summary,status\n{GoodRow}\n")]);
        withMark.Headers.TryAddWithoutValidation("Content-Type", "text/csv; charset=utf-8");
        Assert.Equal(1, (await (await client.PostAsync("/api/citations/import", withMark)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("added").GetInt32());
        var again = new StringContent($"type,number,date,issuer,summary,status\n{GoodRow.Replace("in-force", "expired")}\n", Encoding.UTF8, "text/csv");
        Assert.Equal(1, (await (await client.PostAsync("/api/citations/import", again)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("updated").GetInt32());
        Assert.Equal(before + 1, await Count());
        var entry = (await client.GetFromJsonAsync<List<JsonElement>>("/api/citations?q=6/QĐ-UBND"))![0];
        Assert.Equal("Ủy ban nhân dân tỉnh Lâm Đồng", entry.GetProperty("issuer").GetString());
        Assert.Equal("expired", entry.GetProperty("status").GetString());
    }
}
