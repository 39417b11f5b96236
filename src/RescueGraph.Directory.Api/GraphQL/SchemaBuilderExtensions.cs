using System.Linq.Expressions;
using RescueGraph.Directory.Api.GraphQL.Loading;
using RescueGraph.Directory.Data;
using RescueGraph.Directory.Data.Entities;
using RescueGraph.GraphQL;
using RescueGraph.GraphQL.CodeFirst;
using RescueGraph.GraphQL.Data;
using GlobalId = RescueGraph.GraphQL.Data.Nodes.NodeId;
using RescueGraph.GraphQL.Execution;

namespace RescueGraph.Directory.Api.GraphQL;

/// <summary>Field shapes that recur across the directory's types.</summary>
internal static class SchemaBuilderExtensions
{
    /// <summary>
    /// Makes the type a <c>Node</c>: <c>id</c> is its global id, and <c>node</c>/<c>nodes</c> fetch it from
    /// <paramref name="visible"/> (default: every row), so unpublished rows stay unreachable by id too.
    /// </summary>
    public static FieldBuilder NodeId<T>(this ObjectTypeBuilder<T> type, DataSchema<DirectoryDbContext> data, Expression<Func<T, long>> key,
        string typeName, Func<DirectoryDbContext, IQueryable<T>>? visible = null) where T : class =>
        data.Node(type, key, visible is null ? null : (db, _) => visible(db))
            .Description($"Global identifier of the {typeName}: opaque, stable for as long as the record exists; fetch it again with `node(id:)`.");

    /// <summary>The database key of a global id of <paramref name="typeName"/>; null when the id names no such object.</summary>
    public static long? ParseNodeKey(string? id, string typeName) =>
        id is not null && GlobalId.TryDecode(id, out var decodedType, out var key) && decodedType == typeName
            ? GlobalId.ParseKey(key.Span, typeof(long)) as long?
            : null;

    /// <summary>A required to-one relationship resolved through a batched entity load.</summary>
    public static FieldBuilder Reference<T, TKey, TEntity>(this ObjectTypeBuilder<T> type, string name, string typeName,
        EntityLoader<TKey, TEntity> loader, Func<T, TKey> keyOf)
        where TKey : notnull
        where TEntity : class =>
        type.FieldAsync(name, (parent, context) => loader.LoadAsync(context, keyOf(parent))).Type(typeName + "!");

    /// <summary>An optional to-one relationship: null when the key is null.</summary>
    public static FieldBuilder OptionalReference<T, TEntity>(this ObjectTypeBuilder<T> type, string name, string typeName,
        EntityLoader<long, TEntity> loader, Func<T, long?> keyOf)
        where TEntity : class =>
        type.FieldAsync(name, (parent, context) => keyOf(parent) is long key ? loader.LoadAsync(context, key) : default)
            .Type(typeName);

    /// <summary>A to-many relationship resolved through a batched group load; never null, possibly empty.</summary>
    public static FieldBuilder Children<T, TValue>(this ObjectTypeBuilder<T> type, string name, string itemTypeName,
        GroupLoader<TValue> loader, Func<T, long> keyOf) =>
        type.FieldAsync(name, (parent, context) => loader.LoadAsync(context, keyOf(parent))).Type($"[{itemTypeName}!]!");

    /// <summary>
    /// A to-many relationship of which the caller takes the first <c>first</c> (default and at most
    /// <see cref="ListLimits.PerParent"/>). It stays a batched list rather than a connection: connections under a list
    /// of parents would cost one statement per parent.
    /// </summary>
    public static FieldBuilder FirstChildren<T, TValue>(this ObjectTypeBuilder<T> type, string name, string itemTypeName,
        WindowLoader<ListWindow, TValue> loader, Func<T, long> keyOf) =>
        type.FieldAsync(name, (parent, context) => loader.LoadAsync(context, keyOf(parent), new ListWindow(First(context))))
            .Type($"[{itemTypeName}!]!")
            .Argument("first", "Int", $"How many to return, from 0 to {ListLimits.PerParent}.", ListLimits.PerParent);

    /// <summary>A parent's published animals as a batched list: the first <c>first</c>, of one <c>status</c> when given.</summary>
    public static FieldBuilder AnimalList<T>(this ObjectTypeBuilder<T> type, string name, WindowLoader<AnimalWindow, Animal> loader, Func<T, long> keyOf) =>
        type.FieldAsync(name, (parent, context) =>
                loader.LoadAsync(context, keyOf(parent), new AnimalWindow(First(context), context.Argument<AnimalStatus?>("status"))))
            .Type("[Animal!]!")
            .Argument("first", "Int", $"How many to return, from 0 to {ListLimits.PerParent}.", ListLimits.PerParent)
            .Argument("status", "AnimalStatus", "Only animals of this status, e.g. `AVAILABLE`.");

    /// <summary>The <c>first</c> argument of a nested list, checked like a connection's (HC0051/HC0079).</summary>
    public static int First(IResolveFieldContext context)
    {
        var first = context.Argument<int?>("first") ?? ListLimits.PerParent;
        var coordinate = context.ParentType.Name + "." + context.FieldDefinition.Name;
        if (first < 0) throw DataErrors.MinPageSize(coordinate, first);
        if (first > ListLimits.PerParent) throw DataErrors.MaxPageSize(coordinate, first, ListLimits.PerParent);
        return first;
    }
}
