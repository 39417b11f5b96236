using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.CodeFirst;

/// <summary>
/// A type named before it exists: a finished <see cref="GraphQLType"/>, SDL type text such as
/// <c>[Animal!]!</c>, or a CLR type to be mapped. Resolved when the schema is built, so types may refer
/// to each other in any order.
/// </summary>
public abstract class TypeReference
{
    internal abstract GraphQLType Resolve(TypeRegistry registry);

    public static TypeReference Of(GraphQLType type) => new Fixed(type);

    /// <summary>SDL type text, e.g. <c>String!</c> or <c>[Center!]</c>.</summary>
    public static TypeReference Parse(string sdlType) => new Sdl(Parser.ParseType(sdlType));

    internal static TypeReference FromClr(ClrTypeShape shape) => new Clr(shape);

    private sealed class Fixed(GraphQLType type) : TypeReference
    {
        internal override GraphQLType Resolve(TypeRegistry registry) => type;
    }

    private sealed class Sdl(TypeNode node) : TypeReference
    {
        internal override GraphQLType Resolve(TypeRegistry registry) => Resolve(node, registry);

        private static GraphQLType Resolve(TypeNode node, TypeRegistry registry) => node switch
        {
            NonNullTypeNode nonNull => new NonNullType(Resolve(nonNull.Type, registry)),
            ListTypeNode list => new ListType(Resolve(list.Type, registry)),
            NamedTypeNode named => registry.GetByName(named.Name.Value),
            _ => throw new InvalidOperationException($"Unexpected type node {node.Kind}."),
        };
    }

    private sealed class Clr(ClrTypeShape shape) : TypeReference
    {
        internal override GraphQLType Resolve(TypeRegistry registry) => shape.ToGraphQLType(registry);
    }
}
