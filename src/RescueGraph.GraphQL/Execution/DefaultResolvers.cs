using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Execution;

/// <summary>The resolvers the executor uses when a schema gives none (graphql-js's defaultFieldResolver and defaultTypeResolver).</summary>
public static class DefaultResolvers
{
    /// <summary>
    /// Reads the entry named like the field from a JSON-like map parent; null for any other parent. An entry
    /// holding a <see cref="FieldResolver"/> is called, as graphql-js calls a function-valued property.
    /// </summary>
    public static readonly FieldResolver Property = ResolveProperty;

    /// <summary>Picks the runtime type by the value's <c>__typename</c> entry, else by the possible types' <c>IsTypeOf</c>.</summary>
    public static readonly TypeResolver TypeByTypename = ResolveType;

    private static ValueTask<object?> ResolveProperty(IResolveFieldContext context)
    {
        var value = ReadEntry(context.Source, context.FieldDefinition.Name);
        return value is FieldResolver resolver ? resolver(context) : new ValueTask<object?>(value);
    }

    private static ObjectType? ResolveType(object value, IResolveFieldContext context) =>
        ResolveTypeName(context.Schema, context.FieldDefinition.Type.GetNamedType(), value) is { } name
            ? context.Schema.GetType(name) as ObjectType
            : null;

    /// <summary>
    /// The runtime type's name, unchecked: the executor reports a name the schema lacks with graphql-js's
    /// message, which needs the name itself.
    /// </summary>
    internal static string? ResolveTypeName(Schema schema, NamedType abstractType, object value)
    {
        if (ReadEntry(value, "__typename") is string typename) return typename;
        var possibleTypes = schema.GetPossibleTypes(abstractType);
        for (var i = 0; i < possibleTypes.Count; i++)
            if (possibleTypes[i].IsTypeOf is { } isTypeOf && isTypeOf(value)) return possibleTypes[i].Name;
        return null;
    }

    private static object? ReadEntry(object? source, string name) => source switch
    {
        IDictionary<string, object?> map => map.TryGetValue(name, out var value) ? value : null,
        IReadOnlyDictionary<string, object?> readOnlyMap => readOnlyMap.TryGetValue(name, out var value) ? value : null,
        _ => null,
    };
}
