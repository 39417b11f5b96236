using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Validation;

/// <summary>graphql-js <c>typeFromAST</c>: the schema type a type reference names, or null when its named type is unknown.</summary>
public static class TypeFromAst
{
    public static GraphQLType? Convert(Schema schema, TypeNode typeNode) => typeNode switch
    {
        NamedTypeNode named => schema.GetType(named.Name.Value),
        ListTypeNode list => Convert(schema, list.Type) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => Convert(schema, nonNull.Type) is { } inner and not NonNullType ? new NonNullType(inner) : null,
        _ => null,
    };
}
