using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Utilities;

/// <summary>graphql-js <c>typeComparators</c>: type equality and the covariant sub-type relation used by interfaces.</summary>
public static class TypeComparators
{
    public static bool IsEqualType(GraphQLType typeA, GraphQLType typeB) => typeA switch
    {
        _ when ReferenceEquals(typeA, typeB) => true,
        NonNullType a when typeB is NonNullType b => IsEqualType(a.OfType, b.OfType),
        ListType a when typeB is ListType b => IsEqualType(a.OfType, b.OfType),
        _ => false,
    };

    /// <summary>Whether a value of <paramref name="maybeSubType"/> is always a valid value of <paramref name="superType"/>.</summary>
    public static bool IsTypeSubTypeOf(Schema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        if (ReferenceEquals(maybeSubType, superType)) return true;
        if (superType is NonNullType superNonNull)
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        if (maybeSubType is NonNullType nonNull) return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        if (superType is ListType superList)
            return maybeSubType is ListType subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        if (maybeSubType is ListType) return false;
        return superType is NamedType superNamed && superNamed.IsAbstractType &&
               maybeSubType is InterfaceType or ObjectType &&
               schema.IsSubType(superNamed, (NamedType)maybeSubType);
    }
}
