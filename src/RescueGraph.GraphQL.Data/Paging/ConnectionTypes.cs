using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Data.Paging;

/// <summary>A page of a connection as resolved: the shape of HotChocolate's <c>Connection</c>.</summary>
public sealed class ConnectionPage
{
    internal ConnectionPage(EdgeItem[] edges, PageInfo pageInfo, Func<CancellationToken, Task<int>> countTotal)
    {
        Edges = edges;
        PageInfo = pageInfo;
        _countTotal = countTotal;
    }

    private readonly Func<CancellationToken, Task<int>> _countTotal;

    public EdgeItem[] Edges { get; }
    public PageInfo PageInfo { get; }

    /// <summary>Runs the COUNT statement; only the <c>totalCount</c> resolver calls it, so it runs only when selected.</summary>
    public Task<int> CountTotalAsync(CancellationToken cancellationToken) => _countTotal(cancellationToken);
}

public sealed record EdgeItem(string Cursor, object Node);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

/// <summary>Adds <c>PageInfo</c>, <c>&lt;Name&gt;Connection</c> and <c>&lt;Name&gt;Edge</c> with HotChocolate 14's descriptions.</summary>
internal static class ConnectionTypes
{
    public static string EnsureConnection(DataCatalog catalog, string nodeTypeName)
    {
        EnsurePageInfo(catalog);
        var connectionName = nodeTypeName + "Connection";
        if (!catalog.Claim(connectionName)) return connectionName;
        var edgeName = nodeTypeName + "Edge";

        catalog.Schema.Object<ConnectionPage>(connectionName, type =>
        {
            type.Description("A connection to a list of items.");
            type.Field("pageInfo", "PageInfo!", static context => new ValueTask<object?>(((ConnectionPage)context.Source!).PageInfo))
                .Description("Information to aid in pagination.");
            type.Field("edges", $"[{edgeName}!]", static context => new ValueTask<object?>(((ConnectionPage)context.Source!).Edges))
                .Description("A list of edges.");
            type.Field("nodes", $"[{nodeTypeName}!]", static context =>
                {
                    var edges = ((ConnectionPage)context.Source!).Edges;
                    var nodes = new object[edges.Length];
                    for (var i = 0; i < edges.Length; i++) nodes[i] = edges[i].Node;
                    return new ValueTask<object?>(nodes);
                })
                .Description("A flattened list of the nodes.");
            type.Field("totalCount", "Int!", static async context =>
                    (object?)await ((ConnectionPage)context.Source!).CountTotalAsync(context.CancellationToken).ConfigureAwait(false))
                .Description("Identifies the total count of items in the connection.");
        });
        catalog.Schema.Object<EdgeItem>(edgeName, type =>
        {
            type.Description("An edge in a connection.");
            type.Field("cursor", "String!", static context => new ValueTask<object?>(((EdgeItem)context.Source!).Cursor))
                .Description("A cursor for use in pagination.");
            type.Field("node", nodeTypeName + "!", static context => new ValueTask<object?>(((EdgeItem)context.Source!).Node))
                .Description("The item at the end of the edge.");
        });
        return connectionName;
    }

    private static void EnsurePageInfo(DataCatalog catalog)
    {
        if (!catalog.Claim("PageInfo")) return;
        catalog.Schema.Object<PageInfo>("PageInfo", type =>
        {
            type.Description("Information about pagination in a connection.");
            type.Field("hasNextPage", x => x.HasNextPage)
                .Description("Indicates whether more edges exist following the set defined by the clients arguments.");
            type.Field("hasPreviousPage", x => x.HasPreviousPage)
                .Description("Indicates whether more edges exist prior the set defined by the clients arguments.");
            type.Field("startCursor", x => x.StartCursor).Description("When paginating backwards, the cursor to continue.");
            type.Field("endCursor", x => x.EndCursor).Description("When paginating forwards, the cursor to continue.");
        });
    }
}
