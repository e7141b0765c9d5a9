using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WordHelper.Api.Tests.Identity;
using WordHelper.Testing;

namespace WordHelper.Api.Tests.Graph;

/// <summary>Last year's documents from OneDrive and SharePoint (Microsoft Search), and a draft message in the user's Outlook.</summary>
public sealed class GraphFilesAndMailTests : Microsoft365Test
{
    static object DriveItem(string id, string name, string modified) => new Dictionary<string, object>
    {
        ["@odata.type"] = "#microsoft.graph.driveItem", ["id"] = id, ["name"] = name, ["size"] = 48213,
        ["webUrl"] = $"https://lamdong.sharepoint.com/sites/VanThu/Shared Documents/{name}", ["lastModifiedDateTime"] = modified,
        ["parentReference"] = new { driveId = "b!drive-1" },
    };

    [Fact]
    public async Task Earlier_plans_are_found_by_title_type_and_year_within_the_tenants_scope_and_downloaded()
    {
        M365.Routes.Given(Request.Create().WithPath("/v1.0/search/query").UsingPost()).RespondWith(FakeMicrosoft365.Json(new
        {
            value = new[] { new { hitsContainers = new[] { new { total = 3, moreResultsAvailable = false, hits = new[]
            {
                new { hitId = "1", resource = DriveItem("item-1", "Kế hoạch tuyên truyền pháp luật năm 2025.docx", "2025-01-10T08:00:00Z") },
                new { hitId = "2", resource = DriveItem("item-2", "Kế hoạch tuyên truyền pháp luật năm 2024.docx", "2024-01-12T08:00:00Z") },
                new { hitId = "3", resource = DriveItem("item-3", "Báo cáo tuyên truyền pháp luật năm 2025.docx", "2025-12-01T08:00:00Z") },
            } } } } },
        }));
        var docx = DocxBuilder.FromLines("KẾ HOẠCH", "Tuyên truyền pháp luật năm 2025");
        M365.Routes.Given(Request.Create().WithPath("/v1.0/drives/b!drive-1/items/item-1/content").UsingGet())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/octet-stream").WithBody(docx));

        Assert.Equal(HttpStatusCode.Forbidden, (await Client().PutAsJsonAsync("/api/archive/settings", new { scope = "https://lamdong.sharepoint.com/sites/VanThu" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client("WordHelper.Editor").PutAsJsonAsync("/api/archive/settings", new { scope = "https://lamdong.sharepoint.com/sites/VanThu" })).StatusCode);

        var found = JsonDocument.Parse(await Client().GetStringAsync("/api/archive?q=tuyên truyền pháp luật&type=KH&year=2025")).RootElement;
        var item = Assert.Single(found.EnumerateArray());
        Assert.Equal("Kế hoạch tuyên truyền pháp luật năm 2025", item.GetProperty("title").GetString());
        Assert.StartsWith("https://lamdong.sharepoint.com/sites/VanThu/", item.GetProperty("path").GetString());

        var search = JsonDocument.Parse(Assert.Single(M365.GraphCalls("/search/query")).RequestMessage.Body!).RootElement.GetProperty("requests")[0];
        Assert.Equal("driveItem", search.GetProperty("entityTypes")[0].GetString());
        Assert.Equal("\"tuyên truyền pháp luật\" \"Kế hoạch\" 2025 filetype:docx path:\"https://lamdong.sharepoint.com/sites/VanThu\"",
            search.GetProperty("query").GetProperty("queryString").GetString());

        var content = await Client().GetAsync($"/api/archive/{item.GetProperty("id").GetString()}/content");
        Assert.Equal(HttpStatusCode.OK, content.StatusCode);
        Assert.Equal(docx, await content.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_draft_message_is_created_in_the_users_mailbox_with_the_document_attached()
    {
        M365.Routes.Given(Request.Create().WithPath("/v1.0/me/messages").UsingPost()).RespondWith(FakeMicrosoft365.Json(new
        {
            id = "AAMkAGI2-draft", webLink = "https://outlook.office365.com/owa/?ItemID=AAMkAGI2-draft&viewmodel=ReadMessageItem",
        }, 201));
        var docx = DocxBuilder.FromLines("KẾ HOẠCH", "Tổ chức hội nghị");
        var file = new ByteArrayContent(docx);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        var form = new MultipartFormDataContent
        {
            { file, "file", "ke-hoach-12.docx" },
            { new StringContent("Kế hoạch số 12/KH-UBND: Tổ chức hội nghị"), "subject" },
            { new StringContent("syt@lamdong.example.gov.vn"), "to" },
            { new StringContent("stc@lamdong.example.gov.vn"), "to" },
        };
        var response = await Client().PostAsync("/api/messages/draft", form);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var draft = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("AAMkAGI2-draft", draft.GetProperty("webLink").GetString());

        var sent = JsonDocument.Parse(Assert.Single(M365.GraphCalls("/me/messages")).RequestMessage.Body!).RootElement;
        Assert.Equal("Kế hoạch số 12/KH-UBND: Tổ chức hội nghị", sent.GetProperty("subject").GetString());
        Assert.Equal(["syt@lamdong.example.gov.vn", "stc@lamdong.example.gov.vn"],
            sent.GetProperty("toRecipients").EnumerateArray().Select(r => r.GetProperty("emailAddress").GetProperty("address").GetString()));
        var attachment = sent.GetProperty("attachments")[0];
        Assert.Equal("#microsoft.graph.fileAttachment", attachment.GetProperty("@odata.type").GetString());
        Assert.Equal("ke-hoach-12.docx", attachment.GetProperty("name").GetString());
        Assert.Equal(docx, Convert.FromBase64String(attachment.GetProperty("contentBytes").GetString()!));
    }

    [Fact]
    public async Task A_draft_needs_a_valid_address()
    {
        var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(DocxBuilder.FromLines("KẾ HOẠCH")), "file", "a.docx" },
            { new StringContent("không phải địa chỉ"), "to" },
        };
        var response = await Client().PostAsync("/api/messages/draft", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("không phải một địa chỉ thư điện tử", await response.Content.ReadAsStringAsync());
        Assert.Empty(M365.GraphCalls("/me/messages"));
    }
}
