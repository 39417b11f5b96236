using System.Globalization;
using RescueGraph.Directory.Api.GraphQL.Loading;
using RescueGraph.GraphQL.CodeFirst;

namespace RescueGraph.Directory.Api.GraphQL;

/// <summary>Field shapes that recur across the directory's types.</summary>
internal static class SchemaBuilderExtensions
{
    /// <summary>
    /// The database id as an <c>ID</c>. Global node ids replace it later; clients must treat it as opaque either way.
    /// </summary>
    public static FieldBuilder IdField<T>(this ObjectTypeBuilder<T> type, Func<T, long> id, string typeName) =>
        type.Field("id", (parent, _) => FormatId(id(parent))).Type("ID!")
            .Description($"Identifier of the {typeName}, stable for as long as the record exists.");

    public static string FormatId(long id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The database id an <c>ID</c> argument names, or null when it names none (not a number).</summary>
    public static long? ParseId(string? id) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

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
}
