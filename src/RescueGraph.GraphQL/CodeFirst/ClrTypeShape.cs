using System.Collections;
using System.Reflection;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.CodeFirst;

/// <summary>
/// The GraphQL shape of a CLR type, read once at schema build: nullability (from <c>Nullable&lt;T&gt;</c> and
/// nullable reference annotations), list wrapping, and the element type that names a GraphQL type.
/// </summary>
internal sealed class ClrTypeShape
{
    private ClrTypeShape(Type elementType, bool nullable, ClrTypeShape? listItem)
    {
        ElementType = elementType;
        Nullable = nullable;
        ListItem = listItem;
    }

    public Type ElementType { get; }
    public bool Nullable { get; }
    public ClrTypeShape? ListItem { get; }

    /// <summary>The shape of a property or method result, honouring its nullable reference annotations.</summary>
    public static ClrTypeShape FromMember(MemberInfo member)
    {
        // NullabilityInfoContext caches without locking: one per call keeps concurrent schema builds safe.
        var nullability = new NullabilityInfoContext();
        return member switch
        {
            PropertyInfo property => FromNullability(nullability.Create(property)),
            FieldInfo field => FromNullability(nullability.Create(field)),
            MethodInfo method => FromNullability(nullability.Create(method.ReturnParameter)),
            _ => FromType(member.DeclaringType!, referenceNullable: true),
        };
    }

    /// <summary>
    /// The shape of a bare CLR type. Without annotations to go by, reference types are nullable unless
    /// <paramref name="referenceNullable"/> says otherwise; value types follow <c>Nullable&lt;T&gt;</c>.
    /// </summary>
    public static ClrTypeShape FromType(Type type, bool referenceNullable)
    {
        type = UnwrapTask(type);
        var underlying = System.Nullable.GetUnderlyingType(type);
        if (underlying is not null) return FromType(underlying, referenceNullable: true).WithNullable(true);
        var listElement = ListElementType(type);
        if (listElement is not null)
            return new ClrTypeShape(type, !type.IsValueType && referenceNullable, FromType(listElement, referenceNullable: false));
        return new ClrTypeShape(type, !type.IsValueType && referenceNullable, null);
    }

    private ClrTypeShape WithNullable(bool nullable) => new(ElementType, nullable, ListItem);

    private static ClrTypeShape FromNullability(NullabilityInfo info)
    {
        var type = UnwrapTask(info.Type);
        if (type != info.Type && info.GenericTypeArguments.Length == 1) info = info.GenericTypeArguments[0];
        var underlying = System.Nullable.GetUnderlyingType(type);
        if (underlying is not null) return FromType(underlying, referenceNullable: true).WithNullable(true);

        var nullable = !type.IsValueType && info.ReadState != NullabilityState.NotNull;
        var listElement = ListElementType(type);
        if (listElement is null) return new ClrTypeShape(type, nullable, null);

        var itemInfo = info.ElementType ?? (info.GenericTypeArguments.Length == 1 ? info.GenericTypeArguments[0] : null);
        var item = itemInfo is not null ? FromNullability(itemInfo) : FromType(listElement, referenceNullable: false);
        return new ClrTypeShape(type, nullable, item);
    }

    private static Type UnwrapTask(Type type)
    {
        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            if (definition == typeof(Task<>) || definition == typeof(ValueTask<>)) return type.GetGenericArguments()[0];
        }
        return type;
    }

    /// <summary>The element type of a list-like CLR type; strings and dictionaries are not lists.</summary>
    private static Type? ListElementType(Type type)
    {
        if (type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type)) return null;
        if (type.IsArray) return type.GetElementType();
        foreach (var candidate in type.IsInterface ? [type, .. type.GetInterfaces()] : type.GetInterfaces())
        {
            if (!candidate.IsGenericType) continue;
            var definition = candidate.GetGenericTypeDefinition();
            if (definition == typeof(IDictionary<,>) || definition == typeof(IReadOnlyDictionary<,>)) return null;
            if (definition == typeof(IEnumerable<>)) return candidate.GetGenericArguments()[0];
        }
        return typeof(object);
    }

    public GraphQLType ToGraphQLType(TypeRegistry registry)
    {
        GraphQLType type = ListItem is not null
            ? new ListType(ListItem.ToGraphQLType(registry))
            : registry.GetByClrType(ElementType);
        return Nullable ? type : new NonNullType(type);
    }
}
