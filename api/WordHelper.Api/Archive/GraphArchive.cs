using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Graph;
using Microsoft.Graph.Search.Query;
using WordHelper.Core.Archive;
using WordHelper.Core.RulePack;
using GraphModels = Microsoft.Graph.Models;

namespace WordHelper.Api.Archive;

/// <summary>
/// The organisation's OneDrive and SharePoint, searched as the signed-in user (Microsoft Search, driveItem): the
/// title words, the type's name, the year, Word files only, within the tenant's scope when its settings name one.
/// Results are filtered again by the same rule as the local archive, so that both answer alike.
/// </summary>
public sealed class GraphArchive(GraphServiceClient graph, ArchiveScope scope) : IDocumentArchive
{
    const int PageSize = 25;

    public async Task<IReadOnlyList<ArchivedDocument>> SearchAsync(ArchiveQuery query, CancellationToken cancellationToken = default)
    {
        var terms = new List<string>();
        if (query.Words.Trim().Length > 0) terms.Add(Quote(query.Words));
        if (query.DocType is { Length: > 0 } type)
            terms.Add(Quote(RulePackData.Default.DocTypes.FirstOrDefault(t => string.Equals(t.Abbr, type, StringComparison.OrdinalIgnoreCase))?.Name ?? type));
        if (query.Year is { } year) terms.Add(year.ToString());
        terms.Add("filetype:docx");
        if (await scope.GetAsync(cancellationToken) is { Length: > 0 } path) terms.Add("path:" + Quote(path));
        var kql = string.Join(' ', terms);

        var response = await graph.Search.Query.PostAsQueryPostResponseAsync(new QueryPostRequestBody
        {
            Requests =
            [
                new GraphModels.SearchRequest
                {
                    EntityTypes = [GraphModels.EntityType.DriveItem],
                    Query = new GraphModels.SearchQuery { QueryString = kql.ToString() },
                    From = 0,
                    Size = PageSize,
                },
            ],
        }, cancellationToken: cancellationToken);

        var hits = response?.Value?.SelectMany(r => r.HitsContainers ?? []).SelectMany(c => c.Hits ?? []) ?? [];
        return hits.Select(h => h.Resource).OfType<GraphModels.DriveItem>()
            .Where(d => d.Id is not null && d.ParentReference?.DriveId is not null && d.Name is not null)
            .Select(d => new ArchivedDocument(Encode(d.ParentReference!.DriveId!, d.Id!), Path.GetFileNameWithoutExtension(d.Name!), d.WebUrl ?? d.Name!,
                d.LastModifiedDateTime, d.Size))
            .Where(d => ArchiveMatch.Matches(query, d.Title, d.Modified))
            .OrderByDescending(d => d.Modified)
            .ToList();
    }

    public async Task<Stream?> OpenAsync(string id, CancellationToken cancellationToken = default)
    {
        if (Decode(id) is not var (drive, item)) return null;
        return await graph.Drives[drive].Items[item].Content.GetAsync(cancellationToken: cancellationToken);
    }

    static string Quote(string text) => "\"" + text.Replace("\"", " ").Trim() + "\"";

    static string Encode(string drive, string item) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(drive + "\n" + item));

    static (string Drive, string Item)? Decode(string id)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(id)).Split('\n');
            return parts is [{ Length: > 0 } drive, { Length: > 0 } item] ? (drive, item) : null;
        }
        catch (FormatException) { return null; }
    }
}
