using System.Globalization;
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

    /// <summary>
    /// <c>version: String!</c>, the row's concurrency token (PostgreSQL <c>xmin</c>) as a decimal string, which the
    /// mutations compare against the stored row. A string, not an Int, because xmin is an unsigned 32-bit counter.
    /// </summary>
    public static FieldBuilder VersionField<T>(this ObjectTypeBuilder<T> type) where T : class, IVersioned
    {
        // Built against T's own property (not the interface's) so projection sees a plain column access.
        var row = Expression.Parameter(typeof(T), "row");
        var version = Expression.Lambda<Func<T, object?>>(
            Expression.Convert(Expression.Property(row, typeof(T).GetProperty(nameof(IVersioned.Version))!), typeof(object)), row);
        return type.Field("version", (entity, _) => entity.Version.ToString(CultureInfo.InvariantCulture)).Type("String!")
            .Requires(version)
            .Description("Concurrency token: send it back with an update; an update carrying a stale version is refused with a ConcurrencyError.");
    }

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

    /// <summary>
    /// A to-one relationship joined into the parent's statement when the parent is read by a data-library projection
    /// (connections, <c>node</c>, single-record roots), else batch-loaded by <paramref name="keyOf"/> through
    /// <paramref name="loader"/> (parents from loaders and mutation payloads); null when the key is null. Only for targets
    /// without row visibility rules (organizations, centers, localities, campaigns, officials): references to animals stay on
    /// <see cref="DirectoryLoaders.AnimalById"/>, which reads visible animals only.
    /// </summary>
    public static FieldBuilder JoinedReference<T, TEntity>(this ObjectTypeBuilder<T> type, DataSchema<DirectoryDbContext> data, string name,
        Expression<Func<T, TEntity?>> navigation, EntityLoader<long, TEntity> loader, Func<T, long?> keyOf)
        where T : class
        where TEntity : class =>
        data.Reference(type, name, navigation, (parent, context) => keyOf(parent) is long key ? loader.LoadAsync(context, key) : default);

    /// <summary>A to-many relationship resolved through a batched group load; never null, possibly empty.</summary>
    public static FieldBuilder Children<T, TValue>(this ObjectTypeBuilder<T> type, string name, string itemTypeName,
        GroupLoader<TValue> loader, Func<T, long> keyOf) =>
        type.FieldAsync(name, (parent, context) => loader.LoadAsync(context, keyOf(parent))).Type($"[{itemTypeName}!]!");
}
