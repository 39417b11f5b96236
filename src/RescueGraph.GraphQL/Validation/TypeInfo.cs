using RescueGraph.GraphQL.Introspection;
using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Validation;

/// <summary>
/// Tracks, while a document is walked, the schema element each node stands for (graphql-js <c>TypeInfo</c>):
/// the output type and definition of the current field, the parent composite type of the current
/// selection set, the expected input type of the current value, and the current directive, argument and
/// enum value. Callers feed it <see cref="Enter"/>/<see cref="Leave"/> for every node, in walk order.
/// </summary>
public sealed class TypeInfo
{
    private readonly Schema _schema;
    private readonly List<GraphQLType?> _typeStack = [];
    private readonly List<NamedType?> _parentTypeStack = [];
    private readonly List<GraphQLType?> _inputTypeStack = [];
    private readonly List<FieldDefinition?> _fieldDefStack = [];
    // The input value whose default applies at the current position; null where none (graphql-js pushes undefined).
    private readonly List<InputValueDefinition?> _defaultValueStack = [];
    private DirectiveDefinition? _directive;
    private ArgumentDefinition? _argument;
    private EnumValueDefinition? _enumValue;

    public TypeInfo(Schema schema)
    {
        _schema = schema;
    }

    public Schema Schema => _schema;

    /// <summary>The output type of the current field, operation root or fragment.</summary>
    public new GraphQLType? GetType() => Top(_typeStack);

    /// <summary>The composite type whose selection set is being walked.</summary>
    public NamedType? GetParentType() => Top(_parentTypeStack);

    /// <summary>The input type expected at the current argument, variable definition, list item or object field.</summary>
    public GraphQLType? GetInputType() => Top(_inputTypeStack);

    /// <summary>The input type enclosing the current input position (e.g. the list or input object type).</summary>
    public GraphQLType? GetParentInputType() => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    public FieldDefinition? GetFieldDef() => Top(_fieldDefStack);

    /// <summary>Whether the current input position has a default value (an argument's or input field's).</summary>
    public bool HasDefaultValue() => Top(_defaultValueStack) is { HasDefaultValue: true };

    /// <summary>The default value (internal form) of the current input position, or null when there is none.</summary>
    public object? GetDefaultValue() => Top(_defaultValueStack) is { HasDefaultValue: true } definition ? definition.DefaultValue : null;

    public DirectiveDefinition? GetDirective() => _directive;

    public ArgumentDefinition? GetArgument() => _argument;

    public EnumValueDefinition? GetEnumValue() => _enumValue;

    public void Enter(SyntaxNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
            {
                var namedType = GetType()?.GetNamedType();
                _parentTypeStack.Add(namedType is { IsCompositeType: true } ? namedType : null);
                break;
            }
            case FieldNode field:
            {
                var parentType = GetParentType();
                FieldDefinition? fieldDef = null;
                if (parentType is not null) fieldDef = MetaFields.GetFieldDefinition(_schema, parentType, field.Name.Value);
                _fieldDefStack.Add(fieldDef);
                _typeStack.Add(fieldDef is not null && fieldDef.Type.IsOutputType ? fieldDef.Type : null);
                break;
            }
            case DirectiveNode directive:
                _directive = _schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                _typeStack.Add(_schema.GetRootType(operation.Operation));
                break;
            case InlineFragmentNode inlineFragment:
                PushFragmentType(inlineFragment.TypeCondition);
                break;
            case FragmentDefinitionNode fragment:
                PushFragmentType(fragment.TypeCondition);
                break;
            case VariableDefinitionNode variableDefinition:
            {
                var inputType = TypeFromAst.Convert(_schema, variableDefinition.Type);
                _inputTypeStack.Add(inputType is { IsInputType: true } ? inputType : null);
                break;
            }
            case ArgumentNode argument:
            {
                // Directive arguments take precedence: inside a field's directive, the directive is current.
                var argumentDef = _directive is not null
                    ? _directive.GetArgument(argument.Name.Value)
                    : GetFieldDef()?.GetArgument(argument.Name.Value);
                _argument = argumentDef;
                _defaultValueStack.Add(argumentDef);
                _inputTypeStack.Add(argumentDef?.Type);
                break;
            }
            case ListValueNode:
            {
                var listType = GetInputType()?.Nullable;
                var itemType = listType is ListType list ? list.OfType : listType;
                // List positions never have a default value.
                _defaultValueStack.Add(null);
                _inputTypeStack.Add(itemType is { IsInputType: true } ? itemType : null);
                break;
            }
            case ObjectFieldNode objectField:
            {
                InputFieldDefinition? inputField = null;
                if (GetInputType()?.GetNamedType() is InputObjectType inputObject) inputField = inputObject.GetField(objectField.Name.Value);
                _defaultValueStack.Add(inputField);
                _inputTypeStack.Add(inputField?.Type);
                break;
            }
            case EnumValueNode enumValue:
                _enumValue = GetInputType()?.GetNamedType() is EnumType enumType ? enumType.GetValue(enumValue.Value) : null;
                break;
        }
    }

    public void Leave(SyntaxNode node)
    {
        switch (node.Kind)
        {
            case SyntaxKind.SelectionSet:
                Pop(_parentTypeStack);
                break;
            case SyntaxKind.Field:
                Pop(_fieldDefStack);
                Pop(_typeStack);
                break;
            case SyntaxKind.Directive:
                _directive = null;
                break;
            case SyntaxKind.OperationDefinition:
            case SyntaxKind.InlineFragment:
            case SyntaxKind.FragmentDefinition:
                Pop(_typeStack);
                break;
            case SyntaxKind.VariableDefinition:
                Pop(_inputTypeStack);
                break;
            case SyntaxKind.Argument:
                _argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case SyntaxKind.ListValue:
            case SyntaxKind.ObjectField:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case SyntaxKind.EnumValue:
                _enumValue = null;
                break;
        }
    }

    private void PushFragmentType(NamedTypeNode? typeCondition)
    {
        // Without a type condition an inline fragment keeps the enclosing type.
        GraphQLType? outputType = typeCondition is not null ? TypeFromAst.Convert(_schema, typeCondition) : GetType()?.GetNamedType();
        _typeStack.Add(outputType is { IsOutputType: true } ? outputType : null);
    }

    private static T? Top<T>(List<T?> stack) where T : class => stack.Count > 0 ? stack[^1] : null;

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);
}
