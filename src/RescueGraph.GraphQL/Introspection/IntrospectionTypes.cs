using RescueGraph.GraphQL.Execution;
using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;
using RescueGraph.GraphQL.Utilities;

namespace RescueGraph.GraphQL.Introspection;

/// <summary>
/// The introspection types of graphql-js 16.15 (<c>type/introspection.ts</c>): same types, fields,
/// arguments, order and descriptions, so an introspection result is identical to graphql-js's.
/// Resolvers read the type-system objects directly: <c>__Schema</c> gets the <see cref="Types.Schema"/>,
/// <c>__Type</c> any <see cref="GraphQLType"/> (named or wrapper), <c>__Field</c> a <see cref="FieldDefinition"/>,
/// <c>__InputValue</c> an <see cref="InputValueDefinition"/>, <c>__EnumValue</c> an <see cref="EnumValueDefinition"/>
/// and <c>__Directive</c> a <see cref="DirectiveDefinition"/>.
/// </summary>
public static class IntrospectionTypes
{
    private const string IncludeDeprecated = "includeDeprecated";

    private static readonly GraphQLType NonNullString = new NonNullType(Scalars.String);
    private static readonly GraphQLType NonNullBoolean = new NonNullType(Scalars.Boolean);
    private static readonly object BoxedTrue = true, BoxedFalse = false;


    public static readonly EnumType TypeKind = new("__TypeKind",
    [
        new EnumValueDefinition(TypeKinds.Scalar) { Description = "Indicates this type is a scalar." },
        new EnumValueDefinition(TypeKinds.Object) { Description = "Indicates this type is an object. `fields` and `interfaces` are valid fields." },
        new EnumValueDefinition(TypeKinds.Interface) { Description = "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields." },
        new EnumValueDefinition(TypeKinds.Union) { Description = "Indicates this type is a union. `possibleTypes` is a valid field." },
        new EnumValueDefinition(TypeKinds.Enum) { Description = "Indicates this type is an enum. `enumValues` is a valid field." },
        new EnumValueDefinition(TypeKinds.InputObject) { Description = "Indicates this type is an input object. `inputFields` is a valid field." },
        new EnumValueDefinition(TypeKinds.List) { Description = "Indicates this type is a list. `ofType` is a valid field." },
        new EnumValueDefinition(TypeKinds.NonNull) { Description = "Indicates this type is a non-null. `ofType` is a valid field." },
    ], "An enum describing what kind of type a given `__Type` is.");

    /// <summary>Internal values are the boxed <see cref="Types.DirectiveLocation"/> members, so <c>locations</c> returns the definition's list as is.</summary>
    public static readonly EnumType DirectiveLocation = new("__DirectiveLocation",
    [
        Location(Types.DirectiveLocation.Query, "Location adjacent to a query operation."),
        Location(Types.DirectiveLocation.Mutation, "Location adjacent to a mutation operation."),
        Location(Types.DirectiveLocation.Subscription, "Location adjacent to a subscription operation."),
        Location(Types.DirectiveLocation.Field, "Location adjacent to a field."),
        Location(Types.DirectiveLocation.FragmentDefinition, "Location adjacent to a fragment definition."),
        Location(Types.DirectiveLocation.FragmentSpread, "Location adjacent to a fragment spread."),
        Location(Types.DirectiveLocation.InlineFragment, "Location adjacent to an inline fragment."),
        Location(Types.DirectiveLocation.VariableDefinition, "Location adjacent to a variable definition."),
        Location(Types.DirectiveLocation.Schema, "Location adjacent to a schema definition."),
        Location(Types.DirectiveLocation.Scalar, "Location adjacent to a scalar definition."),
        Location(Types.DirectiveLocation.Object, "Location adjacent to an object type definition."),
        Location(Types.DirectiveLocation.FieldDefinition, "Location adjacent to a field definition."),
        Location(Types.DirectiveLocation.ArgumentDefinition, "Location adjacent to an argument definition."),
        Location(Types.DirectiveLocation.Interface, "Location adjacent to an interface definition."),
        Location(Types.DirectiveLocation.Union, "Location adjacent to a union definition."),
        Location(Types.DirectiveLocation.Enum, "Location adjacent to an enum definition."),
        Location(Types.DirectiveLocation.EnumValue, "Location adjacent to an enum value definition."),
        Location(Types.DirectiveLocation.InputObject, "Location adjacent to an input object type definition."),
        Location(Types.DirectiveLocation.InputFieldDefinition, "Location adjacent to an input object field definition."),
        Location(Types.DirectiveLocation.DirectiveDefinition, "Location adjacent to a directive definition."),
    ], "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.");

    // The types refer to each other, and to types declared further down, inside field thunks that run only
    // after static initialization; the nullable analysis cannot see that and would flag every forward reference.
#pragma warning disable CS8604
    public static readonly ObjectType Schema = new("__Schema", () =>
    [
        Define("description", Scalars.String, null, static ctx => ((Types.Schema)ctx.Source!).Description),
        Define("types", NonNullListOfNonNull(Type), "A list of all types supported by this server.",
            static ctx => ((Types.Schema)ctx.Source!).Types),
        Define("queryType", new NonNullType(Type), "The type that query operations will be rooted at.",
            static ctx => ((Types.Schema)ctx.Source!).Query),
        Define("mutationType", Type, "If this server supports mutation, the type that mutation operations will be rooted at.",
            static ctx => ((Types.Schema)ctx.Source!).Mutation),
        Define("subscriptionType", Type, "If this server support subscription, the type that subscription operations will be rooted at.",
            static ctx => ((Types.Schema)ctx.Source!).Subscription),
        // Unlike the other includeDeprecated arguments, graphql-js 16.15 declares this one non-null.
        Define("directives", NonNullListOfNonNull(Directive), "A list of all directives supported by this server.",
            static ctx => WithoutDeprecated(((Types.Schema)ctx.Source!).Directives, ctx, static d => d.IsDeprecated),
            new ArgumentDefinition(IncludeDeprecated, new NonNullType(Scalars.Boolean)) { HasDefaultValue = true, DefaultValue = false }),
    ], description: "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.");

    public static readonly ObjectType Directive = new("__Directive", () =>
    [
        Define("name", NonNullString, null, static ctx => ((DirectiveDefinition)ctx.Source!).Name),
        Define("description", Scalars.String, null, static ctx => ((DirectiveDefinition)ctx.Source!).Description),
        Define("isRepeatable", NonNullBoolean, null, static ctx => Box(((DirectiveDefinition)ctx.Source!).IsRepeatable)),
        Define("locations", NonNullListOfNonNull(DirectiveLocation), null, static ctx => ((DirectiveDefinition)ctx.Source!).Locations),
        Define("args", NonNullListOfNonNull(InputValue), null,
            static ctx => WithoutDeprecated(((DirectiveDefinition)ctx.Source!).Arguments, ctx, static a => a.IsDeprecated),
            IncludeDeprecatedArgument()),
        Define("isDeprecated", NonNullBoolean, null, static ctx => Box(((DirectiveDefinition)ctx.Source!).IsDeprecated)),
        Define("deprecationReason", Scalars.String, null, static ctx => ((DirectiveDefinition)ctx.Source!).DeprecationReason),
    ], description: "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.");

    public static readonly ObjectType Type = new("__Type", () =>
    [
        Define("kind", new NonNullType(TypeKind), null, static ctx => KindOf((GraphQLType)ctx.Source!)),
        Define("name", Scalars.String, null, static ctx => (ctx.Source as NamedType)?.Name),
        Define("description", Scalars.String, null, static ctx => (ctx.Source as NamedType)?.Description),
        Define("specifiedByURL", Scalars.String, null, static ctx => (ctx.Source as ScalarType)?.SpecifiedByUrl),
        Define("fields", ListOfNonNull(Field), null,
            static ctx => ctx.Source is FieldsContainerType container
                ? WithoutDeprecated(container.Fields, ctx, static f => f.IsDeprecated)
                : null,
            IncludeDeprecatedArgument()),
        Define("interfaces", ListOfNonNull(Type), null, static ctx => (ctx.Source as FieldsContainerType)?.Interfaces),
        Define("possibleTypes", ListOfNonNull(Type), null,
            static ctx => ctx.Source is NamedType { IsAbstractType: true } abstractType ? ctx.Schema.GetPossibleTypes(abstractType) : null),
        Define("enumValues", ListOfNonNull(EnumValue), null,
            static ctx => ctx.Source is EnumType enumType
                ? WithoutDeprecated(enumType.Values, ctx, static v => v.IsDeprecated)
                : null,
            IncludeDeprecatedArgument()),
        Define("inputFields", ListOfNonNull(InputValue), null,
            static ctx => ctx.Source is InputObjectType inputType
                ? WithoutDeprecated(inputType.Fields, ctx, static f => f.IsDeprecated)
                : null,
            IncludeDeprecatedArgument()),
        Define("ofType", Type, null, static ctx => ctx.Source switch
        {
            ListType list => list.OfType,
            NonNullType nonNull => nonNull.OfType,
            _ => null,
        }),
        Define("isOneOf", Scalars.Boolean, null, static ctx => ctx.Source is InputObjectType inputType ? Box(inputType.IsOneOf) : null),
    ], description: "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.");

    public static readonly ObjectType Field = new("__Field", () =>
    [
        Define("name", NonNullString, null, static ctx => ((FieldDefinition)ctx.Source!).Name),
        Define("description", Scalars.String, null, static ctx => ((FieldDefinition)ctx.Source!).Description),
        Define("args", NonNullListOfNonNull(InputValue), null,
            static ctx => WithoutDeprecated(((FieldDefinition)ctx.Source!).Arguments, ctx, static a => a.IsDeprecated),
            IncludeDeprecatedArgument()),
        Define("type", new NonNullType(Type), null, static ctx => ((FieldDefinition)ctx.Source!).Type),
        Define("isDeprecated", NonNullBoolean, null, static ctx => Box(((FieldDefinition)ctx.Source!).IsDeprecated)),
        Define("deprecationReason", Scalars.String, null, static ctx => ((FieldDefinition)ctx.Source!).DeprecationReason),
    ], description: "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.");

    public static readonly ObjectType InputValue = new("__InputValue", () =>
    [
        Define("name", NonNullString, null, static ctx => ((InputValueDefinition)ctx.Source!).Name),
        Define("description", Scalars.String, null, static ctx => ((InputValueDefinition)ctx.Source!).Description),
        Define("type", new NonNullType(Type), null, static ctx => ((InputValueDefinition)ctx.Source!).Type),
        Define("defaultValue", Scalars.String, "A GraphQL-formatted string representing the default value for this input value.",
            static ctx => PrintDefaultValue((InputValueDefinition)ctx.Source!)),
        Define("isDeprecated", NonNullBoolean, null, static ctx => Box(((InputValueDefinition)ctx.Source!).IsDeprecated)),
        Define("deprecationReason", Scalars.String, null, static ctx => ((InputValueDefinition)ctx.Source!).DeprecationReason),
    ], description: "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.");

    public static readonly ObjectType EnumValue = new("__EnumValue", () =>
    [
        Define("name", NonNullString, null, static ctx => ((EnumValueDefinition)ctx.Source!).Name),
        Define("description", Scalars.String, null, static ctx => ((EnumValueDefinition)ctx.Source!).Description),
        Define("isDeprecated", NonNullBoolean, null, static ctx => Box(((EnumValueDefinition)ctx.Source!).IsDeprecated)),
        Define("deprecationReason", Scalars.String, null, static ctx => ((EnumValueDefinition)ctx.Source!).DeprecationReason),
    ], description: "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.");

#pragma warning restore CS8604

    /// <summary>All introspection types, in graphql-js's <c>introspectionTypes</c> order.</summary>
    public static IReadOnlyList<NamedType> All { get; } = [Schema, Directive, DirectiveLocation, Type, Field, InputValue, EnumValue, TypeKind];

    /// <summary>Whether the type is one of the introspection types (by name, as graphql-js compares).</summary>
    public static bool IsIntrospectionType(NamedType type)
    {
        var all = All;
        for (var i = 0; i < all.Count; i++)
            if (all[i].Name == type.Name) return true;
        return false;
    }

    /// <summary>graphql-js's <c>TypeKind</c> values, which are also the internal values of <c>__TypeKind</c>.</summary>
    public static class TypeKinds
    {
        public const string Scalar = "SCALAR";
        public const string Object = "OBJECT";
        public const string Interface = "INTERFACE";
        public const string Union = "UNION";
        public const string Enum = "ENUM";
        public const string InputObject = "INPUT_OBJECT";
        public const string List = "LIST";
        public const string NonNull = "NON_NULL";
    }

    public static string KindOf(GraphQLType type) => type switch
    {
        ScalarType => TypeKinds.Scalar,
        ObjectType => TypeKinds.Object,
        InterfaceType => TypeKinds.Interface,
        UnionType => TypeKinds.Union,
        EnumType => TypeKinds.Enum,
        InputObjectType => TypeKinds.InputObject,
        ListType => TypeKinds.List,
        NonNullType => TypeKinds.NonNull,
        _ => throw new InvalidOperationException($"Unexpected type: \"{type}\"."),
    };

    /// <summary>graphql-js prints the coerced default back to a literal (<c>astFromValue</c>), not the SDL text.</summary>
    private static string? PrintDefaultValue(InputValueDefinition inputValue)
    {
        if (!inputValue.HasDefaultValue) return null;
        var literal = AstFromValue.Convert(inputValue.DefaultValue, inputValue.Type);
        return literal is null ? null : Printer.Print(literal);
    }

    private static object Box(bool value) => value ? BoxedTrue : BoxedFalse;

    private static GraphQLType ListOfNonNull(GraphQLType itemType) => new ListType(new NonNullType(itemType));

    private static GraphQLType NonNullListOfNonNull(GraphQLType itemType) => new NonNullType(ListOfNonNull(itemType));

    private static ArgumentDefinition IncludeDeprecatedArgument() =>
        new(IncludeDeprecated, Scalars.Boolean) { HasDefaultValue = true, DefaultValue = BoxedFalse };

    private static EnumValueDefinition Location(Types.DirectiveLocation location, string description) =>
        new(location.ToSpecName(), location) { Description = description };

    private static FieldDefinition Define(
        string name, GraphQLType type, string? description, Func<IResolveFieldContext, object?> read, ArgumentDefinition? argument = null) =>
        new(name, type, context => new ValueTask<object?>(read(context)))
        {
            Description = description,
            Arguments = argument is null ? Array.Empty<ArgumentDefinition>() : [argument],
        };

    /// <summary>
    /// The items, minus deprecated ones unless <c>includeDeprecated</c> is true; returns the list itself
    /// when nothing is filtered out, so the common case allocates nothing.
    /// </summary>
    private static IReadOnlyList<T> WithoutDeprecated<T>(IReadOnlyList<T> items, IResolveFieldContext context, Func<T, bool> isDeprecated)
    {
        if (context.Arguments.TryGetValue(IncludeDeprecated, out var include) && include is true) return items;

        List<T>? kept = null;
        for (var i = 0; i < items.Count; i++)
        {
            if (isDeprecated(items[i]))
            {
                if (kept is null)
                {
                    kept = new List<T>(items.Count - 1);
                    for (var j = 0; j < i; j++) kept.Add(items[j]);
                }
            }
            else
            {
                kept?.Add(items[i]);
            }
        }
        return kept is null ? items : kept;
    }
}
