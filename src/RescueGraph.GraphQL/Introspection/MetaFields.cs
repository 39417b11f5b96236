using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Introspection;

/// <summary>
/// The implicit fields <c>__schema</c>, <c>__type</c> and <c>__typename</c> (graphql-js
/// <c>SchemaMetaFieldDef</c>, <c>TypeMetaFieldDef</c>, <c>TypeNameMetaFieldDef</c>), which no type declares.
/// </summary>
public static class MetaFields
{
    public static readonly FieldDefinition SchemaField = new("__schema", new NonNullType(IntrospectionTypes.Schema),
        static context => new ValueTask<object?>(context.Schema))
    {
        Description = "Access the current type schema of this server.",
    };

    public static readonly FieldDefinition TypeField = new("__type", IntrospectionTypes.Type,
        static context => new ValueTask<object?>(
            context.Arguments.TryGetValue("name", out var name) && name is string typeName ? context.Schema.GetType(typeName) : null))
    {
        Description = "Request the type information of a single type.",
        Arguments = [new ArgumentDefinition("name", new NonNullType(Scalars.String))],
    };

    public static readonly FieldDefinition TypeNameField = new("__typename", new NonNullType(Scalars.String),
        static context => new ValueTask<object?>(context.ParentType.Name))
    {
        Description = "The name of the current Object type at runtime.",
    };

    /// <summary>
    /// The definition of a field selected on <paramref name="parentType"/>, meta fields included
    /// (graphql-js <c>getFieldDef</c>): <c>__schema</c> and <c>__type</c> exist only on the query root type,
    /// <c>__typename</c> on every composite type. Null when the field does not exist.
    /// </summary>
    public static FieldDefinition? GetFieldDefinition(Schema schema, NamedType parentType, string fieldName)
    {
        // Every meta field name starts with "__"; checking that first keeps ordinary lookups to one comparison.
        if (fieldName.Length > 2 && fieldName[0] == '_' && fieldName[1] == '_')
        {
            switch (fieldName)
            {
                case "__schema" when ReferenceEquals(schema.Query, parentType):
                    return SchemaField;
                case "__type" when ReferenceEquals(schema.Query, parentType):
                    return TypeField;
                case "__typename" when parentType.IsCompositeType:
                    return TypeNameField;
            }
        }
        return parentType is FieldsContainerType container ? container.GetField(fieldName) : null;
    }
}
