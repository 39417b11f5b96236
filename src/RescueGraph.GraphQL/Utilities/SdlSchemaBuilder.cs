using RescueGraph.GraphQL.Execution;
using RescueGraph.GraphQL.Introspection;
using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Utilities;

/// <summary>
/// Builds a schema from SDL text, as graphql-js's <c>buildSchema</c> does (its <c>extendSchemaImpl</c> over
/// an empty schema): types in definition order, extensions merged, specified directives appended, root
/// types taken from the schema definition or else the types named Query, Mutation and Subscription.
/// Fields get no resolvers: the executor's default resolver reads the parent value's property.
/// </summary>
public static class SdlSchemaBuilder
{
    /// <summary>
    /// Schema text is the server's own, not a client's: it is parsed without the token limit that guards
    /// requests (a large schema easily exceeds it), keeping only the depth limit.
    /// </summary>
    private static readonly ParserOptions TrustedSdl = new() { MaxTokens = int.MaxValue };

    public static Schema Build(string sdl, ParserOptions? parserOptions = null) =>
        Build(Parser.Parse(sdl, parserOptions ?? TrustedSdl));

    public static Schema Build(DocumentNode document) => new Builder(document).Build();

    private sealed class Builder
    {
        private readonly List<TypeDefinitionNode> _typeDefinitions = [];
        private readonly Dictionary<string, List<TypeExtensionNode>> _typeExtensions = new(StringComparer.Ordinal);
        private readonly List<DirectiveDefinitionNode> _directiveDefinitions = [];
        private readonly List<SchemaExtensionNode> _schemaExtensions = [];
        private readonly Dictionary<string, NamedType> _typeMap = new(StringComparer.Ordinal);
        private readonly List<GraphQLError> _errors = [];
        private SchemaDefinitionNode? _schemaDefinition;

        public Builder(DocumentNode document)
        {
            foreach (var definition in document.Definitions)
            {
                switch (definition)
                {
                    case SchemaDefinitionNode schemaDefinition:
                        if (_schemaDefinition is not null)
                            Report("Must provide only one schema definition.", schemaDefinition);
                        _schemaDefinition ??= schemaDefinition;
                        break;
                    case SchemaExtensionNode schemaExtension:
                        _schemaExtensions.Add(schemaExtension);
                        break;
                    case TypeDefinitionNode typeDefinition:
                        _typeDefinitions.Add(typeDefinition);
                        break;
                    case TypeExtensionNode typeExtension:
                        var name = typeExtension.Name.Value;
                        if (!_typeExtensions.TryGetValue(name, out var extensions))
                            _typeExtensions[name] = extensions = [];
                        extensions.Add(typeExtension);
                        break;
                    case DirectiveDefinitionNode directiveDefinition:
                        _directiveDefinitions.Add(directiveDefinition);
                        break;
                    default:
                        Report($"The {definition.Kind} definition is not valid in a type system document.", definition);
                        break;
                }
            }
        }

        public Schema Build()
        {
            foreach (var definition in _typeDefinitions)
            {
                var name = definition.Name.Value;
                if (_typeMap.ContainsKey(name))
                {
                    Report($"There can be only one type named \"{name}\".", definition);
                    continue;
                }
                _typeMap[name] = StandardType(name) ?? BuildType(definition);
            }

            foreach (var (name, extensions) in _typeExtensions)
            {
                if (!_typeMap.ContainsKey(name))
                    Report($"Cannot extend type \"{name}\" because it is not defined.", extensions[0]);
            }

            var directives = new List<DirectiveDefinition>();
            foreach (var definition in _directiveDefinitions) directives.Add(BuildDirective(definition));
            foreach (var specified in SpecifiedDirectives.All)
            {
                if (!directives.Exists(d => d.Name == specified.Name)) directives.Add(specified);
            }

            ObjectType? query = null, mutation = null, subscription = null;
            var operationTypeNodes = new List<OperationTypeDefinitionNode>();
            if (_schemaDefinition is not null) operationTypeNodes.AddRange(_schemaDefinition.OperationTypes);
            foreach (var extension in _schemaExtensions) operationTypeNodes.AddRange(extension.OperationTypes);

            foreach (var operationType in operationTypeNodes)
            {
                var rootType = ResolveNamedType(operationType.Type) as ObjectType;
                if (rootType is null && _errors.Count == 0)
                    Report($"{operationType.Operation} root type must be Object type, it cannot be {operationType.Type.Name.Value}.", operationType);
                switch (operationType.Operation)
                {
                    case OperationType.Query: query = rootType; break;
                    case OperationType.Mutation: mutation = rootType; break;
                    case OperationType.Subscription: subscription = rootType; break;
                }
            }

            if (_schemaDefinition is null)
            {
                // Without a schema definition, graphql-js takes the types named after the operations.
                foreach (var type in _typeMap.Values)
                {
                    switch (type.Name)
                    {
                        case "Query": query = type as ObjectType; break;
                        case "Mutation": mutation = type as ObjectType; break;
                        case "Subscription": subscription = type as ObjectType; break;
                    }
                }
            }

            var schemaDirectives = new List<DirectiveNode>();
            if (_schemaDefinition is not null) schemaDirectives.AddRange(_schemaDefinition.Directives);
            foreach (var extension in _schemaExtensions) schemaDirectives.AddRange(extension.Directives);

            var schema = new Schema(query, mutation, subscription, _typeMap.Values, directives, _schemaDefinition?.Description?.Value)
            {
                AstNode = _schemaDefinition,
                ExtensionAstNodes = _schemaExtensions,
                AppliedDirectives = Applied(schemaDirectives),
            };

            // The Schema constructor has run every type's field, interface and member thunks while collecting
            // types, so unknown type references are already reported here, as graphql-js's SDL validation
            // (KnownTypeNames) would at build time.
            if (_errors.Count > 0) throw new SchemaValidationException(_errors);
            return schema;
        }

        private static NamedType? StandardType(string name)
        {
            foreach (var scalar in Scalars.Specified)
                if (scalar.Name == name) return scalar;
            foreach (var introspectionType in IntrospectionTypes.All)
                if (introspectionType.Name == name) return introspectionType;
            return null;
        }

        private List<TypeExtensionNode> ExtensionsOf(string name) =>
            _typeExtensions.TryGetValue(name, out var extensions) ? extensions : [];

        private NamedType BuildType(TypeDefinitionNode definition)
        {
            var name = definition.Name.Value;
            var description = definition.Description?.Value;
            var extensions = ExtensionsOf(name);
            var directives = AllDirectives(definition, extensions);

            switch (definition)
            {
                case ObjectTypeDefinitionNode objectDefinition:
                {
                    var objectExtensions = extensions.OfType<ObjectTypeExtensionNode>().ToList();
                    return new ObjectType(
                        name,
                        () => BuildFields(objectDefinition.Fields, objectExtensions.SelectMany(e => e.Fields)),
                        () => BuildInterfaces(objectDefinition.Interfaces, objectExtensions.SelectMany(e => e.Interfaces)),
                        description)
                    { AstNode = definition, ExtensionAstNodes = extensions, AppliedDirectives = directives };
                }
                case InterfaceTypeDefinitionNode interfaceDefinition:
                {
                    var interfaceExtensions = extensions.OfType<InterfaceTypeExtensionNode>().ToList();
                    return new InterfaceType(
                        name,
                        () => BuildFields(interfaceDefinition.Fields, interfaceExtensions.SelectMany(e => e.Fields)),
                        () => BuildInterfaces(interfaceDefinition.Interfaces, interfaceExtensions.SelectMany(e => e.Interfaces)),
                        description)
                    { AstNode = definition, ExtensionAstNodes = extensions, AppliedDirectives = directives };
                }
                case UnionTypeDefinitionNode unionDefinition:
                {
                    var unionExtensions = extensions.OfType<UnionTypeExtensionNode>().ToList();
                    return new UnionType(
                        name,
                        () => BuildUnionMembers(unionDefinition.Types.Concat(unionExtensions.SelectMany(e => e.Types))),
                        description)
                    { AstNode = definition, ExtensionAstNodes = extensions, AppliedDirectives = directives };
                }
                case EnumTypeDefinitionNode enumDefinition:
                {
                    var valueNodes = enumDefinition.Values.Concat(extensions.OfType<EnumTypeExtensionNode>().SelectMany(e => e.Values));
                    var values = new List<EnumValueDefinition>();
                    foreach (var valueNode in valueNodes)
                    {
                        values.Add(new EnumValueDefinition(valueNode.Name.Value)
                        {
                            Description = valueNode.Description?.Value,
                            DeprecationReason = DeprecationReason(valueNode.Directives),
                            AppliedDirectives = Applied(valueNode.Directives),
                            AstNode = valueNode,
                        });
                    }
                    return new EnumType(name, values, description)
                    { AstNode = definition, ExtensionAstNodes = extensions, AppliedDirectives = directives };
                }
                case InputObjectTypeDefinitionNode inputDefinition:
                {
                    var inputExtensions = extensions.OfType<InputObjectTypeExtensionNode>().ToList();
                    return new InputObjectType(
                        name,
                        () => BuildInputValues(inputDefinition.Fields.Concat(inputExtensions.SelectMany(e => e.Fields)))
                            .ConvertAll(static argument => new InputFieldDefinition(argument)),
                        description)
                    {
                        AstNode = definition,
                        ExtensionAstNodes = extensions,
                        AppliedDirectives = directives,
                        // As in graphql-js, only the definition itself (not an extension) makes a type OneOf.
                        IsOneOf = HasDirective(inputDefinition.Directives, SpecifiedDirectives.OneOf.Name),
                    };
                }
                case ScalarTypeDefinitionNode scalarDefinition:
                    return new PassThroughScalarType(name, description, SpecifiedByUrl(scalarDefinition.Directives))
                    { AstNode = definition, ExtensionAstNodes = extensions, AppliedDirectives = directives };
                default:
                    throw new InvalidOperationException($"Unexpected type definition {definition.Kind}.");
            }
        }

        private IReadOnlyList<FieldDefinition> BuildFields(IEnumerable<FieldDefinitionNode> definitionFields, IEnumerable<FieldDefinitionNode> extensionFields)
        {
            var fields = new List<FieldDefinition>();
            foreach (var fieldNode in definitionFields.Concat(extensionFields))
            {
                var type = ResolveType(fieldNode.Type);
                if (type is null) continue;
                fields.Add(new FieldDefinition(fieldNode.Name.Value, type)
                {
                    Description = fieldNode.Description?.Value,
                    Arguments = BuildInputValues(fieldNode.Arguments),
                    DeprecationReason = DeprecationReason(fieldNode.Directives),
                    AppliedDirectives = Applied(fieldNode.Directives),
                    AstNode = fieldNode,
                });
            }
            return fields;
        }

        /// <summary>Arguments; input fields are the same definitions re-typed (<see cref="InputFieldDefinition(InputValueDefinition)"/>).</summary>
        private List<ArgumentDefinition> BuildInputValues(IEnumerable<InputValueDefinitionNode> nodes)
        {
            var values = new List<ArgumentDefinition>();
            foreach (var node in nodes)
            {
                var type = ResolveType(node.Type);
                if (type is null) continue;
                if (!type.IsInputType)
                {
                    Report($"The type of {node.Name.Value} must be Input Type but got: {type}.", node.Type);
                    continue;
                }

                object? defaultValue = null;
                var hasDefault = node.DefaultValue is not null &&
                                 ValueFromAst.TryConvert(node.DefaultValue, type, null, out defaultValue);
                values.Add(new ArgumentDefinition(node.Name.Value, type)
                {
                    Description = node.Description?.Value,
                    HasDefaultValue = hasDefault,
                    DefaultValue = defaultValue,
                    DefaultValueLiteral = node.DefaultValue,
                    DeprecationReason = DeprecationReason(node.Directives),
                    AppliedDirectives = Applied(node.Directives),
                    AstNode = node,
                });
            }
            return values;
        }

        private IReadOnlyList<InterfaceType> BuildInterfaces(IEnumerable<NamedTypeNode> definitionInterfaces, IEnumerable<NamedTypeNode> extensionInterfaces)
        {
            var interfaces = new List<InterfaceType>();
            foreach (var node in definitionInterfaces.Concat(extensionInterfaces))
            {
                switch (ResolveNamedType(node))
                {
                    case InterfaceType iface: interfaces.Add(iface); break;
                    case { } other: Report($"Type {other.Name} must be an Interface to be implemented.", node); break;
                }
            }
            return interfaces;
        }

        private IReadOnlyList<ObjectType> BuildUnionMembers(IEnumerable<NamedTypeNode> nodes)
        {
            var members = new List<ObjectType>();
            foreach (var node in nodes)
            {
                switch (ResolveNamedType(node))
                {
                    case ObjectType obj: members.Add(obj); break;
                    case { } other: Report($"Union member {other.Name} must be an Object type.", node); break;
                }
            }
            return members;
        }

        private DirectiveDefinition BuildDirective(DirectiveDefinitionNode node)
        {
            var locations = new List<DirectiveLocation>();
            foreach (var locationNode in node.Locations)
            {
                if (DirectiveLocationNames.TryParse(locationNode.Value, out var location)) locations.Add(location);
                else Report($"Unknown directive location \"{locationNode.Value}\".", locationNode);
            }
            return new DirectiveDefinition(node.Name.Value, locations)
            {
                Description = node.Description?.Value,
                Arguments = BuildInputValues(node.Arguments),
                IsRepeatable = node.Repeatable,
                AstNode = node,
            };
        }

        private GraphQLType? ResolveType(TypeNode node) => node switch
        {
            NonNullTypeNode nonNull => ResolveType(nonNull.Type) is { } inner ? new NonNullType(inner) : null,
            ListTypeNode list => ResolveType(list.Type) is { } inner ? new ListType(inner) : null,
            NamedTypeNode named => ResolveNamedType(named),
            _ => null,
        };

        private NamedType? ResolveNamedType(NamedTypeNode node)
        {
            var name = node.Name.Value;
            var type = _typeMap.GetValueOrDefault(name) ?? StandardType(name);
            if (type is null) Report($"Unknown type \"{name}\".", node);
            return type;
        }

        private static List<AppliedDirective> AllDirectives(TypeDefinitionNode definition, List<TypeExtensionNode> extensions)
        {
            var nodes = new List<DirectiveNode>(definition.Directives);
            foreach (var extension in extensions) nodes.AddRange(extension.Directives);
            return Applied(nodes);
        }

        private static List<AppliedDirective> Applied(IReadOnlyList<DirectiveNode> directives)
        {
            var applied = new List<AppliedDirective>(directives.Count);
            foreach (var directive in directives) applied.Add(new AppliedDirective(directive.Name.Value, directive.Arguments));
            return applied;
        }

        private static bool HasDirective(IReadOnlyList<DirectiveNode> directives, string name)
        {
            foreach (var directive in directives)
                if (directive.Name.Value == name) return true;
            return false;
        }

        /// <summary>graphql-js <c>getDeprecationReason</c>: <c>@deprecated</c> without a reason gets the default one.</summary>
        private static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives) =>
            StringArgument(directives, SpecifiedDirectives.Deprecated.Name, "reason", SpecifiedDirectives.DefaultDeprecationReason);

        private static string? SpecifiedByUrl(IReadOnlyList<DirectiveNode> directives) =>
            StringArgument(directives, SpecifiedDirectives.SpecifiedBy.Name, "url", null);

        private static string? StringArgument(IReadOnlyList<DirectiveNode> directives, string directiveName, string argumentName, string? whenAbsent)
        {
            foreach (var directive in directives)
            {
                if (directive.Name.Value != directiveName) continue;
                // An explicit null (e.g. @deprecated(reason: null)) is null, not the default: graphql-js reads the argument as given.
                foreach (var argument in directive.Arguments)
                    if (argument.Name.Value == argumentName) return argument.Value is StringValueNode value ? value.Value : null;
                return whenAbsent;
            }
            return null;
        }

        private void Report(string message, SyntaxNode node) =>
            _errors.Add(new GraphQLError(message, node.Location is { } location ? [location.ToSourceLocation()] : null));
    }
}
