using Microsoft.Graph;
using Microsoft.Kiota.Abstractions;
using WordHelper.Core.Addressing;
using GraphModels = Microsoft.Graph.Models;

namespace WordHelper.Api.Recipients;

/// <summary>
/// The organisation's Microsoft 365 directory, searched as the signed-in user: people and mail-enabled groups by
/// display name (advanced queries: ConsistencyLevel eventual on every page), organisational contacts by the start of
/// their name. Candidates only; the matcher in Core decides.
/// </summary>
public sealed class GraphDirectory(GraphServiceClient graph) : IDirectory
{
    /// <summary>Enough candidates to tell one unit from its namesakes; a name that matches more is not a name.</summary>
    const int MaxPerKind = 50;
    const int PageSize = 25;

    public async Task<IReadOnlyList<Addressee>> FindAsync(AddresseeQuery query, CancellationToken cancellationToken = default)
    {
        var found = await Task.WhenAll(UsersAsync(query, cancellationToken), GroupsAsync(query, cancellationToken), ContactsAsync(query, cancellationToken));
        return [.. found.SelectMany(f => f)];
    }

    static string Search(AddresseeQuery query) => $"\"displayName:{query.FullName.Replace("\\", "").Replace("\"", "")}\"";

    async Task<List<Addressee>> UsersAsync(AddresseeQuery query, CancellationToken cancellationToken)
    {
        var found = new List<Addressee>();
        var search = Search(query);
        var users = await graph.Users.GetAsync(r =>
        {
            r.QueryParameters.Search = search;
            r.QueryParameters.Select = ["displayName", "mail", "userPrincipalName"];
            r.QueryParameters.Top = PageSize;
            r.Headers.Add("ConsistencyLevel", "eventual");
        }, cancellationToken);
        await Collect<GraphModels.User, GraphModels.UserCollectionResponse>(users, u => new(u.DisplayName ?? "", u.Mail ?? u.UserPrincipalName, "user"), found, cancellationToken);
        return found;
    }

    async Task<List<Addressee>> GroupsAsync(AddresseeQuery query, CancellationToken cancellationToken)
    {
        var found = new List<Addressee>();
        var search = Search(query);
        var groups = await graph.Groups.GetAsync(r =>
        {
            r.QueryParameters.Search = search;
            r.QueryParameters.Filter = "mailEnabled eq true";
            r.QueryParameters.Select = ["displayName", "mail"];
            r.QueryParameters.Top = PageSize;
            r.Headers.Add("ConsistencyLevel", "eventual");
        }, cancellationToken);
        await Collect<GraphModels.Group, GraphModels.GroupCollectionResponse>(groups, g => new(g.DisplayName ?? "", g.Mail, "group"), found, cancellationToken);
        return found;
    }

    async Task<List<Addressee>> ContactsAsync(AddresseeQuery query, CancellationToken cancellationToken)
    {
        var found = new List<Addressee>();
        var contacts = await graph.Contacts.GetAsync(r =>
        {
            r.QueryParameters.Filter = $"startswith(displayName,'{query.FullName.Replace("'", "''")}')";
            r.QueryParameters.Select = ["displayName", "mail"];
            r.QueryParameters.Top = PageSize;
        }, cancellationToken);
        await Collect<GraphModels.OrgContact, GraphModels.OrgContactCollectionResponse>(contacts, c => new(c.DisplayName ?? "", c.Mail, "contact"), found, cancellationToken);
        return found;
    }

    /// <summary>Every page of a result, up to <see cref="MaxPerKind"/> items, the advanced-query header kept on each page.</summary>
    async Task Collect<TItem, TPage>(TPage? first, Func<TItem, Addressee> convert, List<Addressee> into, CancellationToken cancel)
        where TPage : GraphModels.BaseCollectionPaginationCountResponse, new()
    {
        if (first is null) return;
        var taken = 0;
        var pages = PageIterator<TItem, TPage>.CreatePageIterator(graph, first, item =>
        {
            into.Add(convert(item));
            return ++taken < MaxPerKind;
        }, request =>
        {
            request.Headers.Add("ConsistencyLevel", "eventual");
            return request;
        });
        await pages.IterateAsync(cancel);
    }
}
