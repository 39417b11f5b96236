namespace RescueGraph.GraphQL.Data;

/// <summary>
/// The field errors of this library, with HotChocolate 14's codes and messages where HotChocolate has one,
/// so clients written against a HotChocolate server read them unchanged.
/// </summary>
public static class DataErrors
{
    /// <summary>HotChocolate's <c>ErrorCodes.Paging.MaxPaginationItems</c>.</summary>
    public const string MaxPaginationItemsCode = "HC0051";

    /// <summary>HotChocolate's <c>ErrorCodes.Paging.MinPaginationItems</c>.</summary>
    public const string MinPaginationItemsCode = "HC0079";

    /// <summary>HotChocolate's <c>ErrorCodes.Paging.InvalidCursor</c>.</summary>
    public const string InvalidCursorCode = "HC0078";

    /// <summary>HotChocolate's <c>ErrorCodes.Data.NonNullableFilterInput</c>-style error for a null operand an operator cannot take.</summary>
    public const string InvalidFilterValueCode = "HC0026";

    public const string InvalidNodeIdCode = "INVALID_NODE_ID";
    public const string TooManyNodesCode = "NODES_LIMIT_EXCEEDED";

    public static GraphQLError MaxPageSize(string coordinate, int requestedItems, int maxAllowedItems) => new(
        "The maximum allowed items per page were exceeded.",
        extensions: new Dictionary<string, object?>
        {
            ["code"] = MaxPaginationItemsCode,
            ["coordinate"] = coordinate,
            ["requestedItems"] = requestedItems,
            ["maxAllowedItems"] = maxAllowedItems,
        });

    public static GraphQLError MinPageSize(string coordinate, int requestedItems) => new(
        "The requested number of values per page must be at least 0.",
        extensions: new Dictionary<string, object?>
        {
            ["code"] = MinPaginationItemsCode,
            ["coordinate"] = coordinate,
            ["requestedItems"] = requestedItems,
        });

    /// <summary>A cursor that is not one of ours, or was made for another sort order.</summary>
    public static GraphQLError InvalidCursor(string argument, string cursor, string reason) => new(
        $"The cursor specified in `{argument}` has an invalid format: {reason}",
        extensions: new Dictionary<string, object?>
        {
            ["code"] = InvalidCursorCode,
            ["argument"] = argument,
            ["cursor"] = cursor,
        });

    public static GraphQLError InvalidFilterValue(string operation, string typeName) => new(
        $"The provided value for filter `{operation}` of type {typeName} is invalid. Null values are not supported.",
        extensions: new Dictionary<string, object?> { ["code"] = InvalidFilterValueCode, ["filterType"] = typeName });

    public static GraphQLError InvalidNodeId(string id) => new(
        $"The node ID `{id}` has an invalid format.",
        extensions: new Dictionary<string, object?> { ["code"] = InvalidNodeIdCode, ["id"] = id });

    public static GraphQLError TooManyNodes(int requested, int allowed) => new(
        $"The maximum number of nodes that can be fetched at once is {allowed}. This selection contains {requested} nodes.",
        extensions: new Dictionary<string, object?>
        {
            ["code"] = TooManyNodesCode,
            ["requestedNodes"] = requested,
            ["maxAllowedNodes"] = allowed,
        });
}
