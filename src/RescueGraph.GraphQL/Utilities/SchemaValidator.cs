using RescueGraph.GraphQL.Introspection;
using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Utilities;

/// <summary>
/// The type-system rules of spec section 3, as graphql-js's <c>validateSchema</c> checks them, with its
/// messages: root types, names, fields and arguments in input/output positions, interface implementation
/// (including transitive interfaces and argument compatibility), unions, enums, input objects (OneOf and
/// non-null cycles) and directive definitions. Returns every violation, not just the first.
/// </summary>
public static class SchemaValidator
{
    public static IReadOnlyList<GraphQLError> Validate(Schema schema)
    {
        var context = new Context(schema);
        foreach (var message in schema.CollectionErrors) context.Report(message);
        ValidateRootTypes(context);
        ValidateDirectives(context);
        ValidateTypes(context);
        return context.Errors;
    }

    private sealed class Context(Schema schema)
    {
        public Schema Schema { get; } = schema;
        public List<GraphQLError> Errors { get; } = [];

        public void Report(string message, params SyntaxNode?[] nodes)
        {
            var locations = new List<SourceLocation>();
            foreach (var node in nodes)
                if (node?.Location is { } location) locations.Add(location.ToSourceLocation());
            Errors.Add(new GraphQLError(message, locations));
        }
    }

    private static void ValidateRootTypes(Context context)
    {
        var schema = context.Schema;
        if (schema.Query is null) context.Report("Query root type must be provided.", schema.AstNode);
    }

    private static void ValidateDirectives(Context context)
    {
        foreach (var directive in context.Schema.Directives)
        {
            ValidateName(context, directive.Name, directive.AstNode);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var argument in directive.Arguments)
            {
                ValidateName(context, argument.Name, argument.AstNode);
                if (!seen.Add(argument.Name))
                    context.Report($"Argument @{directive.Name}({argument.Name}:) can only be defined once.", argument.AstNode);
                if (!argument.Type.IsInputType)
                    context.Report($"The type of @{directive.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.", argument.AstNode?.Type);
                if (argument.IsRequired && argument.IsDeprecated)
                    context.Report($"Required argument @{directive.Name}({argument.Name}:) cannot be deprecated.", DeprecatedDirectiveNode(argument), argument.AstNode?.Type);
            }
        }
    }

    private static void ValidateTypes(Context context)
    {
        var inputCycles = new InputObjectCycleFinder(context);
        foreach (var type in context.Schema.Types)
        {
            if (IntrospectionTypes.IsIntrospectionType(type)) continue;
            ValidateName(context, type.Name, type.AstNode);
            switch (type)
            {
                case ObjectType or InterfaceType:
                    var container = (FieldsContainerType)type;
                    ValidateFields(context, container);
                    ValidateInterfaces(context, container);
                    break;
                case UnionType union:
                    ValidateUnionMembers(context, union);
                    break;
                case EnumType enumType:
                    ValidateEnumValues(context, enumType);
                    break;
                case InputObjectType input:
                    ValidateInputFields(context, input);
                    inputCycles.Check(input);
                    break;
            }
        }
    }

    private static void ValidateFields(Context context, FieldsContainerType type)
    {
        if (type.Fields.Count == 0)
            context.Report($"Type {type.Name} must define one or more fields.", type.AstNode);

        foreach (var field in type.Fields)
        {
            ValidateName(context, field.Name, field.AstNode);
            if (!field.Type.IsOutputType)
                context.Report($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.", field.AstNode?.Type);

            foreach (var argument in field.Arguments)
            {
                ValidateName(context, argument.Name, argument.AstNode);
                if (!argument.Type.IsInputType)
                    context.Report($"The type of {type.Name}.{field.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.", argument.AstNode?.Type);
                if (argument.IsRequired && argument.IsDeprecated)
                    context.Report($"Required argument {type.Name}.{field.Name}({argument.Name}:) cannot be deprecated.", DeprecatedDirectiveNode(argument), argument.AstNode?.Type);
            }
        }
    }

    private static void ValidateInterfaces(Context context, FieldsContainerType type)
    {
        var implemented = new HashSet<string>(StringComparer.Ordinal);
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(iface, type))
            {
                context.Report($"Type {type.Name} cannot implement itself because it would create a circular reference.", type.AstNode);
                continue;
            }
            if (!implemented.Add(iface.Name))
            {
                context.Report($"Type {type.Name} can only implement {iface.Name} once.", type.AstNode);
                continue;
            }
            ValidateTransitiveInterfaces(context, type, iface);
            ValidateTypeImplementsInterface(context, type, iface);
        }
    }

    private static void ValidateTransitiveInterfaces(Context context, FieldsContainerType type, InterfaceType iface)
    {
        foreach (var transitive in iface.Interfaces)
        {
            if (!type.ImplementsInterface(transitive))
            {
                var locations = ImplementsNodes(iface, transitive.Name).Concat(ImplementsNodes(type, iface.Name));
                context.Report(ReferenceEquals(transitive, type)
                    ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                    : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.",
                    [.. locations]);
            }
        }
    }

    /// <summary>The <c>implements</c> entries naming <paramref name="interfaceName"/> in a type's definition and extensions.</summary>
    private static IEnumerable<SyntaxNode?> ImplementsNodes(FieldsContainerType type, string interfaceName)
    {
        var nodes = new List<SyntaxNode?>();
        void AddFrom(IReadOnlyList<NamedTypeNode> interfaces)
        {
            foreach (var node in interfaces)
                if (node.Name.Value == interfaceName) nodes.Add(node);
        }
        switch (type.AstNode)
        {
            case ObjectTypeDefinitionNode obj: AddFrom(obj.Interfaces); break;
            case InterfaceTypeDefinitionNode iface: AddFrom(iface.Interfaces); break;
        }
        foreach (var extension in type.ExtensionAstNodes)
        {
            switch (extension)
            {
                case ObjectTypeExtensionNode obj: AddFrom(obj.Interfaces); break;
                case InterfaceTypeExtensionNode iface: AddFrom(iface.Interfaces); break;
            }
        }
        return nodes;
    }

    /// <summary>The <c>@deprecated</c> directive applied to an input value, for error locations.</summary>
    private static DirectiveNode? DeprecatedDirectiveNode(InputValueDefinition value)
    {
        if (value.AstNode is null) return null;
        foreach (var directive in value.AstNode.Directives)
            if (directive.Name.Value == SpecifiedDirectives.Deprecated.Name) return directive;
        return null;
    }

    private static void ValidateTypeImplementsInterface(Context context, FieldsContainerType type, InterfaceType iface)
    {
        foreach (var interfaceField in iface.Fields)
        {
            var fieldName = interfaceField.Name;
            var typeField = type.GetField(fieldName);
            if (typeField is null)
            {
                context.Report($"Interface field {iface.Name}.{fieldName} expected but {type.Name} does not provide it.", interfaceField.AstNode, type.AstNode);
                continue;
            }
            if (!TypeComparators.IsTypeSubTypeOf(context.Schema, typeField.Type, interfaceField.Type))
                context.Report($"Interface field {iface.Name}.{fieldName} expects type {interfaceField.Type} but {type.Name}.{fieldName} is type {typeField.Type}.",
                    interfaceField.AstNode?.Type, typeField.AstNode?.Type);

            foreach (var interfaceArgument in interfaceField.Arguments)
            {
                var typeArgument = typeField.GetArgument(interfaceArgument.Name);
                if (typeArgument is null)
                {
                    context.Report($"Interface field argument {iface.Name}.{fieldName}({interfaceArgument.Name}:) expected but {type.Name}.{fieldName} does not provide it.",
                        interfaceArgument.AstNode, typeField.AstNode);
                    continue;
                }
                if (!TypeComparators.IsEqualType(interfaceArgument.Type, typeArgument.Type))
                    context.Report($"Interface field argument {iface.Name}.{fieldName}({interfaceArgument.Name}:) expects type {interfaceArgument.Type} but {type.Name}.{fieldName}({interfaceArgument.Name}:) is type {typeArgument.Type}.",
                        interfaceArgument.AstNode?.Type, typeArgument.AstNode?.Type);
            }

            foreach (var typeArgument in typeField.Arguments)
            {
                if (typeArgument.IsRequired && interfaceField.GetArgument(typeArgument.Name) is null)
                    context.Report($"Object field {type.Name}.{fieldName} includes required argument {typeArgument.Name} that is missing from the Interface field {iface.Name}.{fieldName}.",
                        typeArgument.AstNode, interfaceField.AstNode);
            }
        }
    }

    private static void ValidateUnionMembers(Context context, UnionType union)
    {
        if (union.Types.Count == 0)
            context.Report($"Union type {union.Name} must define one or more member types.", union.AstNode);
        var included = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in union.Types)
        {
            if (!included.Add(member.Name))
                context.Report($"Union type {union.Name} can only include type {member.Name} once.", union.AstNode);
        }
    }

    private static void ValidateEnumValues(Context context, EnumType enumType)
    {
        if (enumType.Values.Count == 0)
            context.Report($"Enum type {enumType.Name} must define one or more values.", enumType.AstNode);
        foreach (var value in enumType.Values)
        {
            ValidateName(context, value.Name, value.AstNode);
            if (value.Name is "true" or "false" or "null")
                context.Report($"Enum type {enumType.Name} cannot include value: {value.Name}.", value.AstNode);
        }
    }

    private static void ValidateInputFields(Context context, InputObjectType input)
    {
        if (input.Fields.Count == 0)
            context.Report($"Input Object type {input.Name} must define one or more fields.", input.AstNode);
        foreach (var field in input.Fields)
        {
            ValidateName(context, field.Name, field.AstNode);
            if (!field.Type.IsInputType)
                context.Report($"The type of {input.Name}.{field.Name} must be Input Type but got: {field.Type}.", field.AstNode?.Type);
            if (field.IsRequired && field.IsDeprecated)
                context.Report($"Required input field {input.Name}.{field.Name} cannot be deprecated.", DeprecatedDirectiveNode(field), field.AstNode?.Type);
            if (input.IsOneOf)
            {
                if (field.Type is NonNullType)
                    context.Report($"OneOf input field {input.Name}.{field.Name} must be nullable.", field.AstNode?.Type);
                if (field.HasDefaultValue)
                    context.Report($"OneOf input field {input.Name}.{field.Name} cannot have a default value.", field.AstNode);
            }
        }
    }

    /// <summary>graphql-js <c>assertName</c>-style checks, reported rather than thrown.</summary>
    private static void ValidateName(Context context, string name, SyntaxNode? node)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            context.Report($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", node);
            return;
        }
        if (name.Length == 0)
        {
            context.Report("Expected name to be a non-empty string.", node);
            return;
        }
        if (!(char.IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            context.Report($"Names must start with [_a-zA-Z] but \"{name}\" does not.", node);
            return;
        }
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                context.Report($"Names must only contain [_a-zA-Z0-9] but \"{name}\" does not.", node);
                return;
            }
        }
    }

    /// <summary>
    /// Input objects may refer to themselves only through a nullable or list field; a cycle of non-null
    /// singular fields could never be satisfied (graphql-js <c>createInputObjectCircularRefsValidator</c>).
    /// </summary>
    private sealed class InputObjectCycleFinder(Context context)
    {
        private readonly HashSet<InputObjectType> _visited = new(ReferenceEqualityComparer.Instance);
        private readonly List<InputFieldDefinition> _path = [];
        private readonly Dictionary<InputObjectType, int> _pathIndexByType = new(ReferenceEqualityComparer.Instance);

        public void Check(InputObjectType input)
        {
            if (!_visited.Add(input)) return;
            _pathIndexByType[input] = _path.Count;
            foreach (var field in input.Fields)
            {
                if (field.Type is not NonNullType { OfType: InputObjectType fieldType }) continue;
                if (!_pathIndexByType.TryGetValue(fieldType, out var cycleIndex))
                {
                    _path.Add(field);
                    Check(fieldType);
                    _path.RemoveAt(_path.Count - 1);
                }
                else
                {
                    var cycle = _path.GetRange(cycleIndex, _path.Count - cycleIndex);
                    cycle.Add(field);
                    context.Report(
                        $"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{string.Join(".", cycle.Select(f => f.Name))}\".",
                        [.. cycle.Select(f => (SyntaxNode?)f.AstNode)]);
                }
            }
            _pathIndexByType.Remove(input);
        }
    }
}
